/// One Retry rule of a Task, Parallel or Map state.
public struct Retrier: Sendable, Hashable {
    public enum Jitter: String, Sendable, Hashable { case full = "FULL", none = "NONE" }

    public var errorEquals: [String]
    public var intervalSeconds: Int
    public var maxAttempts: Int
    public var backoffRate: Double
    public var maxDelaySeconds: Int?
    public var jitter: Jitter

    /// The delay before retry number `attempt` (1-based): interval × rate^(attempt-1), capped, with full jitter
    /// drawing uniformly from 0 up to that delay.
    public func delay<G: RandomNumberGenerator>(attempt: Int, using generator: inout G) -> Double {
        var delay = Double(intervalSeconds)
        for _ in 1..<max(attempt, 1) { delay *= backoffRate }
        if let maxDelaySeconds { delay = min(delay, Double(maxDelaySeconds)) }
        if jitter == .full { delay = Double.random(in: 0...delay, using: &generator) }
        return delay
    }
}

/// One Catch rule.
public struct Catcher: Sendable, Hashable {
    public var errorEquals: [String]
    public var resultPath: PathField
    public var next: String
}

/// Whether an error name matches a rule's ErrorEquals as the specification defines: the exact name;
/// `States.ALL` for anything but the terminal `States.Runtime` and `States.DataLimitExceeded`;
/// `States.TaskFailed` for any of those but a timeout; `States.Timeout` also for a heartbeat timeout.
func errorMatches(_ errorEquals: [String], _ error: String) -> Bool {
    let terminal = error == "States.Runtime" || error == "States.DataLimitExceeded"
    let timeout = error == "States.Timeout" || error == "States.HeartbeatTimeout"
    for name in errorEquals {
        if name == error { return true }
        if terminal { continue }
        if name == "States.ALL" { return true }
        if name == "States.TaskFailed" && !timeout { return true }
        if name == "States.Timeout" && error == "States.HeartbeatTimeout" { return true }
    }
    return false
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
