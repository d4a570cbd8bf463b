import Foundation

/// Task tokens of `.waitForTaskToken` tasks awaiting SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat.
public actor TaskTokenRegistry {
    /// What a waiting task hears.
    enum Signal: Sendable {
        case success(JSONValue)
        case failure(StatesError)
        case heartbeat
    }

    /// The error for a token no task waits for (Step Functions' `TaskDoesNotExist` / `InvalidToken`).
    public struct UnknownToken: Error, CustomStringConvertible, Sendable {
        public let token: String
        public var description: String { "Task Timed Out: 'Provided task does not exist anymore'" }
    }

    private var waiting: [String: AsyncStream<Signal>.Continuation] = [:]

    public init() {}

    /// A fresh token and the stream its callbacks arrive on.
    func register() -> (String, AsyncStream<Signal>) {
        let token = Self.newToken()
        let (stream, continuation) = AsyncStream.makeStream(of: Signal.self)
        waiting[token] = continuation
        return (token, stream)
    }

    func remove(_ token: String) {
        waiting.removeValue(forKey: token)?.finish()
    }

    /// SendTaskSuccess.
    public func succeed(token: String, output: JSONValue) throws {
        guard let continuation = waiting.removeValue(forKey: token) else { throw UnknownToken(token: token) }
        continuation.yield(.success(output))
        continuation.finish()
    }

    /// SendTaskFailure.
    public func fail(token: String, error: String, cause: String) throws {
        guard let continuation = waiting.removeValue(forKey: token) else { throw UnknownToken(token: token) }
        continuation.yield(.failure(StatesError(error: error, cause: cause)))
        continuation.finish()
    }

    /// SendTaskHeartbeat.
    public func heartbeat(token: String) throws {
        guard let continuation = waiting[token] else { throw UnknownToken(token: token) }
        continuation.yield(.heartbeat)
    }

    /// Whether a task waits for `token`.
    public func isWaiting(_ token: String) -> Bool { waiting[token] != nil }

    private static func newToken() -> String {
        var bytes = [UInt8](repeating: 0, count: 96)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255) }
        return Data(bytes).base64EncodedString()
    }
}
