/// An error a route handler throws to answer with a chosen status and the
/// `{"error":{"code":"...","message":"..."}}` body.
public struct HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status code.
    public var status: Int
    /// A stable machine-readable code, such as `NotFound` or `InvalidRequest`.
    public var code: String
    /// What is wrong, for people; it is sent to the client.
    public var message: String
    /// Extra response headers (such as `Allow` on a 405).
    public var headers: [String: String]

    /// Creates an error response.
    public init(status: Int, code: String, message: String, headers: [String: String] = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    /// `code (status): message`.
    public var description: String { "\(code) (\(status)): \(message)" }

    /// 400 `InvalidRequest`.
    public static func invalidRequest(_ message: String) -> HTTPError {
        HTTPError(status: 400, code: "InvalidRequest", message: message)
    }

    /// 404 `NotFound`.
    public static func notFound(_ message: String = "no such resource") -> HTTPError {
        HTTPError(status: 404, code: "NotFound", message: message)
    }

    /// 403 `Forbidden`.
    public static func forbidden(_ message: String = "forbidden") -> HTTPError {
        HTTPError(status: 403, code: "Forbidden", message: message)
    }

    /// 409 `Conflict`.
    public static func conflict(_ message: String) -> HTTPError {
        HTTPError(status: 409, code: "Conflict", message: message)
    }

    /// 405 `MethodNotAllowed` with the `Allow` header listing `allowed`.
    public static func methodNotAllowed(_ method: HTTPMethod, allowed: [HTTPMethod]) -> HTTPError {
        HTTPError(
            status: 405, code: "MethodNotAllowed", message: "method \(method) is not allowed here",
            headers: ["Allow": allowed.sorted().map(\.rawValue).joined(separator: ", ")]
        )
    }

    /// 500 `InternalError`, saying nothing more.
    public static let internalError = HTTPError(status: 500, code: "InternalError", message: "internal error")
}
