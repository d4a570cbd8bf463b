import Foundation
import Synchronization
@testable import AWSCore

/// Fakes shared by the credential, shared-config and region tests (namespaced to avoid clashes).
enum CredentialFakes {
    /// Files held in memory; paths in `unreadable` throw as a permission error would.
    struct Files: FileContentReader {
        var files: [String: String] = [:]
        var unreadable: Set<String> = []

        func contents(ofFile path: String) throws -> String? {
            if unreadable.contains(path) { throw ConfigError.fileUnreadable(path: path, reason: "permission denied") }
            return files[path]
        }
    }

    /// The requests a fake transport received.
    final class RequestLog: Sendable {
        let requests = Mutex<[HTTPRequest]>([])
        var all: [HTTPRequest] { requests.withLock { $0 } }
    }

    /// Answers every request with one canned response or transport error, recording what it was sent.
    struct Transport: HTTPTransport {
        var result: Result<HTTPResponse, TransportError>
        let log = RequestLog()

        init(status: Int = 200, body: String) {
            self.result = .success(HTTPResponse(status: status, body: Data(body.utf8)))
        }

        init(error: TransportError) {
            self.result = .failure(error)
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            log.requests.withLock { $0.append(request) }
            return try result.get()
        }
    }

    /// A clock that moves only when told to; `sleep` advances it instead of waiting.
    final class Clock: TimeSource {
        private let current: Mutex<Date>

        init(_ start: Date) { current = Mutex(start) }

        func now() -> Date { current.withLock { $0 } }
        func advance(by seconds: Double) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
        func sleep(seconds: Double) async throws { advance(by: seconds) }
    }

    /// Holds callers until opened.
    actor Gate {
        private var isOpen = false
        private var waiters: [CheckedContinuation<Void, Never>] = []

        func wait() async {
            if isOpen { return }
            await withCheckedContinuation { waiters.append($0) }
        }

        func open() {
            isOpen = true
            for waiter in waiters { waiter.resume() }
            waiters.removeAll()
        }
    }

    /// Counts calls; answers with `make(callNumber)`, optionally after waiting at a gate.
    final class CountingProvider: CredentialProvider {
        private let count = Mutex(0)
        private let gate: Gate?
        private let make: @Sendable (Int) throws -> Credentials

        init(gate: Gate? = nil, make: @escaping @Sendable (Int) throws -> Credentials) {
            self.gate = gate
            self.make = make
        }

        var calls: Int { count.withLock { $0 } }

        func credentials() async throws -> Credentials {
            let call = count.withLock { value -> Int in
                value += 1
                return value
            }
            if let gate { await gate.wait() }
            return try make(call)
        }
    }

    /// A provider that always fails with `error`.
    struct FailingProvider: CredentialProvider {
        let error: any Error
        func credentials() async throws -> Credentials { throw error }
    }

    /// Yields until `condition` holds, giving up after `attempts` yields or on cancellation, so a
    /// regression makes the test fail on its assertions instead of hanging.
    static func yield(until condition: () async -> Bool, attempts: Int = 100_000) async {
        for _ in 0..<attempts {
            if await condition() || Task.isCancelled { return }
            await Task.yield()
        }
    }

    /// Static credentials numbered by call: key `AKID<n>`, secret `SECRET<n>`.
    static func numbered(_ call: Int, expiration: Date? = nil) -> Credentials {
        Credentials(accessKeyId: "AKID\(call)", secretAccessKey: "SECRET\(call)", expiration: expiration)
    }
}
