/// MediaGenAI's custom AWS Lambda runtime: see `Runtime/` (the loop and the runtime API client),
/// `Events/` (event types) and `Router/` (the API Gateway HTTP API router).
public enum LambdaRuntimeInfo {
    /// Sent as the runtime's user agent to the runtime API.
    public static let userAgent = "mediagen-lambda-runtime/1.0"
}
