import Foundation

/// The runtime API state of one function process: the invocation it may fetch next, the invocation it is
/// running, and who waits for its initialisation and its result.
///
/// One mailbox lives as long as one process: a restarted process gets a fresh mailbox, so nothing a dead
/// process left behind reaches its successor. Whatever settles a wait first (the runtime's post, the
/// process exiting, a timeout) wins; later events for the same wait are ignored.
public actor RuntimeMailbox {
    /// How initialisation ended.
    public enum InitOutcome: Sendable {
        /// The runtime asked for its first invocation.
        case ready
        /// The runtime posted `/runtime/init/error`.
        case failed(FunctionError)
        /// The process exited before it was ready.
        case exited(Int32)
        /// It was not ready in time.
        case timedOut
    }

    /// How a dispatched invocation ended, before the supervisor maps it to an ``InvocationResult``.
    public enum Completion: Sendable {
        case finished(InvocationResult)
        case exited(Int32)
        case timedOut
    }

    private var firstPoll: ContinuousClock.Instant?
    private var initOutcome: InitOutcome?
    private var initWaiter: CheckedContinuation<InitOutcome, Never>?
    private var pollers: [CheckedContinuation<Invocation?, Never>] = []
    private var queued: Invocation?
    private var running: (id: String, continuation: CheckedContinuation<Completion, Never>)?
    private var exitStatus: Int32?

    public init() {}

    /// When the runtime first called `/next` (the end of Init Duration).
    public var firstPollInstant: ContinuousClock.Instant? { firstPoll }

    // MARK: runtime side

    /// `GET /next`: the next invocation, waiting for one; `nil` when the process is being torn down.
    public func next() async -> Invocation? {
        if firstPoll == nil {
            firstPoll = .now
            settleInit(.ready)
        }
        if exitStatus != nil { return nil }
        if let invocation = queued {
            queued = nil
            return invocation
        }
        return await withCheckedContinuation { pollers.append($0) }
    }

    /// `POST /{id}/response` or `/{id}/error`: completes the running invocation; false for an unknown id.
    public func complete(requestID: String, with result: InvocationResult) -> Bool {
        guard let running, running.id == requestID else { return false }
        self.running = nil
        running.continuation.resume(returning: .finished(result))
        return true
    }

    /// `POST /runtime/init/error`.
    public func initFailed(_ error: FunctionError) {
        settleInit(.failed(error))
    }

    // MARK: supervisor side

    /// Waits until the runtime is ready, failed, exited or `timeout` passed.
    public func waitUntilReady(timeout: Duration) async -> InitOutcome {
        if let initOutcome { return initOutcome }
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.settleInit(.timedOut)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            if let initOutcome {
                continuation.resume(returning: initOutcome)
            } else {
                initWaiter = continuation
            }
        }
    }

    /// Hands `invocation` to the runtime and waits for its completion, the process's exit or `timeout`.
    public func run(_ invocation: Invocation, timeout: Duration) async -> Completion {
        if let exitStatus { return .exited(exitStatus) }
        let id = invocation.requestID
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.settleRunning(id: id, .timedOut)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            running = (id, continuation)
            if let poller = pollers.first {
                pollers.removeFirst()
                poller.resume(returning: invocation)
            } else {
                queued = invocation
            }
        }
    }

    /// The process exited with `status`: settles every wait.
    public func processExited(status: Int32) {
        exitStatus = status
        settleInit(.exited(status))
        if let running { settleRunning(id: running.id, .exited(status)) }
        let waiting = pollers
        pollers = []
        for poller in waiting { poller.resume(returning: nil) }
    }

    private func settleInit(_ outcome: InitOutcome) {
        guard initOutcome == nil else { return }
        initOutcome = outcome
        initWaiter?.resume(returning: outcome)
        initWaiter = nil
    }

    private func settleRunning(id: String, _ completion: Completion) {
        guard let running, running.id == id else { return }
        self.running = nil
        queued = nil
        running.continuation.resume(returning: completion)
    }
}
