import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a process's peak resident set (`VmHWM` of `/proc/<pid>/status`, what Lambda reports as Max Memory Used)
/// after every invocation, through one descriptor kept open for the process's life: a `pread` and a byte scan,
/// no open, no string splitting on the warm path.
final class PeakMemoryProbe: @unchecked Sendable {  // @unchecked: `buffer` is only touched under `lock`.
    private let descriptor: Int32
    private let lock = NSLock()
    private var buffer = [UInt8](repeating: 0, count: 8192)

    /// Nil when the process's status cannot be opened (not Linux, or it has gone).
    init?(pid: Int32) {
        let descriptor = open("/proc/\(pid)/status", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The peak in MB, rounded up; nil when it cannot be read.
    func megabytes() -> Int? {
        lock.withLock {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, 0) }
            guard count > 0 else { return nil }
            return Self.peakKilobytes(in: buffer[..<count]).map { Int((Double($0) / 1024).rounded(.up)) }
        }
    }

    /// The number after `VmHWM:` in a status file's bytes.
    static func peakKilobytes(in status: ArraySlice<UInt8>) -> Int? {
        let key = Array("VmHWM:".utf8)
        var index = status.startIndex
        while index + key.count <= status.endIndex {
            if (index == status.startIndex || status[index - 1] == UInt8(ascii: "\n")) && status[index..<index + key.count].elementsEqual(key) {
                var value = 0, seen = false
                var cursor = index + key.count
                while cursor < status.endIndex, status[cursor] != UInt8(ascii: "\n") {
                    let byte = status[cursor]
                    if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                        value = value * 10 + Int(byte - UInt8(ascii: "0"))
                        seen = true
                    } else if seen {
                        break
                    }
                    cursor += 1
                }
                return seen ? value : nil
            }
            index += 1
        }
        return nil
    }
}
