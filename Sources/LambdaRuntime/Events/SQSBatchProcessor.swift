import Logging

/// Runs a closure on each message of an SQS batch and reports the ones that threw as a partial batch
/// failure response.
public struct SQSBatchProcessor: Sendable {
    /// How the messages of a batch are processed.
    public struct Ordering: Sendable, Equatable {
        enum Mode: Equatable { case concurrent(Int), inOrder(stopAtFirstFailure: Bool) }
        let mode: Mode

        /// At most `maxConcurrency` messages at a time (standard queues).
        public static func concurrent(maxConcurrency: Int = 10) -> Ordering {
            Ordering(mode: .concurrent(max(1, maxConcurrency)))
        }

        /// One message after another in batch order. With `stopAtFirstFailure` (the default, and what a
        /// FIFO queue needs to keep its order), the first failure also fails every later message unprocessed.
        public static func inOrder(stopAtFirstFailure: Bool = true) -> Ordering {
            Ordering(mode: .inOrder(stopAtFirstFailure: stopAtFirstFailure))
        }
    }

    /// How messages are processed.
    public var ordering: Ordering
    /// Where failures are logged (message id and error in metadata); nothing is logged without one.
    public var logger: Logger?

    /// Creates a processor.
    public init(ordering: Ordering = .concurrent(), logger: Logger? = nil) {
        self.ordering = ordering
        self.logger = logger
    }

    /// Processes every message of `event` with `body`; a message whose closure throws is listed in the
    /// response, in batch order.
    public func process(
        _ event: SQSEvent, _ body: @escaping @Sendable (SQSEvent.Message) async throws -> Void
    ) async -> SQSBatchResponse {
        var failed = [Bool](repeating: false, count: event.records.count)
        switch ordering.mode {
        case .inOrder(let stopAtFirstFailure):
            for (index, message) in event.records.enumerated() {
                if await !run(message, body) {
                    failed[index] = true
                    if stopAtFirstFailure {
                        for later in index..<event.records.count { failed[later] = true }
                        break
                    }
                }
            }
        case .concurrent(let limit):
            await withTaskGroup(of: (Int, Bool).self) { group in
                var next = 0
                func addNext() {
                    let index = next, message = event.records[index]
                    group.addTask { (index, await run(message, body)) }
                    next += 1
                }
                while next < min(limit, event.records.count) { addNext() }
                while let (index, succeeded) = await group.next() {
                    failed[index] = !succeeded
                    if next < event.records.count { addNext() }
                }
            }
        }
        let ids = zip(event.records, failed).filter(\.1).map(\.0.messageId)
        return SQSBatchResponse(failedMessageIds: ids)
    }

    private func run(
        _ message: SQSEvent.Message, _ body: @Sendable (SQSEvent.Message) async throws -> Void
    ) async -> Bool {
        do {
            try await body(message)
            return true
        } catch {
            logger?.error("SQS message failed", metadata: ["messageId": "\(message.messageId)", "error": "\(error)"])
            return false
        }
    }
}
