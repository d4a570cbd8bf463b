import Foundation

/// Writes the CLI's own messages: progress to standard output (line-buffered), results to standard output.
enum Console {
    private static let lock = NSLock()

    /// A progress line on standard output, flushed at once so a watching process sees it.
    static func info(_ line: String) {
        write(line + "\n", to: FileHandle.standardOutput)
    }

    /// A line on standard error.
    static func error(_ line: String) {
        write(line + "\n", to: FileHandle.standardError)
    }

    static func write(_ text: String, to handle: FileHandle) {
        lock.lock()
        defer { lock.unlock() }
        handle.write(Data(text.utf8))
    }
}
