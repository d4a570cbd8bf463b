/// One state of a state machine, with the fields its type allows, compiled.
public struct State: Sendable {
    public let name: String
    public let kind: Kind
    public let comment: String?
    /// The next state; nil for terminal states and Choice.
    public let next: String?
    public let end: Bool
    public let inputPath: PathField
    public let outputPath: PathField

    public indirect enum Kind: Sendable {
        case pass(Pass)
        case task(Task)
        case choice(Choice)
        case wait(Wait)
        case succeed
        case fail(Fail)
        case parallel(Parallel)
        case map(Map)

        public var typeName: String {
            switch self {
            case .pass: "Pass"
            case .task: "Task"
            case .choice: "Choice"
            case .wait: "Wait"
            case .succeed: "Succeed"
            case .fail: "Fail"
            case .parallel: "Parallel"
            case .map: "Map"
            }
        }
    }

    /// The fields Pass, Task, Parallel and Map share for shaping the effective input and the result.
    public struct Processing: Sendable {
        public var parameters: PayloadTemplate?
        public var resultSelector: PayloadTemplate?
        public var resultPath: PathField
    }

    public struct Pass: Sendable {
        public var result: JSONValue?
        public var processing: Processing
    }

    public struct Task: Sendable {
        public var resource: String
        public var processing: Processing
        public var timeoutSeconds: Int?
        public var timeoutSecondsPath: JSONPath?
        public var heartbeatSeconds: Int?
        public var heartbeatSecondsPath: JSONPath?
        public var retry: [Retrier]
        public var catchers: [Catcher]
    }

    public struct Choice: Sendable {
        public var choices: [(rule: ChoiceRule, next: String)]
        public var defaultState: String?
    }

    public struct Wait: Sendable {
        public enum Duration: Sendable {
            case seconds(Int)
            case timestamp(String)
            case secondsPath(JSONPath)
            case timestampPath(JSONPath)
        }
        public var duration: Duration
    }

    public struct Fail: Sendable {
        public var error: String?
        public var errorPath: PayloadTemplate?
        public var cause: String?
        public var causePath: PayloadTemplate?
    }

    public struct Parallel: Sendable {
        public var branches: [StateMachineDefinition]
        public var processing: Processing
        public var retry: [Retrier]
        public var catchers: [Catcher]
    }

    public struct Map: Sendable {
        public var itemsPath: PathField
        public var itemSelector: PayloadTemplate?
        public var processor: StateMachineDefinition
        public var maxConcurrency: Int
        public var maxConcurrencyPath: JSONPath?
        public var toleratedFailurePercentage: Double?
        public var toleratedFailureCount: Int?
        public var toleratedFailurePercentagePath: JSONPath?
        public var toleratedFailureCountPath: JSONPath?
        public var processing: Processing
        public var retry: [Retrier]
        public var catchers: [Catcher]
    }

    /// The states this one can go to: Next, Choice targets and Default, Catch targets.
    public var successors: [String] {
        var names: [String] = next.map { [$0] } ?? []
        switch kind {
        case .choice(let choice):
            names += choice.choices.map(\.next)
            if let defaultState = choice.defaultState { names.append(defaultState) }
        case .task(let task): names += task.catchers.map(\.next)
        case .parallel(let parallel): names += parallel.catchers.map(\.next)
        case .map(let map): names += map.catchers.map(\.next)
        default: break
        }
        return names
    }
}
