import Foundation
import Logging
import Synchronization
@testable import LambdaRuntime

/// Builds HTTP API payload 2.0 events for router tests.
enum RouterEvent {
    static func make(
        _ method: String, _ path: String, query: String = "", headers: [String: String] = [:], body: String? = nil,
        base64: Bool = false, stage: String = "$default"
    ) -> APIGatewayV2Request {
        APIGatewayV2Request(
            routeKey: "$default", rawPath: path, rawQueryString: query, headers: headers, body: body, isBase64Encoded: base64,
            requestContext: .init(
                accountId: "123456789012", apiId: "api", domainName: "api.execute-api.eu-west-1.amazonaws.com",
                domainPrefix: "api", http: .init(method: method, path: path, sourceIp: "203.0.113.1", userAgent: "test"),
                requestId: "req-1", stage: stage, time: "01/Jan/2024:00:00:00 +0000", timeEpoch: 1_704_067_200_000
            )
        )
    }
}

/// Keeps the entries of a test logger.
final class LogRecorder: Sendable {
    struct Entry: Sendable { var level: Logger.Level; var message: String; var metadata: Logger.Metadata }
    let entries = Mutex<[Entry]>([])

    /// A logger writing into this recorder.
    var logger: Logger { Logger(label: "test") { _ in RecordingLogHandler(recorder: self) } }
}

/// A log handler that hands what it is given to a `LogRecorder`.
struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let entry = LogRecorder.Entry(level: event.level, message: event.message.description, metadata: event.metadata ?? [:])
        recorder.entries.withLock { $0.append(entry) }
    }
}
