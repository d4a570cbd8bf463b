import Foundation
import StatesLanguage

/// The Step Functions service of mediagen-local: the template's state machines, their executions (run by the
/// States Language interpreter against the local functions), histories and task-token callbacks.
public actor LocalStepFunctions {
    /// One execution and what the API reports of it.
    public struct Execution: Sendable {
        public let arn: String
        public let name: String
        public let stateMachineArn: String
        public let input: JSONValue
        public let startDate: Date
        public var stopDate: Date?
        public var result: ExecutionResult?
        public let recorder: EventRecorder

        /// `RUNNING` until the result is known.
        public var status: String { result?.status.rawValue ?? "RUNNING" }
    }

    struct Machine: Sendable {
        let source: LocalStateMachineSource
        let definition: StateMachineDefinition
    }

    public let region: String
    public let account: String
    public let tokens = TaskTokenRegistry()
    private let machines: [String: Machine]
    private let executor: any TaskExecutor
    private let clock: any StatesClock
    private var executions: [String: Execution] = [:]
    private var order: [String] = []
    private var tasks: [String: Task<Void, Never>] = [:]
    private var waiters: [String: [CheckedContinuation<ExecutionResult, Never>]] = [:]
    private let observer: @Sendable (String, ExecutionEvent) -> Void

    /// Parses every state machine; a definition error names the machine, its file, the state and the field.
    public init(
        machines sources: [LocalStateMachineSource], executor: any TaskExecutor, clock: any StatesClock = SystemStatesClock(),
        region: String = "us-east-1", account: String = "123456789012",
        observer: @escaping @Sendable (_ executionArn: String, _ event: ExecutionEvent) -> Void = { _, _ in }
    ) throws {
        var machines: [String: Machine] = [:]
        for source in sources {
            do {
                machines[source.arn] = Machine(source: source, definition: try StateMachineDefinition(json: source.definition))
            } catch {
                throw StepFunctionsAPIError.validation("\(source.logicalId) (\(source.origin)): \(error)")
            }
        }
        self.machines = machines
        self.executor = executor
        self.clock = clock
        self.region = region
        self.account = account
        self.observer = observer
    }

    /// The ARN of the machine with this logical id, name or ARN.
    public func machineArn(named name: String) -> String? {
        machines.values.first { $0.source.logicalId == name || $0.source.name == name || $0.source.arn == name }?.source.arn
    }

    /// Every machine's source.
    public var machineSources: [LocalStateMachineSource] { machines.values.map(\.source).sorted { $0.logicalId < $1.logicalId } }

    /// StartExecution: starts at once and returns the execution; the same name with the same input answers
    /// the existing execution, with another input `ExecutionAlreadyExists`.
    public func start(stateMachineArn: String, name: String? = nil, input: String? = nil) throws(StepFunctionsAPIError) -> Execution {
        guard let machine = machines[stateMachineArn] else {
            guard stateMachineArn.hasPrefix("arn:aws:states:") else { throw .invalidArn(stateMachineArn) }
            throw .stateMachineDoesNotExist(stateMachineArn)
        }
        let inputText = input ?? "{}"
        let value: JSONValue
        do {
            value = try JSONValue(parsing: inputText)
        } catch {
            throw .invalidExecutionInput("Invalid State Machine Execution Input: 'not valid JSON'")
        }
        let executionName = name ?? UUID().uuidString.lowercased()
        guard (1...80).contains(executionName.count), executionName.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw .invalidName(executionName)
        }
        let arn = "arn:aws:states:\(region):\(account):execution:\(machine.source.name):\(executionName)"
        if let existing = executions[arn] {
            if existing.input == value && existing.result == nil { return existing }
            throw .executionAlreadyExists(arn)
        }
        let observer = self.observer
        let recorder = EventRecorder(clock: clock) { event in observer(arn, event) }
        let execution = Execution(
            arn: arn, name: executionName, stateMachineArn: stateMachineArn, input: value, startDate: clock.now(), recorder: recorder)
        executions[arn] = execution
        order.append(arn)
        let interpreter = StatesInterpreter(executor: executor, clock: clock, tokens: tokens, region: region)
        let identity = ExecutionIdentity(
            executionArn: arn, name: executionName, stateMachineArn: stateMachineArn, stateMachineName: machine.source.name,
            startTime: execution.startDate)
        tasks[arn] = Task {
            let result = await interpreter.run(machine.definition, input: value, identity: identity, recorder: recorder)
            self.finish(arn, result)
        }
        return execution
    }

    private func finish(_ arn: String, _ result: ExecutionResult) {
        guard executions[arn]?.result == nil else { return }
        executions[arn]?.result = result
        executions[arn]?.stopDate = clock.now()
        tasks[arn] = nil
        for waiter in waiters.removeValue(forKey: arn) ?? [] { waiter.resume(returning: result) }
    }

    /// DescribeExecution.
    public func describe(_ arn: String) throws(StepFunctionsAPIError) -> Execution {
        guard let execution = executions[arn] else { throw .executionDoesNotExist(arn) }
        return execution
    }

    /// The executions of a machine (all when nil), newest first.
    public func list(stateMachineArn: String?) -> [Execution] {
        order.reversed().compactMap { executions[$0] }.filter { stateMachineArn == nil || $0.stateMachineArn == stateMachineArn }
    }

    /// StopExecution: aborts a running execution.
    public func stop(_ arn: String, error: String?, cause: String?) async throws(StepFunctionsAPIError) -> Date {
        guard executions[arn] != nil else { throw .executionDoesNotExist(arn) }
        if let task = tasks[arn] {
            task.cancel()
            _ = await task.value
            if executions[arn]?.result?.status == .aborted {
                executions[arn]?.result?.error = StatesError(error: error ?? "", cause: cause ?? "")
            }
        }
        return executions[arn]?.stopDate ?? clock.now()
    }

    /// Waits until the execution ends.
    public func wait(for arn: String) async throws(StepFunctionsAPIError) -> ExecutionResult {
        guard let execution = executions[arn] else { throw .executionDoesNotExist(arn) }
        if let result = execution.result { return result }
        return await withCheckedContinuation { continuation in waiters[arn, default: []].append(continuation) }
    }

    /// Stops every running execution.
    public func shutdown() async {
        for (arn, task) in tasks {
            task.cancel()
            _ = await task.value
            _ = arn
        }
    }
}
