// TEMPORARY: replaced by Sources/StatesLanguage/Intrinsics (branch asl-intrinsics) at merge.
public struct IntrinsicFunction: Sendable, Hashable {
    let text: String
    public init(parsing expression: String) throws(StatesError) { text = expression }
    public static func isCall(_ text: String) -> Bool { text.hasPrefix("States.") }
    public func evaluate<G: RandomNumberGenerator>(path: (String) throws(StatesError) -> JSONValue, using generator: inout G) throws(StatesError) -> JSONValue {
        throw .intrinsicFailure("not merged yet")
    }
}
