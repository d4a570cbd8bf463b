/// Why a state machine definition is invalid: the state (nil for the top level) and the field at fault.
public struct DefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The state's name, with its enclosing Parallel/Map states (`Outer/Branch 1/Inner`); nil at the top level.
    public let state: String?
    /// The field (`Next`, `Retry[0].ErrorEquals`, `Parameters.key.$`, …).
    public let field: String
    /// What is wrong.
    public let message: String

    public init(state: String?, field: String, message: String) {
        self.state = state
        self.field = field
        self.message = message
    }

    public var description: String {
        if let state { return "State '\(state)', field \(field): \(message)" }
        return "Field \(field): \(message)"
    }
}
