/// Why a request could not be signed. The description names the offending input.
public struct SigV4Error: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case invalidURL, invalidMethod, invalidHeaderName, invalidHeaderValue, expiryOutOfRange, missingCredentials, invalidScope
    }

    private let code: Code
    /// What is wrong, in words that name the input.
    public let detail: String

    private init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    static func invalidURL(_ url: String, _ reason: String) -> SigV4Error {
        .init(.invalidURL, "the URL '\(url)' does not parse: \(reason)")
    }
    static func invalidMethod(_ method: String) -> SigV4Error {
        .init(.invalidMethod, "the HTTP method '\(method)' is not a valid token")
    }
    static func invalidHeaderName(_ name: String) -> SigV4Error {
        .init(.invalidHeaderName, "the header name '\(name)' is not a valid HTTP token")
    }
    static func invalidHeaderValue(_ name: String) -> SigV4Error {
        .init(.invalidHeaderValue, "the value of header '\(name)' contains a line break or control character")
    }
    static func expiryOutOfRange(_ seconds: Int) -> SigV4Error {
        .init(.expiryOutOfRange, "a presigned URL must expire in 1 to 604800 seconds (7 days); got \(seconds)")
    }
    static func missingCredentials(_ what: String) -> SigV4Error {
        .init(.missingCredentials, "cannot sign: \(what) is empty")
    }
    static func invalidScope(_ what: String) -> SigV4Error {
        .init(.invalidScope, "cannot sign: \(what)")
    }

    public static let invalidURL = SigV4Error(.invalidURL, "")
    public static let invalidMethod = SigV4Error(.invalidMethod, "")
    public static let invalidHeaderName = SigV4Error(.invalidHeaderName, "")
    public static let invalidHeaderValue = SigV4Error(.invalidHeaderValue, "")
    public static let expiryOutOfRange = SigV4Error(.expiryOutOfRange, "")
    public static let missingCredentials = SigV4Error(.missingCredentials, "")
    public static let invalidScope = SigV4Error(.invalidScope, "")

    /// Stable, value-free name of the failure (safe as a metric label).
    public var kind: String { code.rawValue }
    public var description: String { "SigV4Error.\(code.rawValue): \(detail)" }

    /// Errors compare by kind, so `#expect(throws: SigV4Error.invalidURL)` matches any invalid-URL error.
    public static func == (lhs: SigV4Error, rhs: SigV4Error) -> Bool { lhs.code == rhs.code }
}
