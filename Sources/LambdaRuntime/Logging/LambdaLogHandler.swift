import Foundation
import Logging

/// A swift-log handler writing Lambda's log lines: JSON objects (`timestamp`, `level`, `message`, `requestId`,
/// `traceId`, then the metadata) when the format is JSON, tab-separated text otherwise.
public struct LambdaLogHandler: LogHandler {
    /// The handler's own metadata (the context's logger puts `requestId` and `traceId` here).
    public var metadata: Logger.Metadata = [:]
    /// Lines below this level are dropped.
    public var logLevel: Logger.Level
    /// JSON or text.
    public let format: LambdaLogFormat
    private let sink: any LambdaLogSink
    private let now: @Sendable () -> Date

    /// A handler writing to `sink` in `format`, from `level` up, stamping lines with `now`.
    public init(
        format: LambdaLogFormat = .text, level: Logger.Level = .info,
        sink: any LambdaLogSink = StandardOutputLogSink(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.format = format
        self.logLevel = level
        self.sink = sink
        self.now = now
    }

    /// A handler configured from `AWS_LAMBDA_LOG_FORMAT` and `AWS_LAMBDA_LOG_LEVEL`.
    public init(environment: [String: String], sink: any LambdaLogSink = StandardOutputLogSink(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.init(format: LambdaLogFormat(environment: environment), level: Logger.Level(lambdaEnvironment: environment), sink: sink, now: now)
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        let line = format == .json
            ? jsonLine(level: event.level, message: event.message.description, metadata: merged)
            : textLine(level: event.level, message: event.message.description, metadata: merged)
        sink.write(line: line)
    }

    func jsonLine(level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
        var text = "{\"timestamp\":\"" + LambdaTimestamp.iso8601(now()) + "\",\"level\":\"" + level.lambdaName + "\",\"message\":"
        JSONText.appendString(message, to: &text)
        for key in ["requestId", "traceId"] {
            guard let value = metadata[key] else { continue }
            text += ",\"" + key + "\":"
            Self.appendJSON(value, to: &text)
        }
        for key in metadata.keys.sorted() where key != "requestId" && key != "traceId" {
            text += ","
            JSONText.appendString(key, to: &text)
            text += ":"
            Self.appendJSON(metadata[key]!, to: &text)
        }
        return text + "}"
    }

    func textLine(level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
        var text = LambdaTimestamp.iso8601(now()) + "\t"
        text += metadata["requestId"].map { "\($0)" } ?? "-"
        text += "\t" + level.lambdaName + "\t" + message
        for key in metadata.keys.sorted() where key != "requestId" {
            text += " \(key)=\(metadata[key]!)"
        }
        return text.replacingOccurrences(of: "\n", with: "\r")
    }

    private static func appendJSON(_ value: Logger.Metadata.Value, to text: inout String) {
        switch value {
        case .string(let string): JSONText.appendString(string, to: &text)
        case .stringConvertible(let convertible): JSONText.appendString(convertible.description, to: &text)
        case .array(let values):
            text += "["
            for (index, element) in values.enumerated() {
                if index > 0 { text += "," }
                appendJSON(element, to: &text)
            }
            text += "]"
        case .dictionary(let dictionary):
            text += "{"
            for (index, key) in dictionary.keys.sorted().enumerated() {
                if index > 0 { text += "," }
                JSONText.appendString(key, to: &text)
                text += ":"
                appendJSON(dictionary[key]!, to: &text)
            }
            text += "}"
        }
    }
}
