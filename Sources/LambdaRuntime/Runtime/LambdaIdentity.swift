/// The mobile client context sent with an invocation (`Lambda-Runtime-Client-Context`).
public struct LambdaClientContext: Sendable, Equatable, Codable {
    /// The client application.
    public struct Client: Sendable, Equatable, Codable {
        public var installationId: String?
        public var appTitle: String?
        public var appVersionName: String?
        public var appVersionCode: String?
        public var appPackageName: String?

        enum CodingKeys: String, CodingKey {
            case installationId = "installation_id", appTitle = "app_title", appVersionName = "app_version_name"
            case appVersionCode = "app_version_code", appPackageName = "app_package_name"
        }
    }

    /// The client application, when given.
    public var client: Client?
    /// Custom values set by the client.
    public var custom: [String: String]?
    /// Environment values set by the client's SDK.
    public var environment: [String: String]?

    enum CodingKeys: String, CodingKey { case client, custom, environment = "env" }
}

/// The Amazon Cognito identity that made the invocation (`Lambda-Runtime-Cognito-Identity`).
public struct LambdaCognitoIdentity: Sendable, Equatable, Codable {
    /// The Cognito identity id.
    public var cognitoIdentityId: String?
    /// The Cognito identity pool id.
    public var cognitoIdentityPoolId: String?
}
