import Foundation

/// A handler of raw event bytes: the form every other handler is adapted to.
public protocol LambdaByteHandler {
    /// Serves one invocation: the event's bytes in, the response's bytes out.
    mutating func handle(_ event: Data, context: LambdaContext) async throws -> Data
}

/// A typed handler: a `Decodable` event in, an `Encodable` result out (sent as JSON).
public protocol LambdaHandler {
    /// The event type, decoded from the invocation's JSON.
    associatedtype Event: Decodable
    /// The result type, encoded as the response's JSON.
    associatedtype Output: Encodable
    /// Serves one invocation.
    func handle(_ event: Event, context: LambdaContext) async throws -> Output
}

/// A typed handler with no result: the response body is empty.
public protocol LambdaVoidHandler {
    /// The event type, decoded from the invocation's JSON.
    associatedtype Event: Decodable
    /// Serves one invocation.
    func handle(_ event: Event, context: LambdaContext) async throws
}

/// A raw handler made of a closure.
public struct LambdaClosureByteHandler: LambdaByteHandler {
    private let body: (Data, LambdaContext) async throws -> Data
    /// Wraps `body`.
    public init(_ body: @escaping (Data, LambdaContext) async throws -> Data) { self.body = body }
    public func handle(_ event: Data, context: LambdaContext) async throws -> Data { try await body(event, context) }
}

/// A typed handler made of a closure.
public struct LambdaClosureHandler<Event: Decodable, Output: Encodable>: LambdaHandler {
    private let body: (Event, LambdaContext) async throws -> Output
    /// Wraps `body`.
    public init(_ body: @escaping (Event, LambdaContext) async throws -> Output) { self.body = body }
    public func handle(_ event: Event, context: LambdaContext) async throws -> Output { try await body(event, context) }
}

/// A typed handler with no result, made of a closure.
public struct LambdaClosureVoidHandler<Event: Decodable>: LambdaVoidHandler {
    private let body: (Event, LambdaContext) async throws -> Void
    /// Wraps `body`.
    public init(_ body: @escaping (Event, LambdaContext) async throws -> Void) { self.body = body }
    public func handle(_ event: Event, context: LambdaContext) async throws { try await body(event, context) }
}

/// Adapts a typed handler to bytes: decodes the event, encodes the result.
struct LambdaCodableAdapter<Handler: LambdaHandler>: LambdaByteHandler {
    let handler: Handler
    let decoder = JSONDecoder()
    let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return encoder
    }()

    func handle(_ event: Data, context: LambdaContext) async throws -> Data {
        let decoded = try LambdaEventDecodingError.decode(Handler.Event.self, from: event, with: decoder)
        return try encoder.encode(try await handler.handle(decoded, context: context))
    }
}

/// Adapts a typed handler with no result to bytes.
struct LambdaVoidAdapter<Handler: LambdaVoidHandler>: LambdaByteHandler {
    let handler: Handler
    let decoder = JSONDecoder()

    func handle(_ event: Data, context: LambdaContext) async throws -> Data {
        let decoded = try LambdaEventDecodingError.decode(Handler.Event.self, from: event, with: decoder)
        try await handler.handle(decoded, context: context)
        return Data()
    }
}
