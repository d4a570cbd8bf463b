/// Fixed credentials given in code (tests, local harness defaults).
public struct StaticCredentialProvider: CredentialProvider {
    public let value: Credentials
    public init(_ credentials: Credentials) { value = credentials }
    public func credentials() async throws -> Credentials { value }
}
