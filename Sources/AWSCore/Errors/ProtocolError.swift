/// A request that cannot be serialised for its wire protocol (a programming or input error, never retried).
public struct ProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case missingLabel, emptyLabel, invalidURITemplate, unsupportedJSONVersion, wrongProtocol, bodyEncodingFailed
    }

    private let code: Code
    /// What went wrong, for people: names the label, template or type involved.
    public let detail: String

    private init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    /// The URI template has a `{label}` for which no value was given.
    public static func missingLabel(_ name: String) -> ProtocolError {
        .init(.missingLabel, "no value for URI label '\(name)'")
    }

    /// A URI label was given an empty value (it would collapse the path).
    public static func emptyLabel(_ name: String) -> ProtocolError {
        .init(.emptyLabel, "the URI label '\(name)' is empty")
    }

    /// The URI template does not parse (unclosed `{`, empty label name, missing leading `/`).
    public static func invalidURITemplate(_ template: String, _ reason: String) -> ProtocolError {
        .init(.invalidURITemplate, "the URI template '\(template)' is invalid: \(reason)")
    }

    /// An awsJson protocol version other than 1.0 or 1.1.
    public static func unsupportedJSONVersion(_ version: String) -> ProtocolError {
        .init(.unsupportedJSONVersion, "awsJson version '\(version)' is not 1.0 or 1.1")
    }

    /// A request builder was handed a protocol it does not serialise.
    public static func wrongProtocol(expected: String, got: WireProtocol) -> ProtocolError {
        .init(.wrongProtocol, "expected the \(expected) protocol, got \(got)")
    }

    /// The input could not be encoded as the request body.
    public static func bodyEncodingFailed(_ detail: String) -> ProtocolError {
        .init(.bodyEncodingFailed, "the request body could not be encoded: \(detail)")
    }

    /// Stable, value-free name of the failure kind (safe as a metric label).
    public var kind: String { code.rawValue }

    public var description: String { "ProtocolError.\(code.rawValue): \(detail)" }

    public static func == (lhs: ProtocolError, rhs: ProtocolError) -> Bool {
        lhs.code == rhs.code && lhs.detail == rhs.detail
    }
}
