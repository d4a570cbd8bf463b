import Foundation

/// A clock tests move by hand, for twin services that take `now`.
final class TwinTestClock: @unchecked Sendable {  // @unchecked: every access to `current` holds `lock`.
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}
