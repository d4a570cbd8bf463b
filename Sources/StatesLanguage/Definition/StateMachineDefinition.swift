#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A state machine (or a Parallel branch, or a Map's item processor): StartAt and its states, parsed and
/// checked so that running it can only fail on the data, never on the definition.
public struct StateMachineDefinition: Sendable {
    public let comment: String?
    public let startAt: String
    public let states: [String: State]
    public let timeoutSeconds: Int?

    /// Parses and validates a definition in JSON.
    public init(json: String) throws(DefinitionError) {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: json)
        } catch {
            throw DefinitionError(state: nil, field: "(definition)", message: "is not valid JSON: \(error)")
        }
        try self.init(value, scope: nil)
    }

    /// Parses a definition object; `scope` names the enclosing state for nested machines in errors.
    init(_ value: JSONValue, scope: String?, isProcessor: Bool = false) throws(DefinitionError) {
        let reader = try FieldReader(value, state: scope, prefix: scope == nil ? "" : "", what: "a state machine")
        comment = try reader.string("Comment")
        startAt = try reader.requiredString("StartAt")
        timeoutSeconds = try reader.integer("TimeoutSeconds", minimum: 1)
        guard case .object(let stateValues)? = reader.object["States"] else { throw reader.error("States", "is required and must be an object") }
        guard !stateValues.isEmpty else { throw reader.error("States", "must hold at least one state") }
        var states: [String: State] = [:]
        for name in stateValues.keys.sorted() {
            guard name.count <= 80 else { throw DefinitionError(state: name, field: "(name)", message: "state names are at most 80 characters") }
            let qualified = scope.map { "\($0)/\(name)" } ?? name
            states[name] = try State(name: name, qualifiedName: qualified, value: stateValues[name]!)
        }
        self.states = states
        try validateGraph(scope: scope)
    }

    /// StartAt and every transition name a state; every state is reachable; some path ends.
    private func validateGraph(scope: String?) throws(DefinitionError) {
        func qualified(_ name: String) -> String { scope.map { "\($0)/\(name)" } ?? name }
        guard states[startAt] != nil else {
            throw DefinitionError(state: scope, field: "StartAt", message: "names '\(startAt)', which is not a state")
        }
        for (name, state) in states {
            for target in state.successors where states[target] == nil {
                throw DefinitionError(state: qualified(name), field: Self.fieldNaming(target, in: state), message: "names '\(target)', which is not a state")
            }
        }
        var reached: Set<String> = [startAt]
        var pending = [startAt]
        while let name = pending.popLast() {
            for target in states[name]!.successors where reached.insert(target).inserted { pending.append(target) }
        }
        if let unreachable = states.keys.sorted().first(where: { !reached.contains($0) }) {
            throw DefinitionError(state: qualified(unreachable), field: "(state)", message: "is not reachable from StartAt")
        }
        let terminal = states.values.contains { state in
            switch state.kind {
            case .succeed, .fail: true
            default: state.end
            }
        }
        if !terminal {
            throw DefinitionError(state: scope, field: "States", message: "no state ends the execution (End, Succeed or Fail)")
        }
    }

    private static func fieldNaming(_ target: String, in state: State) -> String {
        if state.next == target { return "Next" }
        if case .choice(let choice) = state.kind {
            if let index = choice.choices.firstIndex(where: { $0.next == target }) { return "Choices[\(index)].Next" }
            return "Default"
        }
        return "Catch.Next"
    }
}
