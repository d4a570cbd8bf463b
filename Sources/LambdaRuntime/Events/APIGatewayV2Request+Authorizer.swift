extension APIGatewayV2Request {
    /// What a route's authorizer established: a JWT's claims and scopes, a Lambda authorizer's context,
    /// or the IAM caller.
    public struct Authorizer: Codable, Sendable, Equatable {
        /// The JWT authorizer's result.
        public var jwt: JWT?
        /// The context a Lambda authorizer returned.
        public var lambda: [String: JSONValue]?
        /// The IAM caller.
        public var iam: IAM?

        /// Creates an authorizer result.
        public init(jwt: JWT? = nil, lambda: [String: JSONValue]? = nil, iam: IAM? = nil) {
            self.jwt = jwt
            self.lambda = lambda
            self.iam = iam
        }
    }

    /// A validated JWT's claims and scopes.
    public struct JWT: Codable, Sendable, Equatable {
        /// The token's claims; API Gateway sends every value as a string.
        public var claims: [String: String]
        /// The token's scopes, when it has any.
        public var scopes: [String]?

        /// Creates a JWT result.
        public init(claims: [String: String], scopes: [String]? = nil) {
            self.claims = claims
            self.scopes = scopes
        }

        private enum CodingKeys: String, CodingKey { case claims, scopes }

        /// Decodes claims leniently: a number or boolean claim becomes its JSON text.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            claims = try container.decodeLenientStringMap(forKey: .claims) ?? [:]
            scopes = try container.decodeIfPresent([String].self, forKey: .scopes)
        }
    }

    /// The IAM caller of a route with IAM authorization.
    public struct IAM: Codable, Sendable, Equatable {
        /// The caller's access key id.
        public var accessKey: String?
        /// The caller's account id.
        public var accountId: String?
        /// The caller's principal id.
        public var callerId: String?
        /// The Cognito identity, for callers with Cognito identity pool credentials.
        public var cognitoIdentity: CognitoIdentity?
        /// The caller's AWS organization id.
        public var principalOrgId: String?
        /// The caller's ARN.
        public var userArn: String?
        /// The caller's user id.
        public var userId: String?

        /// Creates an IAM caller.
        public init(
            accessKey: String? = nil, accountId: String? = nil, callerId: String? = nil,
            cognitoIdentity: CognitoIdentity? = nil, principalOrgId: String? = nil, userArn: String? = nil,
            userId: String? = nil
        ) {
            self.accessKey = accessKey
            self.accountId = accountId
            self.callerId = callerId
            self.cognitoIdentity = cognitoIdentity
            self.principalOrgId = principalOrgId
            self.userArn = userArn
            self.userId = userId
        }
    }

    /// A Cognito identity pool identity.
    public struct CognitoIdentity: Codable, Sendable, Equatable {
        /// The authentication methods references.
        public var amr: [String]
        /// The identity id.
        public var identityId: String
        /// The identity pool id.
        public var identityPoolId: String

        /// Creates a Cognito identity.
        public init(amr: [String], identityId: String, identityPoolId: String) {
            self.amr = amr
            self.identityId = identityId
            self.identityPoolId = identityPoolId
        }
    }
}
