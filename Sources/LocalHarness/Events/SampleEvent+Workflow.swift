import Foundation

/// Events that drive workflows: EventBridge events and Step Functions task inputs.
extension SampleEvent {
    /// An EventBridge event.
    static func eventBridgeEvent(_ options: SampleEventOptions, now: Date) throws -> [String: Any] {
        let resources = (options["resources"] ?? "")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let bad = resources.first(where: { !$0.hasPrefix("arn:") }) {
            throw SampleEventError.invalidOption("resources", value: bad, expected: "comma-separated ARNs")
        }
        return [
            "version": "0",
            "id": uuid(),
            "detail-type": try options.nonEmpty("detail-type"),
            "source": try options.nonEmpty("source"),
            "account": try options.account(),
            "time": isoSeconds(now),
            "region": options.region,
            "resources": resources,
            "detail": try options.object("detail") ?? [:],
        ]
    }

    /// A Step Functions task input for one step of a use case function: `{"step": <step>, …fields}`.
    static func stepTaskInput(_ options: SampleEventOptions) throws -> [String: Any] {
        var input = try options.object("fields") ?? [:]
        if input["step"] != nil {
            throw SampleEventError.invalidOption("fields", value: options["fields"] ?? "", expected: "a JSON object without 'step' (use the step option)")
        }
        input["step"] = try options.nonEmpty("step")
        return input
    }
}
