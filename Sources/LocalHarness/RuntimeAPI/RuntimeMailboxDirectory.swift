/// Finds the mailbox of a running function instance for the runtime API server.
public protocol RuntimeMailboxDirectory: Sendable {
    /// The current mailbox of `function`'s instance number `instance`, or nil when there is none.
    func mailbox(function: String, instance: Int) async -> RuntimeMailbox?
}
