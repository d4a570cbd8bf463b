import Foundation
import Logging

/// The custom Lambda runtime loop: initialise the handler, then serve invocations from the runtime API.
///
/// ```swift
/// // main.swift
/// await LambdaRuntime.run { (event: Request, context: LambdaContext) in
///     Response(greeting: "hello \(event.name)")
/// }
/// ```
///
/// The runtime API calls block the calling task (Lambda serves one invocation at a time per process, and
/// a blocking loopback socket is several times faster than URLSession here).
public enum LambdaRuntime {
    /// The largest response Lambda accepts for a synchronous invocation: 6 MB.
    public static let maximumResponseSize = 6_291_556

    /// Runs the loop against `AWS_LAMBDA_RUNTIME_API` with a raw handler built by `makeHandler`.
    public static func run<Handler: LambdaByteHandler>(
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(),
        makeHandler: (LambdaInitializationContext) async throws -> Handler
    ) async {
        guard let endpoint = configuration.environment["AWS_LAMBDA_RUNTIME_API"].flatMap(RuntimeAPIEndpoint.init) else {
            configuration.makeLogger().critical("AWS_LAMBDA_RUNTIME_API is not set to host:port")
            configuration.exit(1)
            return
        }
        await run(api: RuntimeAPIClient(endpoint: endpoint), configuration: configuration, makeHandler: makeHandler)
    }

    /// Runs the loop against `api`: the seam tests drive with a fake or a mock server.
    ///
    /// Returns after `maxInvocations`, or after calling `configuration.exit` when initialisation fails or the
    /// runtime API breaks.
    public static func run<Handler: LambdaByteHandler>(
        api: any LambdaRuntimeAPI,
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(),
        makeHandler: (LambdaInitializationContext) async throws -> Handler
    ) async {
        let logger = configuration.makeLogger()
        let function = LambdaFunctionEnvironment(environment: configuration.environment)
        var handler: Handler
        do {
            handler = try await makeHandler(LambdaInitializationContext(logger: logger, function: function))
        } catch {
            let report = LambdaErrorReport(error)
            logger.error("handler initialisation failed", metadata: ["errorType": .string(report.errorType), "errorMessage": .string(report.errorMessage)])
            do {
                try api.sendInitError(report)
            } catch {
                logger.error("could not report the initialisation error", metadata: ["error": .string("\(error)")])
            }
            configuration.exit(1)
            return
        }
        var served = 0
        while configuration.maxInvocations.map({ served < $0 }) ?? true {
            let invocation: LambdaInvocation
            do {
                invocation = try api.next()
            } catch {
                logger.critical("could not fetch the next invocation", metadata: ["error": .string("\(error)")])
                configuration.exit(1)
                return
            }
            served += 1
            do {
                try await serve(invocation, with: &handler, api: api, function: function, logger: logger, configuration: configuration)
            } catch {
                logger.critical("could not post the invocation's result", metadata: ["error": .string("\(error)"), "requestId": .string(invocation.requestId)])
                configuration.exit(1)
                return
            }
        }
    }

    /// Serves one invocation; throws only when posting the outcome to the runtime API fails.
    private static func serve<Handler: LambdaByteHandler>(
        _ invocation: LambdaInvocation, with handler: inout Handler, api: any LambdaRuntimeAPI,
        function: LambdaFunctionEnvironment, logger: Logger, configuration: LambdaRuntimeConfiguration
    ) async throws {
        configuration.setTraceId(invocation.traceId)
        let context = LambdaContext.make(for: invocation, function: function, logger: logger, now: configuration.now)
        let report: LambdaErrorReport
        do {
            let body = try await handler.handle(invocation.event, context: context)
            guard body.count > maximumResponseSize else {
                try api.sendResponse(requestId: invocation.requestId, body: body)
                return
            }
            report = LambdaErrorReport(
                errorType: "Function.ResponseSizeTooLarge",
                errorMessage: "Response payload size (\(body.count) bytes) exceeded maximum allowed payload size (\(maximumResponseSize) bytes)."
            )
        } catch {
            report = LambdaErrorReport(error)
        }
        context.logger.error("invocation failed", metadata: ["errorType": .string(report.errorType), "errorMessage": .string(report.errorMessage)])
        try api.sendError(requestId: invocation.requestId, error: report)
    }
}
