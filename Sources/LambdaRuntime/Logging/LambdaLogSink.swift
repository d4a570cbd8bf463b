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

/// Writes lines to standard output (or another descriptor), one `write(2)` per line under a process-wide lock,
/// so lines never interleave.
public struct StandardOutputLogSink: LambdaLogSink {
    private static let lock = Mutex(())
    private let fileDescriptor: Int32

    /// A sink writing to `fileDescriptor` (standard output unless told otherwise).
    public init(fileDescriptor: Int32 = 1) { self.fileDescriptor = fileDescriptor }

    public func write(line: String) {
        var bytes = Array(line.utf8)
        bytes.append(10)
        Self.lock.withLock { _ in
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = writeDescriptor(fileDescriptor, buffer.baseAddress! + offset, buffer.count - offset)
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
