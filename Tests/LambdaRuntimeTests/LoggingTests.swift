import Foundation
import Logging
import Testing
@testable import LambdaRuntime

@Suite("Lambda log lines")
struct LoggingTests {
    private static let fixed = Date(timeIntervalSince1970: 1_700_000_000.123)

    private func logger(_ environment: [String: String], sink: CollectingLogSink) -> Logger {
        var logger = Logger(label: "test") { _ in LambdaLogHandler(environment: environment, sink: sink, now: { Self.fixed }) }
        logger[metadataKey: "requestId"] = "req-1"
        logger[metadataKey: "traceId"] = "Root=1-abc"
        return logger
    }

    @Test("JSON format writes timestamp, level, message, requestId, traceId, then sorted metadata, one object a line")
    func jsonLine() throws {
        let sink = CollectingLogSink()
        logger(["AWS_LAMBDA_LOG_FORMAT": "JSON"], sink: sink).warning(
            "job \"started\"\n", metadata: ["jobId": "j-1", "attempt": .stringConvertible(2), "tags": ["a", "b"], "more": ["k": "v"]])
        #expect(sink.lines == [
            #"{"timestamp":"2023-11-14T22:13:20.123Z","level":"WARN","message":"job \"started\"\n","requestId":"req-1","traceId":"Root=1-abc","attempt":"2","jobId":"j-1","more":{"k":"v"},"tags":["a","b"]}"#,
        ])
        let object = try JSONSerialization.jsonObject(with: Data(sink.lines[0].utf8)) as? [String: Any]
        #expect(object?["message"] as? String == "job \"started\"\n")
    }

    @Test("text format writes timestamp, requestId, level and message separated by tabs, then metadata")
    func textLine() {
        let sink = CollectingLogSink()
        logger([:], sink: sink).info("job started", metadata: ["jobId": "j-1"])
        #expect(sink.lines == ["2023-11-14T22:13:20.123Z\treq-1\tINFO\tjob started jobId=j-1 traceId=Root=1-abc"])
    }

    @Test("levels are written as Lambda names them")
    func levelNames() {
        let sink = CollectingLogSink()
        let logger = logger(["AWS_LAMBDA_LOG_FORMAT": "json", "AWS_LAMBDA_LOG_LEVEL": "TRACE"], sink: sink)
        for level in Logger.Level.allCases { logger.log(level: level, "x") }
        let levels = sink.lines.map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["level"] as? String ?? "?"
        }
        #expect(levels == ["TRACE", "DEBUG", "INFO", "INFO", "WARN", "ERROR", "FATAL"])
    }

    @Test("AWS_LAMBDA_LOG_LEVEL filters lines below it, and INFO is the default")
    func levelFiltering() {
        let sink = CollectingLogSink()
        let warnOnly = logger(["AWS_LAMBDA_LOG_LEVEL": "WARN"], sink: sink)
        warnOnly.debug("d")
        warnOnly.info("i")
        warnOnly.warning("w")
        warnOnly.error("e")
        #expect(sink.lines.map { $0.split(separator: "\t")[2] } == ["WARN", "ERROR"])
        let defaults = CollectingLogSink()
        let plain = logger([:], sink: defaults)
        plain.debug("d")
        plain.info("i")
        #expect(defaults.lines.count == 1)
        #expect(Logger.Level(lambdaEnvironment: ["AWS_LAMBDA_LOG_LEVEL": "fatal"]) == .critical)
        #expect(Logger.Level(lambdaEnvironment: ["AWS_LAMBDA_LOG_LEVEL": "nonsense"]) == .info)
    }

    @Test("timestamps are ISO 8601 UTC with milliseconds")
    func timestamps() {
        #expect(LambdaTimestamp.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(LambdaTimestamp.iso8601(Date(timeIntervalSince1970: 951_782_400.5)) == "2000-02-29T00:00:00.500Z")
        #expect(LambdaTimestamp.iso8601(Date(timeIntervalSince1970: 1_700_000_000.999)) == "2023-11-14T22:13:20.999Z")
    }

    @Test("concurrent loggers writing to one descriptor produce whole lines only")
    func concurrentWholeLines() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lambda-log-\(UUID().uuidString)").path
        let fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        try #require(fd >= 0)
        defer { unlink(path) }
        let sink = StandardOutputLogSink(fileDescriptor: fd)
        let payload = String(repeating: "x", count: 5000)
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    let logger = Logger(label: "t") { _ in LambdaLogHandler(format: .json, sink: sink) }
                    for index in 0..<50 { logger.info("line", metadata: ["task": "\(task)", "index": "\(index)", "payload": "\(payload)"]) }
                }
            }
        }
        close(fd)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 400)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }
}
