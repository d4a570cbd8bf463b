// Cold-start baseline: runtime-baseline-foundation's by-hand loop, entered the way LambdaRuntime is: from an
// async main through a nonisolated async function, so Swift concurrency's cooperative pool starts first. Set
// against runtime-baseline-foundation (synchronous) it prices the async start; against runtime-noop-lean, the
// rest of LambdaRuntime's initialisation.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RawRuntimeAPI

func serveFromThePool() async throws(RawRuntimeAPI.Failure) {
    try RawRuntimeAPI.serve()
}

if getenv("BASELINE_NEVER_SET") != nil {
    print(NumberFormatter.localizedString(from: 1.5, number: .decimal), Locale.current.identifier)
}
do {
    try await serveFromThePool()
} catch {
    print(error)
    exit(1)
}
