import Foundation

/// What an executing machine shares with its states: the event recorder, the context object's execution part
/// and the id of the last event on its own path (for `previousEventId`).
final class Scope: Sendable {
    let recorder: EventRecorder
    let context: JSONValue
    let lastEvent: LastEvent

    init(recorder: EventRecorder, context: JSONValue, lastEvent: LastEvent) {
        self.recorder = recorder
        self.context = context
        self.lastEvent = lastEvent
    }

    /// A scope for a branch or iteration, starting after event `previous`.
    func child(previous: Int) -> Scope {
        Scope(recorder: recorder, context: context, lastEvent: LastEvent(previous))
    }

    /// The context object of a state.
    func stateContext(name: String, entered: Date, retryCount: Int, extra: [String: JSONValue] = [:]) -> JSONValue {
        guard case .object(var members) = context else { return context }
        members["State"] = ["Name": .string(name), "EnteredTime": .string(Timestamp.format(entered)), "RetryCount": .int(retryCount)]
        for (key, value) in extra { members[key] = value }
        return .object(members)
    }
}

/// The id of the last event on one path of an execution.
final class LastEvent: @unchecked Sendable {  // @unchecked: `value` is guarded by `lock`.
    private let lock = NSLock()
    private var value: Int

    init(_ value: Int) { self.value = value }

    var id: Int {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
