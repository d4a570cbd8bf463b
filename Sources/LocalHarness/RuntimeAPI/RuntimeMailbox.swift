import Foundation

/// The runtime API state of one function process: the invocation it may fetch next, the invocation it is
/// running, and who waits for its initialisation and its result.
///
/// One mailbox lives as long as one process: a restarted process gets a fresh mailbox, so nothing a dead
/// process left behind reaches its successor. Whatever settles a wait first (the runtime's post, the
/// process exiting, a timeout) wins; later events for the same wait are ignored.
///
/// The runtime side can be served from a blocking thread (``nextBlocking()``, as ``SocketRuntimeAPIServer``
/// does, with no hop through the concurrency pool) or from async code (``next()``, as the Hummingbird routes do).
public final class RuntimeMailbox: @unchecked Sendable {  // @unchecked: every stored property is only touched while holding `condition`.
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

    private let condition = NSCondition()
    private var firstPoll: ContinuousClock.Instant?
    private var initOutcome: InitOutcome?
    private var initWaiter: CheckedContinuation<InitOutcome, Never>?
    private var pollers: [CheckedContinuation<Invocation?, Never>] = []
    private var blockedPollers = 0
    private var queued: Invocation?
    private var running: (id: String, continuation: CheckedContinuation<Completion, Never>)?
    private var exitStatus: Int32?

    public init() {}

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }

    /// When the runtime first called `/next` (the end of Init Duration).
    public var firstPollInstant: ContinuousClock.Instant? { locked { firstPoll } }

    // MARK: runtime side

    /// `GET /next` from a thread that may block: the next invocation, waiting for one; `nil` when the process is
    /// being torn down.
    public func nextBlocking() -> Invocation? {
        condition.lock()
        defer { condition.unlock() }
        notePoll()
        while true {
            if exitStatus != nil { return nil }
            if let invocation = queued {
                queued = nil
                return invocation
            }
            blockedPollers += 1
            condition.wait()
            blockedPollers -= 1
        }
    }

    /// `GET /next` from async code: the next invocation, waiting for one; `nil` when the process is being torn down.
    public func next() async -> Invocation? {
        await withCheckedContinuation { continuation in
            locked {
                notePoll()
                if exitStatus != nil {
                    continuation.resume(returning: nil)
                } else if let invocation = queued {
                    queued = nil
                    continuation.resume(returning: invocation)
                } else {
                    pollers.append(continuation)
                }
            }
        }
    }

    /// `POST /{id}/response` or `/{id}/error`: completes the running invocation; false for an unknown id.
    public func complete(requestID: String, with result: InvocationResult) -> Bool {
        locked {
            guard let running, running.id == requestID else { return false }
            self.running = nil
            running.continuation.resume(returning: .finished(result))
            return true
        }
    }

    /// `POST /runtime/init/error`.
    public func initFailed(_ error: FunctionError) {
        locked { settleInit(.failed(error)) }
    }

    // MARK: supervisor side

    /// Waits until the runtime is ready, failed, exited or `timeout` passed.
    public func waitUntilReady(timeout: Duration) async -> InitOutcome {
        if let initOutcome = locked({ initOutcome }) { return initOutcome }
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            self?.locked { self?.settleInit(.timedOut) }
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            locked {
                if let initOutcome {
                    continuation.resume(returning: initOutcome)
                } else {
                    initWaiter = continuation
                }
            }
        }
    }

    /// Hands `invocation` to the runtime and waits for its completion, the process's exit or `timeout`.
    public func run(_ invocation: Invocation, timeout: Duration) async -> Completion {
        if let exitStatus = locked({ exitStatus }) { return .exited(exitStatus) }
        let id = invocation.requestID
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            self?.settleRunning(id: id, .timedOut)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            locked {
                if let exitStatus {
                    continuation.resume(returning: .exited(exitStatus))
                    return
                }
                running = (id, continuation)
                if !pollers.isEmpty {
                    pollers.removeFirst().resume(returning: invocation)
                } else {
                    queued = invocation
                    if blockedPollers > 0 { condition.signal() }
                }
            }
        }
    }

    /// The process exited with `status`: settles every wait.
    public func processExited(status: Int32) {
        locked {
            exitStatus = status
            settleInit(.exited(status))
            if let running {
                self.running = nil
                queued = nil
                running.continuation.resume(returning: .exited(status))
            }
            let waiting = pollers
            pollers = []
            for poller in waiting { poller.resume(returning: nil) }
            condition.broadcast()
        }
    }

    // MARK: private, called with the lock held

    private func notePoll() {
        if firstPoll == nil {
            firstPoll = .now
            settleInit(.ready)
        }
    }

    private func settleInit(_ outcome: InitOutcome) {
        guard initOutcome == nil else { return }
        initOutcome = outcome
        initWaiter?.resume(returning: outcome)
        initWaiter = nil
    }

    private func settleRunning(id: String, _ completion: Completion) {
        locked {
            guard let running, running.id == id else { return }
            self.running = nil
            queued = nil
            running.continuation.resume(returning: completion)
        }
    }
}
