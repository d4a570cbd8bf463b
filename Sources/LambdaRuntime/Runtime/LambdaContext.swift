import Foundation
import Logging

/// What a handler knows about the invocation it is serving.
public struct LambdaContext: Sendable {
    /// The request id of this invocation.
    public let requestId: String
    /// When Lambda stops the invocation.
    public let deadline: Date
    /// The ARN the caller used (may carry a version or alias).
    public let invokedFunctionARN: String
    /// The X-Ray trace header, when tracing is on.
    public let traceId: String?
    /// The mobile client context, when sent and valid JSON.
    public let clientContext: LambdaClientContext?
    /// The Cognito identity, when sent and valid JSON.
    public let cognitoIdentity: LambdaCognitoIdentity?
    /// The function's name, version, memory and log names.
    public let function: LambdaFunctionEnvironment
    /// A logger whose lines carry `requestId` and `traceId`.
    public let logger: Logger
    private let now: @Sendable () -> Date

    /// A context from its parts (tests and adapters build one directly).
    public init(
        requestId: String, deadline: Date, invokedFunctionARN: String = "", traceId: String? = nil,
        clientContext: LambdaClientContext? = nil, cognitoIdentity: LambdaCognitoIdentity? = nil,
        function: LambdaFunctionEnvironment = LambdaFunctionEnvironment(), logger: Logger,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.requestId = requestId
        self.deadline = deadline
        self.invokedFunctionARN = invokedFunctionARN
        self.traceId = traceId
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.function = function
        self.logger = logger
        self.now = now
    }

    /// `AWS_LAMBDA_FUNCTION_NAME`.
    public var functionName: String { function.functionName }
    /// `AWS_LAMBDA_FUNCTION_VERSION`.
    public var functionVersion: String { function.functionVersion }
    /// `AWS_LAMBDA_FUNCTION_MEMORY_SIZE`, in MB.
    public var memoryLimitMB: Int { function.memoryLimitMB }
    /// `AWS_LAMBDA_LOG_GROUP_NAME`.
    public var logGroupName: String { function.logGroupName }
    /// `AWS_LAMBDA_LOG_STREAM_NAME`.
    public var logStreamName: String { function.logStreamName }

    /// Time left before the deadline by the injected clock (negative once past it).
    public var remainingTime: Duration {
        let milliseconds = (deadline.timeIntervalSince(now()) * 1000).rounded()
        return .milliseconds(Int64(milliseconds))
    }
}

extension LambdaContext {
    /// Builds the context for `invocation`: decodes the client context and Cognito identity (nil plus a
    /// warning when they are not valid JSON) and attaches requestId/traceId to a copy of `logger`.
    static func make(
        for invocation: LambdaInvocation, function: LambdaFunctionEnvironment, logger base: Logger,
        now: @escaping @Sendable () -> Date
    ) -> LambdaContext {
        var logger = base
        logger[metadataKey: "requestId"] = .string(invocation.requestId)
        if let traceId = invocation.traceId { logger[metadataKey: "traceId"] = .string(traceId) }
        let clientContext: LambdaClientContext? = decodeHeader(invocation.clientContext, name: "Lambda-Runtime-Client-Context", logger: logger)
        let cognito: LambdaCognitoIdentity? = decodeHeader(invocation.cognitoIdentity, name: "Lambda-Runtime-Cognito-Identity", logger: logger)
        return LambdaContext(
            requestId: invocation.requestId,
            deadline: Date(timeIntervalSince1970: Double(invocation.deadlineMs) / 1000),
            invokedFunctionARN: invocation.invokedFunctionARN,
            traceId: invocation.traceId,
            clientContext: clientContext,
            cognitoIdentity: cognito,
            function: function,
            logger: logger,
            now: now
        )
    }

    private static func decodeHeader<T: Decodable>(_ value: String?, name: String, logger: Logger) -> T? {
        guard let value, !value.isEmpty else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: Data(value.utf8))
        } catch {
            logger.warning("ignoring an invocation header that is not valid JSON", metadata: ["header": .string(name)])
            return nil
        }
    }
}
