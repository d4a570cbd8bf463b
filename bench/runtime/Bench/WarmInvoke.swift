import Foundation
import LocalHarness
import RawRuntimeAPI

/// Warm invocations of one function through the emulator, after one cold invocation that is not counted.
enum WarmInvoke {
    struct Direct {
        /// Round trip of `LocalLambda.invoke` (no HTTP in front of the emulator).
        let roundTrip: Statistics
        /// The emulator's own Duration: from handing the event to the runtime's pending `GET /next` to receiving
        /// its `POST …/response` (two HTTP exchanges through Hummingbird plus the runtime's work).
        let dispatch: Statistics
        /// Max Memory Used (VmHWM) after the last invocation, MB.
        let maxMemoryUsed: Int?
    }

    /// `count` invocations through `LocalLambda.invoke`.
    static func direct(_ function: BenchFunction, count: Int) async throws -> Direct {
        let harness = try await Harness.start([function.configuration])
        do {
            _ = try await harness.invoke(function.name)
            var roundTrips: [Double] = [], dispatches: [Double] = []
            roundTrips.reserveCapacity(count)
            dispatches.reserveCapacity(count)
            var memory: Int?
            for _ in 0..<count {
                let began = ContinuousClock.now
                let outcome = try await harness.invoke(function.name)
                roundTrips.append((ContinuousClock.now - began).milliseconds)
                if let report = outcome.report {
                    dispatches.append(report.duration.milliseconds)
                    memory = report.maxMemoryUsed
                }
            }
            await harness.stop()
            return Direct(roundTrip: Statistics(roundTrips), dispatch: Statistics(dispatches), maxMemoryUsed: memory)
        } catch {
            await harness.stop()
            throw error
        }
    }

    /// `count` invocations through the Lambda Invoke API over loopback HTTP/1.1 (one kept-alive connection, a
    /// blocking client on its own thread), as `aws lambda invoke` or boto3 would reach the emulator.
    static func invokeAPI(_ function: BenchFunction, count: Int) async throws -> Statistics {
        let harness = try await Harness.start([function.configuration])
        do {
            _ = try await harness.invoke(function.name)
            let port = UInt16(harness.server.port)
            let samples = try await onThread { () throws(RawRuntimeAPI.Failure) -> [Double] in
                var connection = try RawRuntimeAPI.Connection(host: "127.0.0.1", port: port)
                defer { connection.close() }
                let request = Array("POST /2015-03-31/functions/\(function.name)/invocations HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}".utf8)
                var samples: [Double] = []
                samples.reserveCapacity(count)
                for _ in 0..<count {
                    let began = ContinuousClock.now
                    try connection.write(request)
                    let response = try connection.readResponse()
                    samples.append((ContinuousClock.now - began).milliseconds)
                    guard response.status == 200, response.header("x-amz-function-error") == nil else {
                        throw RawRuntimeAPI.Failure(description: "Invoke API answered \(response.status)")
                    }
                }
                return samples
            }
            await harness.stop()
            return Statistics(samples)
        } catch {
            await harness.stop()
            throw error
        }
    }
}

/// Runs blocking `work` on a new thread (off Swift's cooperative pool, which the emulator needs meanwhile).
func onThread<Value: Sendable, Failure: Error>(_ work: @escaping @Sendable () throws(Failure) -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            do {
                continuation.resume(returning: try work())
            } catch {
                continuation.resume(throwing: error)
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
}
