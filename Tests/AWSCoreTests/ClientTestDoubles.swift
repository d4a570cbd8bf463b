import Foundation
import Synchronization
@testable import AWSCore

/// A transport that records every request and answers from a script (the last answer repeats).
final class ScriptedTransport: HTTPTransport {
    private let state: Mutex<(requests: [HTTPRequest], answers: [Result<HTTPResponse, TransportError>])>

    init(_ answers: [Result<HTTPResponse, TransportError>]) { state = Mutex(([], answers)) }
    convenience init(_ responses: HTTPResponse...) { self.init(responses.map { .success($0) }) }

    var requests: [HTTPRequest] { state.withLock { $0.requests } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let answer: Result<HTTPResponse, TransportError> = state.withLock { state in
            state.requests.append(request)
            return state.answers.count > 1 ? state.answers.removeFirst() : state.answers[0]
        }
        return try answer.get()
    }
}

/// A stopped clock that records the sleeps asked of it.
final class RecordingClock: TimeSource {
    let date: Date
    private let sleeps = Mutex<[Double]>([])
    init(date: Date = Date(timeIntervalSince1970: 1_767_225_600)) { self.date = date }
    var recordedSleeps: [Double] { sleeps.withLock { $0 } }
    func now() -> Date { date }
    func sleep(seconds: Double) async throws { sleeps.withLock { $0.append(seconds) } }
}

/// Always the same point in [0, 1).
struct ConstantRandom: RandomSource {
    let value: Double
    func unit() -> Double { value }
}

/// Hands out a different key pair on every call, to show credentials are read per request.
final class RotatingCredentials: CredentialProvider {
    private let counter = Mutex(0)
    func credentials() async throws -> Credentials {
        let n = counter.withLock { value -> Int in
            value += 1
            return value
        }
        return Credentials(accessKeyId: "AKIDROTATE\(n)", secretAccessKey: "secret\(n)")
    }
}
