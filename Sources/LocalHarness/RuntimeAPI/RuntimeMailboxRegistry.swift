import Foundation

/// The current mailbox of every running function instance, readable without suspending: the socket runtime API
/// looks its callers up here from its own threads, which must not wait on the concurrency pool (a pool busy
/// with blocked work would otherwise stall every runtime).
public final class RuntimeMailboxRegistry: Sendable {
    private let mailboxes = NSLockedDictionary()

    public init() {}

    /// The mailbox of `function`'s instance `instance`, if it has one.
    public func mailbox(function: String, instance: Int) -> RuntimeMailbox? {
        mailboxes.get(Self.key(function, instance))
    }

    /// Sets (or, with nil, removes) the mailbox of `function`'s instance `instance`.
    public func set(_ mailbox: RuntimeMailbox?, function: String, instance: Int) {
        mailboxes.set(mailbox, for: Self.key(function, instance))
    }

    private static func key(_ function: String, _ instance: Int) -> String { "\(function)/\(instance)" }

    private final class NSLockedDictionary: @unchecked Sendable {  // @unchecked: `values` is only touched under `lock`.
        private let lock = NSLock()
        private var values: [String: RuntimeMailbox] = [:]
        func get(_ key: String) -> RuntimeMailbox? { lock.withLock { values[key] } }
        func set(_ value: RuntimeMailbox?, for key: String) { lock.withLock { values[key] = value } }
    }
}
