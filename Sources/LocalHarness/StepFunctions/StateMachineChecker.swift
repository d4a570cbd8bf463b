import StatesLanguage

/// The checks `make test` runs on every state machine of the template: the definition is valid (StartAt, every
/// Next, reachability, terminal states, Retry/Catch, `.$` paths) and every Task resource is a function of the
/// template or an integration mediagen-local runs.
public struct StateMachineChecker: Sendable {
    public let application: LocalApplication

    public init(application: LocalApplication) { self.application = application }

    /// The problems of one machine; empty when it is sound.
    public func problems(in source: LocalStateMachineSource) -> [String] {
        let definition: StateMachineDefinition
        do {
            definition = try StateMachineDefinition(json: source.definition)
        } catch {
            return ["\(source.logicalId): \(error)"]
        }
        var problems: [String] = []
        visit(definition, scope: source.logicalId, into: &problems)
        return problems
    }

    private func visit(_ machine: StateMachineDefinition, scope: String, into problems: inout [String]) {
        for name in machine.states.keys.sorted() {
            let state = machine.states[name]!
            switch state.kind {
            case .task(let task):
                if let problem = check(task) { problems.append("\(scope)/\(name): \(problem)") }
            case .parallel(let parallel):
                for (index, branch) in parallel.branches.enumerated() { visit(branch, scope: "\(scope)/\(name)/Branches[\(index)]", into: &problems) }
            case .map(let map):
                visit(map.processor, scope: "\(scope)/\(name)/ItemProcessor", into: &problems)
            default:
                break
            }
        }
    }

    private func check(_ task: State.Task) -> String? {
        let resource = task.resource
        let parts = resource.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 7, parts[2] == "lambda", parts[5] == "function" {
            return known(function: parts[6]) ? nil : "Resource names the function \(parts[6]), which the template does not define"
        }
        let base = resource.replacingOccurrences(of: ".waitForTaskToken", with: "")
        if base == "arn:aws:states:::lambda:invoke" {
            guard case .object(let members)? = task.processing.parameters else {
                return "the lambda:invoke integration needs Parameters with FunctionName"
            }
            guard let name = members.first(where: { $0.key == "FunctionName" })?.value else {
                return members.contains { $0.key == "FunctionName" } ? nil : "the lambda:invoke integration needs Parameters.FunctionName"
            }
            if case .literal(.string(let functionName)) = name {
                let short = InvokeAPIRoutes.functionName(functionName)
                return known(function: short) ? nil : "FunctionName \(functionName) is not a function of the template"
            }
            return nil  // chosen at run time by a path
        }
        if ServiceIntegrations.recognises(resource) { return ServiceIntegrations.problem(with: resource).map { "Resource \(resource): \($0)" } }
        return "Resource \(resource) is not an integration mediagen-local runs (\(ServiceIntegrations.summary))"
    }

    private func known(function name: String) -> Bool {
        application.functions.contains { $0.logicalId == name } || application.resolver.template.resources[name]?.type == "AWS::Lambda::Function"
    }
}
