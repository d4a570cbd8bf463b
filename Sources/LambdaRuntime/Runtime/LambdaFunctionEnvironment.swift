/// What Lambda tells a function about itself through the environment.
public struct LambdaFunctionEnvironment: Sendable, Equatable {
    /// `AWS_LAMBDA_FUNCTION_NAME`.
    public var functionName: String
    /// `AWS_LAMBDA_FUNCTION_VERSION` (`$LATEST` when unset).
    public var functionVersion: String
    /// `AWS_LAMBDA_FUNCTION_MEMORY_SIZE` in MB (128 when unset).
    public var memoryLimitMB: Int
    /// `AWS_LAMBDA_LOG_GROUP_NAME`.
    public var logGroupName: String
    /// `AWS_LAMBDA_LOG_STREAM_NAME`.
    public var logStreamName: String

    /// Reads the values from `environment`.
    public init(environment: [String: String] = [:]) {
        functionName = environment["AWS_LAMBDA_FUNCTION_NAME"] ?? ""
        functionVersion = environment["AWS_LAMBDA_FUNCTION_VERSION"] ?? "$LATEST"
        memoryLimitMB = environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"].flatMap { Int($0) } ?? 128
        logGroupName = environment["AWS_LAMBDA_LOG_GROUP_NAME"] ?? ""
        logStreamName = environment["AWS_LAMBDA_LOG_STREAM_NAME"] ?? ""
    }
}
