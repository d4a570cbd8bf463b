/// A Lambda function's answer to an API Gateway REST API proxy request (payload format 1.0).
public struct APIGatewayResponse: Codable, Sendable, Equatable {
    /// The HTTP status code.
    public var statusCode: Int
    /// The response headers.
    public var headers: [String: String]?
    /// Headers with several values each.
    public var multiValueHeaders: [String: [String]]?
    /// The body, base64-encoded when `isBase64Encoded`.
    public var body: String?
    /// Whether `body` is base64-encoded binary.
    public var isBase64Encoded: Bool?

    /// Creates a response.
    public init(
        statusCode: Int, headers: [String: String]? = nil, multiValueHeaders: [String: [String]]? = nil,
        body: String? = nil, isBase64Encoded: Bool? = nil
    ) {
        self.statusCode = statusCode
        self.headers = headers
        self.multiValueHeaders = multiValueHeaders
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}
