/// A Lambda function's answer to an API Gateway HTTP API request (payload format 2.0).
public struct APIGatewayV2Response: Codable, Sendable, Equatable {
    /// The HTTP status code.
    public var statusCode: Int
    /// The response headers.
    public var headers: [String: String]?
    /// Headers with several values each.
    public var multiValueHeaders: [String: [String]]?
    /// `Set-Cookie` values, one cookie each.
    public var cookies: [String]?
    /// The body, base64-encoded when `isBase64Encoded`.
    public var body: String?
    /// Whether `body` is base64-encoded binary.
    public var isBase64Encoded: Bool?

    /// Creates a response.
    public init(
        statusCode: Int, headers: [String: String]? = nil, multiValueHeaders: [String: [String]]? = nil,
        cookies: [String]? = nil, body: String? = nil, isBase64Encoded: Bool? = nil
    ) {
        self.statusCode = statusCode
        self.headers = headers
        self.multiValueHeaders = multiValueHeaders
        self.cookies = cookies
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}
