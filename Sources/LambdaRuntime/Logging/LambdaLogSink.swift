#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where log and metric lines go. `write` receives one whole line without its newline; implementations
/// must keep concurrent lines whole.
public protocol LambdaLogSink: Sendable {
    /// Writes `line` followed by a newline, atomically with respect to other lines.
    func write(line: String)
}

/// Writes lines to standard output, one `write(2)` per line under a lock, so lines never interleave.
public struct StandardOutputLogSink: LambdaLogSink {
    private static let lock = Mutex(())

    /// The standard output sink.
    public init() {}

    public func write(line: String) {
        var bytes = Array(line.utf8)
        bytes.append(10)
        Self.lock.withLock { _ in
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = writeDescriptor(1, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return
                    }
                    offset += written
                }
            }
        }
    }
}

@inline(__always)
private func writeDescriptor(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, pointer, count)
}

/// Keeps lines in memory (tests, or callers that forward them elsewhere).
public final class CollectingLogSink: LambdaLogSink {
    private let storage = Mutex<[String]>([])

    /// An empty sink.
    public init() {}

    public func write(line: String) { storage.withLock { $0.append(line) } }

    /// The lines written so far.
    public var lines: [String] { storage.withLock { $0 } }
}
