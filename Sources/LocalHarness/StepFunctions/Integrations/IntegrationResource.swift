/// A service-integration Task resource, `arn:aws:states:::<service>:<action>[.<pattern>]` or
/// `arn:aws:states:::aws-sdk:<service>:<action>[.<pattern>]`, split into its parts.
public struct IntegrationResource: Sendable, Equatable {
    /// How Step Functions waits for the call: answer at once, until the job ends, or until a task token returns.
    public enum Pattern: String, Sendable, Equatable {
        case requestResponse = ""
        case sync = ".sync"
        case sync2 = ".sync:2"
        case waitForTaskToken = ".waitForTaskToken"
    }

    /// `dynamodb`, `sns`, `sqs`, `states`, `mediaconvert`, … (for aws-sdk: the SDK's service name, e.g. `sfn`).
    public let service: String
    /// The action as written, e.g. `putItem`, `startExecution`.
    public let action: String
    public let pattern: Pattern
    /// True for `aws-sdk:` resources.
    public let isSDK: Bool

    /// Nil when `resource` is not a `arn:aws:states:::` integration (a function ARN, an activity, …).
    public init?(_ resource: String) {
        let prefix = "arn:aws:states:::"
        guard resource.hasPrefix(prefix) else { return nil }
        var rest = String(resource.dropFirst(prefix.count))
        var pattern = Pattern.requestResponse
        for candidate in [Pattern.sync2, .sync, .waitForTaskToken] where rest.hasSuffix(candidate.rawValue) {
            pattern = candidate
            rest = String(rest.dropLast(candidate.rawValue.count))
            break
        }
        var parts = rest.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let isSDK = parts.first == "aws-sdk"
        if isSDK { parts.removeFirst() }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.service = parts[0]
        self.action = parts[1]
        self.pattern = pattern
        self.isSDK = isSDK
    }

    /// `service:action` as the guide names the integration, e.g. `dynamodb:putItem`, `aws-sdk:sfn:startExecution`.
    public var name: String { (isSDK ? "aws-sdk:" : "") + "\(service):\(action)" }
}
