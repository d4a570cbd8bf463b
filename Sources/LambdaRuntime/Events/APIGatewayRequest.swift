/// An API Gateway REST API request through a Lambda proxy integration (payload format 1.0).
public struct APIGatewayRequest: Codable, Sendable, Equatable {
    /// The resource path template, such as `/jobs/{id}`.
    public var resource: String
    /// The request path.
    public var path: String
    /// The HTTP method.
    public var httpMethod: String
    /// The headers, the last value of each.
    public var headers: [String: String]?
    /// The headers with every value.
    public var multiValueHeaders: [String: [String]]?
    /// The query parameters, the last value of each.
    public var queryStringParameters: [String: String]?
    /// The query parameters with every value.
    public var multiValueQueryStringParameters: [String: [String]]?
    /// The path parameters of the matched resource.
    public var pathParameters: [String: String]?
    /// The stage's variables.
    public var stageVariables: [String: String]?
    /// Who called, through which API, stage and resource.
    public var requestContext: RequestContext
    /// The body, base64-encoded when `isBase64Encoded`.
    public var body: String?
    /// Whether `body` is base64-encoded.
    public var isBase64Encoded: Bool

    /// Who called, through which API, stage and resource.
    public struct RequestContext: Codable, Sendable, Equatable {
        /// The API owner's account id.
        public var accountId: String
        /// The API id.
        public var apiId: String
        /// What the authorizer established, when there is one.
        public var authorizer: Authorizer?
        /// The full domain name the client used.
        public var domainName: String?
        /// The first label of `domainName`.
        public var domainPrefix: String?
        /// API Gateway's extended request id.
        public var extendedRequestId: String?
        /// The HTTP method.
        public var httpMethod: String
        /// The caller.
        public var identity: Identity
        /// The request path.
        public var path: String?
        /// The protocol, such as `HTTP/1.1`.
        public var `protocol`: String?
        /// The request's id.
        public var requestId: String
        /// The request time in CLF format.
        public var requestTime: String?
        /// The request time in milliseconds since the Unix epoch.
        public var requestTimeEpoch: Int64?
        /// The resource id.
        public var resourceId: String?
        /// The resource path template.
        public var resourcePath: String
        /// The stage.
        public var stage: String
    }

    /// The caller of a REST API request.
    public struct Identity: Codable, Sendable, Equatable {
        /// The caller's access key id (IAM authorization).
        public var accessKey: String?
        /// The caller's account id (IAM authorization).
        public var accountId: String?
        /// The caller's principal id (IAM authorization).
        public var caller: String?
        /// The Cognito authentication provider (identity pool credentials).
        public var cognitoAuthenticationProvider: String?
        /// The Cognito authentication type (identity pool credentials).
        public var cognitoAuthenticationType: String?
        /// The Cognito identity id (identity pool credentials).
        public var cognitoIdentityId: String?
        /// The Cognito identity pool id (identity pool credentials).
        public var cognitoIdentityPoolId: String?
        /// The caller's AWS organization id.
        public var principalOrgId: String?
        /// The caller's IP address.
        public var sourceIp: String
        /// The caller's user (IAM authorization).
        public var user: String?
        /// The caller's User-Agent.
        public var userAgent: String?
        /// The caller's ARN (IAM authorization).
        public var userArn: String?
        /// The API key, when the method requires one.
        public var apiKey: String?
    }

    /// What a REST API authorizer established: a Cognito user pool's claims, or a Lambda authorizer's
    /// principal and context.
    public struct Authorizer: Codable, Sendable, Equatable {
        /// The Cognito user pool token's claims; API Gateway sends every value as a string.
        public var claims: [String: String]?
        /// The token's scopes.
        public var scopes: [String]?
        /// The principal a Lambda authorizer returned.
        public var principalId: String?

        private enum CodingKeys: String, CodingKey { case claims, scopes, principalId }

        /// Creates an authorizer result.
        public init(claims: [String: String]? = nil, scopes: [String]? = nil, principalId: String? = nil) {
            self.claims = claims
            self.scopes = scopes
            self.principalId = principalId
        }

        /// Decodes claims leniently: a number or boolean claim becomes its JSON text.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            claims = try container.decodeLenientStringMap(forKey: .claims)
            scopes = try container.decodeIfPresent([String].self, forKey: .scopes)
            principalId = try container.decodeIfPresent(String.self, forKey: .principalId)
        }
    }
}
