import Foundation

/// Cold start as the emulator measures Init Duration: from just before exec (`Process.run`) to the runtime's
/// first `GET /next` arriving at the runtime API. Each start gets a fresh emulator, so every sample is a new
/// process; the functions take turns within each round so drift on the shared machine hits all alike.
enum ColdStart {
    /// The samples of each function, in round order (sample i of every function comes from round i).
    static func measure(_ functions: [BenchFunction], starts: Int) async throws -> [String: [Double]] {
        var samples: [String: [Double]] = [:]
        for round in 0..<starts {
            let rotation = round % functions.count
            for function in functions[rotation...] + functions[..<rotation] {
                let harness = try await Harness.start([function.configuration])
                do {
                    let outcome = try await harness.invoke(function.name)
                    guard let initDuration = outcome.report?.initDuration else {
                        throw BenchFailure(description: "\(function.name): no Init Duration")
                    }
                    samples[function.name, default: []].append(initDuration.milliseconds)
                } catch {
                    await harness.stop()
                    throw error
                }
                await harness.stop()
            }
        }
        return samples
    }
}
