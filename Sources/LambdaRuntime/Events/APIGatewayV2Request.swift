/// An API Gateway HTTP API request in payload format 2.0, as Lambda receives it.
public struct APIGatewayV2Request: Codable, Sendable, Equatable {
    /// The payload format version, `2.0`.
    public var version: String
    /// The matched route, such as `GET /jobs/{id}` or `$default`.
    public var routeKey: String
    /// The request path.
    public var rawPath: String
    /// The query string without its leading `?` (empty when there is none).
    public var rawQueryString: String
    /// The request's cookies, one `name=value` each.
    public var cookies: [String]?
    /// The headers, names in lower case; repeated headers are joined with commas.
    public var headers: [String: String]
    /// The query parameters; repeated parameters are joined with commas.
    public var queryStringParameters: [String: String]?
    /// The path parameters of the matched route.
    public var pathParameters: [String: String]?
    /// The stage's variables.
    public var stageVariables: [String: String]?
    /// The body, base64-encoded when `isBase64Encoded`.
    public var body: String?
    /// Whether `body` is base64-encoded.
    public var isBase64Encoded: Bool
    /// Who called, through which API, stage and route.
    public var requestContext: RequestContext

    /// Creates a request (tests, the local gateway).
    public init(
        version: String = "2.0", routeKey: String = "$default", rawPath: String, rawQueryString: String = "",
        cookies: [String]? = nil, headers: [String: String] = [:], queryStringParameters: [String: String]? = nil,
        pathParameters: [String: String]? = nil, stageVariables: [String: String]? = nil, body: String? = nil,
        isBase64Encoded: Bool = false, requestContext: RequestContext
    ) {
        self.version = version
        self.routeKey = routeKey
        self.rawPath = rawPath
        self.rawQueryString = rawQueryString
        self.cookies = cookies
        self.headers = headers
        self.queryStringParameters = queryStringParameters
        self.pathParameters = pathParameters
        self.stageVariables = stageVariables
        self.body = body
        self.isBase64Encoded = isBase64Encoded
        self.requestContext = requestContext
    }

    private enum CodingKeys: String, CodingKey {
        case version, routeKey, rawPath, rawQueryString, cookies, headers, queryStringParameters
        case pathParameters, stageVariables, body, isBase64Encoded, requestContext
    }

    /// Decodes a request; absent collections, query string and base64 flag take their empty values.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        routeKey = try container.decode(String.self, forKey: .routeKey)
        rawPath = try container.decode(String.self, forKey: .rawPath)
        rawQueryString = try container.decodeIfPresent(String.self, forKey: .rawQueryString) ?? ""
        cookies = try container.decodeIfPresent([String].self, forKey: .cookies)
        headers = try container.decodeIfPresent([String: String].self, forKey: .headers) ?? [:]
        queryStringParameters = try container.decodeIfPresent([String: String].self, forKey: .queryStringParameters)
        pathParameters = try container.decodeIfPresent([String: String].self, forKey: .pathParameters)
        stageVariables = try container.decodeIfPresent([String: String].self, forKey: .stageVariables)
        body = try container.decodeIfPresent(String.self, forKey: .body)
        isBase64Encoded = try container.decodeIfPresent(Bool.self, forKey: .isBase64Encoded) ?? false
        requestContext = try container.decode(RequestContext.self, forKey: .requestContext)
    }
}

extension APIGatewayV2Request {
    /// The value of header `name`, case-insensitively (API Gateway sends names in lower case).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        if let value = headers[lowered] { return value }
        return headers.first { $0.key.lowercased() == lowered }?.value
    }
}

extension APIGatewayV2Request {
    /// Who called, through which API, stage and route.
    public struct RequestContext: Codable, Sendable, Equatable {
        /// The API owner's account id.
        public var accountId: String
        /// The API id.
        public var apiId: String
        /// The full domain name the client used.
        public var domainName: String
        /// The first label of `domainName`.
        public var domainPrefix: String
        /// The HTTP method, path, protocol and caller.
        public var http: HTTP
        /// The request's id.
        public var requestId: String
        /// The matched route.
        public var routeKey: String
        /// The stage, such as `$default`.
        public var stage: String
        /// The request time in CLF format, such as `12/Mar/2020:19:03:58 +0000`.
        public var time: String
        /// The request time in milliseconds since the Unix epoch.
        public var timeEpoch: Int64
        /// What the route's authorizer established, when it has one.
        public var authorizer: Authorizer?
        /// The mutual TLS client certificate, when the domain requires one.
        public var authentication: Authentication?

        /// Creates a request context.
        public init(
            accountId: String, apiId: String, domainName: String, domainPrefix: String, http: HTTP,
            requestId: String, routeKey: String = "$default", stage: String = "$default", time: String,
            timeEpoch: Int64, authorizer: Authorizer? = nil, authentication: Authentication? = nil
        ) {
            self.accountId = accountId
            self.apiId = apiId
            self.domainName = domainName
            self.domainPrefix = domainPrefix
            self.http = http
            self.requestId = requestId
            self.routeKey = routeKey
            self.stage = stage
            self.time = time
            self.timeEpoch = timeEpoch
            self.authorizer = authorizer
            self.authentication = authentication
        }
    }

    /// The HTTP method, path, protocol and caller of a request.
    public struct HTTP: Codable, Sendable, Equatable {
        /// The method, such as `POST`.
        public var method: String
        /// The request path.
        public var path: String
        /// The protocol, such as `HTTP/1.1`.
        public var `protocol`: String
        /// The caller's IP address.
        public var sourceIp: String
        /// The caller's User-Agent.
        public var userAgent: String

        /// Creates the HTTP part of a request context.
        public init(method: String, path: String, protocol: String = "HTTP/1.1", sourceIp: String, userAgent: String) {
            self.method = method
            self.path = path
            self.protocol = `protocol`
            self.sourceIp = sourceIp
            self.userAgent = userAgent
        }
    }

    /// The mutual TLS authentication of a request.
    public struct Authentication: Codable, Sendable, Equatable {
        /// The client certificate.
        public var clientCert: ClientCert?

        /// A client certificate as API Gateway reports it.
        public struct ClientCert: Codable, Sendable, Equatable {
            /// The certificate in PEM.
            public var clientCertPem: String
            /// The subject's distinguished name.
            public var subjectDN: String
            /// The issuer's distinguished name.
            public var issuerDN: String
            /// The serial number.
            public var serialNumber: String
            /// The validity period.
            public var validity: Validity

            /// A certificate's validity period, as API Gateway writes it.
            public struct Validity: Codable, Sendable, Equatable {
                /// The start, such as `May 28 12:30:02 2019 GMT`.
                public var notBefore: String
                /// The end.
                public var notAfter: String
            }
        }
    }
}
