import AWSCore
import Foundation
import StatesLanguage

/// The service integrations mediagen-local runs as Step Functions does: the optimized DynamoDB item actions,
/// `sns:publish`, `sqs:sendMessage`, `states:startExecution` (also `.sync` and `.sync:2`), `mediaconvert:createJob` (also
/// `.sync`) and `aws-sdk:` calls to
/// the awsJson services, sent with our AWS clients to the configured endpoints (moto, the twin, the harness).
public final class ServiceIntegrations: TaskExecutor, @unchecked Sendable {  // @unchecked: `current` is only read and written under `lock`.
    private let lock = NSLock()
    private var current: AWSClientConfiguration?
    /// How often `.sync` tasks ask for the state of the job they started.
    let pollInterval: Duration

    /// - Parameter configuration: region, credentials and endpoints of the calls; set it later with `configure`
    ///   when the endpoints are known only once the platform runs.
    public init(configuration: AWSClientConfiguration? = nil, pollInterval: Duration = .milliseconds(100)) {
        self.current = configuration
        self.pollInterval = pollInterval
    }

    /// Replaces the configuration of every later call.
    public func configure(_ configuration: AWSClientConfiguration) {
        lock.withLock { current = configuration }
    }

    var configuration: AWSClientConfiguration {
        get throws {
            guard let configuration = lock.withLock({ current }) else {
                throw StatesError.taskFailed("mediagen-local has no AWS configuration for service integrations")
            }
            return configuration
        }
    }

    /// What mediagen-local runs, for messages about resources it does not.
    public static let summary =
        "Lambda functions, lambda:invoke, dynamodb:putItem/getItem/updateItem/deleteItem, sns:publish, sqs:sendMessage, "
        + "states:startExecution(.sync, .sync:2), mediaconvert:createJob(.sync) and aws-sdk:<service>:<action> for " + SDKService.all.map(\.name).joined(separator: ", ")

    /// True when `resource` is an integration mediagen-local knows: one it runs, or one it says why it does not.
    public static func recognises(_ resource: String) -> Bool {
        guard let integration = IntegrationResource(resource) else { return false }
        return integration.isSDK || ["dynamodb", "sns", "sqs", "states", "mediaconvert", "lambda"].contains(integration.service)
    }

    /// Why mediagen-local cannot run `resource`, or nil when it can (or when it is not an integration resource).
    public static func problem(with resource: String) -> String? {
        guard let integration = IntegrationResource(resource) else { return nil }
        if integration.isSDK {
            guard SDKService.named(integration.service) != nil else {
                return "aws-sdk:\(integration.service) is not a service mediagen-local calls "
                    + "(it calls \(SDKService.all.map(\.name).sorted().joined(separator: ", ")))"
            }
            if integration.pattern == .sync || integration.pattern == .sync2 {
                return "aws-sdk integrations have no \(integration.pattern.rawValue) pattern"
            }
            return nil
        }
        switch (integration.service, integration.action) {
        case ("dynamodb", "putItem"), ("dynamodb", "getItem"), ("dynamodb", "updateItem"), ("dynamodb", "deleteItem"):
            return integration.pattern == .requestResponse ? nil : "dynamodb:\(integration.action) has only the request-response pattern"
        case ("sns", "publish"), ("sqs", "sendMessage"):
            return integration.pattern == .requestResponse || integration.pattern == .waitForTaskToken
                ? nil : "\(integration.name) has no \(integration.pattern.rawValue) pattern"
        case ("states", "startExecution"):
            return nil
        case ("mediaconvert", "createJob"):
            return integration.pattern == .requestResponse || integration.pattern == .sync
                ? nil : "mediaconvert:createJob has no \(integration.pattern.rawValue) pattern"
        case ("lambda", "invoke"):
            return nil
        default:
            return "\(integration.name) is not an integration mediagen-local runs"
        }
    }

    /// Runs an integration resource; throws `States.TaskFailed` for one it does not run (see `problem(with:)`).
    public func execute(_ task: TaskInvocation) async throws -> JSONValue {
        guard let integration = IntegrationResource(task.resource) else {
            throw StatesError.taskFailed("mediagen-local cannot run the resource \(task.resource)")
        }
        if let problem = Self.problem(with: task.resource) {
            throw StatesError.taskFailed("mediagen-local cannot run the resource \(task.resource): \(problem)")
        }
        if integration.isSDK {
            return try await SDKIntegration(configuration: try configuration).call(integration, task.input)
        }
        switch integration.service {
        case "dynamodb":
            return try await DynamoDBIntegration(configuration: try configuration).call(integration.action, task.input)
        case "sns":
            return try await SNSIntegration(configuration: try configuration).publish(task.input)
        case "sqs":
            return try await SQSIntegration(configuration: try configuration).sendMessage(task.input)
        case "mediaconvert":
            return try await MediaConvertIntegration(configuration: try configuration, pollInterval: pollInterval)
                .createJob(task.input, pattern: integration.pattern)
        case "states":
            return try await StartExecutionIntegration(configuration: try configuration, pollInterval: pollInterval)
                .start(task.input, pattern: integration.pattern)
        default:
            throw StatesError.taskFailed("mediagen-local cannot run the resource \(task.resource)")
        }
    }
}
