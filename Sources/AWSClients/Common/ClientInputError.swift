/// A request refused before it was sent: a required field is missing or a service limit is exceeded.
/// The description names the operation, the field and the limit.
public struct ClientInputError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable { case missingField, tooLarge, invalidValue }
    private let code: Code
    public let detail: String

    private init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    /// `field` of `operation` is required and was empty.
    public static func missingField(_ operation: String, _ field: String) -> ClientInputError {
        .init(.missingField, "\(operation): \(field) is required and must not be empty")
    }

    /// `field` of `operation` is `size` units long; the service accepts at most `limit`.
    public static func tooLarge(_ operation: String, _ field: String, size: Int, limit: Int, unit: String) -> ClientInputError {
        .init(.tooLarge, "\(operation): \(field) is \(size) \(unit); the service accepts at most \(limit) \(unit)")
    }

    /// `field` of `operation` has a value the service does not accept; `reason` says which values it does.
    public static func invalidValue(_ operation: String, _ field: String, _ reason: String) -> ClientInputError {
        .init(.invalidValue, "\(operation): \(field) \(reason)")
    }

    public static let missingField = ClientInputError(.missingField, "")
    public static let tooLarge = ClientInputError(.tooLarge, "")
    public static let invalidValue = ClientInputError(.invalidValue, "")

    public var kind: String { code.rawValue }
    public var description: String { "ClientInputError.\(code.rawValue): \(detail)" }
    /// Errors compare by kind, so `#expect(throws: ClientInputError.tooLarge)` matches any size error.
    public static func == (lhs: ClientInputError, rhs: ClientInputError) -> Bool { lhs.code == rhs.code }
}
