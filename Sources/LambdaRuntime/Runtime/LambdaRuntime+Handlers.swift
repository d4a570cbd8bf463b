import Foundation

extension LambdaRuntime {
    /// Runs the loop with a typed handler built by `makeHandler` (called once, before the first invocation).
    public static func run<Handler: LambdaHandler>(
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(),
        makeHandler: (LambdaInitializationContext) async throws -> Handler
    ) async {
        await run(configuration: configuration) { LambdaCodableAdapter(handler: try await makeHandler($0)) }
    }

    /// Runs the loop with a typed handler without a result, built by `makeHandler`.
    public static func run<Handler: LambdaVoidHandler>(
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(),
        makeHandler: (LambdaInitializationContext) async throws -> Handler
    ) async {
        await run(configuration: configuration) { LambdaVoidAdapter(handler: try await makeHandler($0)) }
    }

    /// Runs the loop with a typed handler.
    public static func run<Handler: LambdaHandler>(
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(), handler: Handler
    ) async {
        await run(configuration: configuration) { _ in LambdaCodableAdapter(handler: handler) }
    }

    /// Runs the loop with a typed handler without a result.
    public static func run<Handler: LambdaVoidHandler>(
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(), handler: Handler
    ) async {
        await run(configuration: configuration) { _ in LambdaVoidAdapter(handler: handler) }
    }

    /// Runs the loop with a closure from a `Decodable` event to an `Encodable` result.
    public static func run<Event: Decodable, Output: Encodable>(
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(),
        handler: @escaping (Event, LambdaContext) async throws -> Output
    ) async {
        await run(configuration: configuration, handler: LambdaClosureHandler(handler))
    }

    /// Runs the loop with a closure from a `Decodable` event to no result.
    public static func run<Event: Decodable>(
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(),
        handler: @escaping (Event, LambdaContext) async throws -> Void
    ) async {
        await run(configuration: configuration, handler: LambdaClosureVoidHandler(handler))
    }

    /// Runs the loop with a closure from the event's bytes to the response's bytes.
    public static func run(
        configuration: LambdaRuntimeConfiguration = LambdaRuntimeConfiguration(),
        rawHandler: @escaping (Data, LambdaContext) async throws -> Data
    ) async {
        await run(configuration: configuration) { _ in LambdaClosureByteHandler(rawHandler) }
    }
}
