import Foundation

/// The twin's current scenario and how many calls each rule has matched so far; replaced at run time through
/// the twin's `/_mediagen/scenario` endpoint or given at start.
public actor TwinScenarioBook {
    /// One rule applied to one call.
    public struct Application: Sendable, Equatable {
        /// The rule's index in the scenario.
        public let rule: Int
        public let service: String
        public let operation: String?
        public let path: String
        /// Which of the rule's matching calls this was (1-based).
        public let call: Int
    }

    public private(set) var scenario: TwinScenario
    private var counts: [Int]
    /// Every application since the scenario was set, oldest first.
    public private(set) var applied: [Application] = []

    public init(_ scenario: TwinScenario = TwinScenario()) {
        self.scenario = scenario
        counts = Array(repeating: 0, count: scenario.rules.count)
    }

    /// Replaces the scenario; counters and the applied list start again.
    public func set(_ scenario: TwinScenario) {
        self.scenario = scenario
        counts = Array(repeating: 0, count: scenario.rules.count)
        applied = []
    }

    /// The action for `request`: every rule that matches counts the call; the first whose `calls` include its
    /// count applies.
    public func decide(_ request: TwinRequest) -> TwinScenarioRule.Action? {
        var chosen: TwinScenarioRule.Action?
        for (index, rule) in scenario.rules.enumerated() where rule.matches(request) {
            counts[index] += 1
            guard chosen == nil, rule.calls?.contains(counts[index]) ?? true else { continue }
            chosen = rule.action
            applied.append(Application(rule: index, service: rule.service, operation: request.jsonOperation, path: request.path, call: counts[index]))
        }
        return chosen
    }
}
