#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A route handler's answer: status, headers, cookies and body bytes.
public struct RouteResponse: Sendable, Equatable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers.
    public var headers: [String: String]
    /// `Set-Cookie` values, one cookie each.
    public var cookies: [String]
    /// The body bytes.
    public var body: Data
    /// Whether the body is binary (sent base64-encoded); text bodies are sent as they are.
    public var isBinary: Bool

    /// Creates a response.
    public init(status: Int = 200, headers: [String: String] = [:], cookies: [String] = [], body: Data = Data(), isBinary: Bool = false) {
        self.status = status
        self.headers = headers
        self.cookies = cookies
        self.body = body
        self.isBinary = isBinary
    }

    /// `value` encoded as JSON, with `Content-Type: application/json`.
    public static func json<T: Encodable>(
        _ value: T, status: Int = 200, headers: [String: String] = [:], encoder: JSONEncoder = RouteResponse.defaultEncoder
    ) throws -> RouteResponse {
        var headers = headers
        headers["Content-Type"] = headers["Content-Type"] ?? "application/json"
        return RouteResponse(status: status, headers: headers, body: try encoder.encode(value))
    }

    /// A text body, `text/plain; charset=utf-8` unless `contentType` says otherwise.
    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8") -> RouteResponse {
        RouteResponse(status: status, headers: ["Content-Type": contentType], body: Data(text.utf8))
    }

    /// A binary body, sent base64-encoded.
    public static func binary(_ data: Data, contentType: String, status: Int = 200) -> RouteResponse {
        RouteResponse(status: status, headers: ["Content-Type": contentType], body: data, isBinary: true)
    }

    /// 204 with no body.
    public static func noContent(headers: [String: String] = [:]) -> RouteResponse {
        RouteResponse(status: 204, headers: headers)
    }

    /// The `{"error":{"code":"...","message":"..."}}` response of `error`.
    public static func error(_ error: HTTPError) -> RouteResponse {
        struct Body: Encodable {
            struct Detail: Encodable { var code: String; var message: String }
            var error: Detail
        }
        var headers = error.headers
        headers["Content-Type"] = "application/json"
        let body = (try? defaultEncoder.encode(Body(error: .init(code: error.code, message: error.message)))) ?? Data()
        return RouteResponse(status: error.status, headers: headers, body: body)
    }

    /// Sorted keys and unescaped slashes, so bodies are stable.
    public static var defaultEncoder: JSONEncoder { .stable }

    /// The response as API Gateway expects it: text bodies as they are, binary (or non-UTF-8) bodies base64.
    public var apiGatewayResponse: APIGatewayV2Response {
        var response = APIGatewayV2Response(
            statusCode: status, headers: headers.isEmpty ? nil : headers, cookies: cookies.isEmpty ? nil : cookies
        )
        guard !body.isEmpty else { return response }
        if !isBinary, let text = String(validating: body, as: UTF8.self) {
            response.body = text
            response.isBase64Encoded = false
        } else {
            response.body = body.base64EncodedString()
            response.isBase64Encoded = true
        }
        return response
    }
}
