import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A function process's stdout and stderr: passed through to the emulator's own, and the last bytes written
/// since the current invocation began kept for `LogType: Tail` (as Lambda keeps the last 4 KB).
final class FunctionOutput: @unchecked Sendable {  // @unchecked: `recent` is only touched under `lock`.
    /// How many bytes of output an invocation keeps.
    static let limit = 4096

    /// The pipe to give the process as its stdout.
    let standardOutput = Pipe()
    /// The pipe to give the process as its stderr.
    let standardError = Pipe()
    private let lock = NSLock()
    private var recent: [UInt8] = []

    /// - Parameter standardOutputTarget: where the process's stdout is passed on (its stderr always goes to ours).
    init(standardOutputTarget: FileHandle = .standardOutput) {
        for (pipe, target) in [(standardOutput, standardOutputTarget), (standardError, FileHandle.standardError)] {
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                if data.isEmpty {
                    handle.readabilityHandler = nil
                    return
                }
                self?.keep(data)
                try? target.write(contentsOf: data)
            }
        }
    }

    private func keep(_ data: Data) {
        lock.withLock {
            recent.append(contentsOf: data)
            if recent.count > Self.limit { recent.removeFirst(recent.count - Self.limit) }
        }
    }

    /// Forgets earlier output: an invocation begins.
    func begin() {
        lock.withLock { recent.removeAll(keepingCapacity: true) }
    }

    /// The output since ``begin()``, after waiting (at most `grace`) for bytes still in the pipes.
    func sinceBegin(grace: Duration = .milliseconds(200)) async -> [UInt8] {
        let deadline = ContinuousClock.now + grace
        while pending > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(1))
        }
        return lock.withLock { recent }
    }

    /// Bytes written to the pipes and not yet read.
    private var pending: Int32 {
        var total: Int32 = 0
        for pipe in [standardOutput, standardError] {
            var count: Int32 = 0
            if ioctl(pipe.fileHandleForReading.fileDescriptor, UInt(FIONREAD), &count) == 0 { total += count }
        }
        return total
    }

    /// Stops reading (the process is gone).
    func close() {
        for pipe in [standardOutput, standardError] {
            pipe.fileHandleForReading.readabilityHandler = nil
            try? pipe.fileHandleForReading.close()
        }
    }
}
