/// One service the twin serves itself (Translate, Bedrock Runtime, …), chosen by the credential scope's service.
public protocol TwinService: Sendable {
    /// The signing names it answers (`translate`; `bedrock` for Bedrock Runtime).
    var signingNames: Set<String> { get }
    /// Answers a request whose signature has been verified.
    func handle(_ request: TwinRequest) async -> TwinResponse
}
