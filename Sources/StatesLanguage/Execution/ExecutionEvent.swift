import Foundation

/// One history event, shaped like GetExecutionHistory's: `type`, `id`, `previousEventId`, `timestamp` and
/// the type's details object under its own key (`stateEnteredEventDetails`, …).
public struct ExecutionEvent: Sendable, Hashable {
    public let id: Int
    public let previousEventId: Int
    public let timestamp: Date
    public let type: String
    /// The details key (e.g. `taskFailedEventDetails`) and object; nil for events without details.
    public let details: (key: String, value: JSONValue)?

    public static func == (lhs: ExecutionEvent, rhs: ExecutionEvent) -> Bool {
        lhs.id == rhs.id && lhs.type == rhs.type && lhs.details?.key == rhs.details?.key && lhs.details?.value == rhs.details?.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(type)
    }

    /// The event as the API returns it (timestamp in epoch seconds).
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "id": .int(id), "previousEventId": .int(previousEventId), "type": .string(type),
            "timestamp": .double(timestamp.timeIntervalSince1970),
        ]
        if let details { object[details.key] = details.value }
        return .object(object)
    }
}

/// Numbers and keeps an execution's events; shared by its branches and iterations.
public final class EventRecorder: @unchecked Sendable {  // @unchecked: all state is guarded by `lock`.
    private let lock = NSLock()
    private var recorded: [ExecutionEvent] = []
    private let clock: any StatesClock
    private let observer: @Sendable (ExecutionEvent) -> Void

    public init(clock: any StatesClock, observer: @escaping @Sendable (ExecutionEvent) -> Void = { _ in }) {
        self.clock = clock
        self.observer = observer
    }

    /// Records an event after `previous` (0 for the first) and returns its id.
    @discardableResult
    func record(_ type: String, previous: Int, details: (String, JSONValue)? = nil) -> Int {
        lock.lock()
        let event = ExecutionEvent(
            id: recorded.count + 1, previousEventId: previous, timestamp: clock.now(), type: type,
            details: details.map { (key: $0.0, value: $0.1) })
        recorded.append(event)
        lock.unlock()
        observer(event)
        return event.id
    }

    /// Every event so far, in order.
    public var events: [ExecutionEvent] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}
