#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The body of `GET /health`.
struct HealthStatus: Encodable, Sendable {
    var status: String
    var function: String
    var version: String
    var region: String

    /// The region the function runs in (`AWS_REGION`), empty outside Lambda.
    static var region: String { ProcessInfo.processInfo.environment["AWS_REGION"] ?? "" }
}
