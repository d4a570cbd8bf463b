// The no-op function without FoundationNetworking: what LambdaRuntime alone costs at start (it links Foundation
// and swift-log only). Compared with bench/runtime/NoOp, it shows what libcurl and its libraries add.
import Foundation
import LambdaRuntime

let empty = Data("{}".utf8)
await LambdaRuntime.run(rawHandler: { _, _ in empty })
