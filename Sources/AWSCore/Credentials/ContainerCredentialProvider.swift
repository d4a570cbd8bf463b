import Foundation

/// Credentials from the container credentials endpoint (ECS task roles, EKS Pod Identity, local emulators).
///
/// The endpoint is `http://169.254.170.2` + `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`, or
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI`. The `Authorization` header comes from the file named by
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (re-read on every call, trimmed; wins) or from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN`. Not configured when neither URI variable is set.
public struct ContainerCredentialProvider: CredentialProvider {
    static let sourceName = "container"
    private let environment: [String: String]
    private let transport: any HTTPTransport
    private let fileReader: any FileContentReader

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any HTTPTransport,
        fileReader: any FileContentReader = DiskFileReader()
    ) {
        self.environment = environment
        self.transport = transport
        self.fileReader = fileReader
    }

    public func credentials() async throws -> Credentials {
        guard let endpoint = try ContainerCredentialsEndpoint.resolve(environment: environment) else {
            throw CredentialsError.notConfigured(source: Self.sourceName, reason: "AWS_CONTAINER_CREDENTIALS_* not set")
        }
        var headers: HTTPHeaders = ["Accept": "application/json"]
        if let token = try authorizationToken() { headers["Authorization"] = token }
        let response: HTTPResponse
        do {
            response = try await transport.send(HTTPRequest(method: "GET", url: endpoint.uri, headers: headers))
        } catch let error as TransportError {
            throw CredentialsError.containerUnreachable(uri: endpoint.uri, reason: error.detail)
        }
        guard (200..<300).contains(response.status) else {
            let snippet = String(decoding: response.body.prefix(200), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw CredentialsError.containerHTTPError(uri: endpoint.uri, status: response.status, body: snippet)
        }
        return try ContainerCredentialsResponse.credentials(from: response.body, uri: endpoint.uri)
    }

    /// The token for the `Authorization` header, or `nil` when none is configured or it is empty.
    func authorizationToken() throws -> String? {
        let token: String
        let source: String
        if let path = environment.nonEmptyVariable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            guard let text = try fileReader.contents(ofFile: path) else {
                throw CredentialsError.tokenFileMissing(path: path)
            }
            token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            source = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (\(path))"
        } else if let value = environment.nonEmptyVariable("AWS_CONTAINER_AUTHORIZATION_TOKEN") {
            token = value
            source = "AWS_CONTAINER_AUTHORIZATION_TOKEN"
        } else {
            return nil
        }
        // Compare scalars: "\r\n" is one Character, so a Character search for "\n" would miss it.
        guard !token.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) else {
            throw CredentialsError.invalidHeaderValue(source: source)
        }
        return token.isEmpty ? nil : token
    }
}
