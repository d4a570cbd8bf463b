import Foundation

/// The figures of one invocation that Lambda prints in its REPORT line.
public struct InvocationReport: Sendable {
    /// The request id.
    public var requestID: String
    /// Which instance of the function served it.
    public var instance: Int
    /// Time from dispatch to completion.
    public var duration: Duration
    /// The memory size in MB.
    public var memorySize: Int
    /// The process's peak resident memory in MB (`VmHWM`), when it could be read.
    public var maxMemoryUsed: Int?
    /// Exec to first `/next`, on the invocation that started the process.
    public var initDuration: Duration?
    /// The invocation's log as `LogType: Tail` returns it: START, the function's output, END and REPORT,
    /// cut to the last 4 KB.
    public var logTail = Data()

    /// Milliseconds, as a Double.
    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }

    /// The duration rounded up to the next millisecond.
    public var billedMilliseconds: Int { Int(Self.milliseconds(duration).rounded(.up)) }

    /// `START RequestId: … Version: $LATEST`.
    public var startLine: String { "START RequestId: \(requestID) Version: $LATEST" }

    /// `END RequestId: …`.
    public var endLine: String { "END RequestId: \(requestID)" }

    /// The tab-separated REPORT line.
    public var reportLine: String {
        var fields = [
            "REPORT RequestId: \(requestID)",
            "Duration: \(String(format: "%.2f", Self.milliseconds(duration))) ms",
            "Billed Duration: \(billedMilliseconds) ms",
            "Memory Size: \(memorySize) MB",
            "Max Memory Used: \(maxMemoryUsed.map(String.init) ?? "-") MB",
        ]
        if let initDuration {
            fields.append("Init Duration: \(String(format: "%.2f", Self.milliseconds(initDuration))) ms")
        }
        return fields.joined(separator: "\t")
    }
}
