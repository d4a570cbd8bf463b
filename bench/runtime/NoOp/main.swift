// The no-op function of the runtime benchmark: our LambdaRuntime loop answering every event with `{}`. It links
// FoundationNetworking like every handler that calls AWS through AWSCore (referenced behind a branch that never
// runs), so its cold start compares with bench/runtime/Baseline, which links the same libraries.
import Foundation
import FoundationNetworking
import LambdaRuntime

if ProcessInfo.processInfo.environment["BASELINE_NEVER_SET"] != nil {
    print(URLSession.shared.configuration.timeoutIntervalForRequest)
}
let empty = Data("{}".utf8)
await LambdaRuntime.run(rawHandler: { _, _ in empty })
