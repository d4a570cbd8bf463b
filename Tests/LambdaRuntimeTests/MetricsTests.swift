import Foundation
import Testing
@testable import LambdaRuntime

@Suite("CloudWatch Embedded Metric Format documents")
struct MetricsTests {
    @Test("a flush writes one EMF JSON line with _aws metadata, dimension values and metric values at the top level")
    func documentShape() throws {
        var document = MetricsDocument(namespace: "MediaGenAI")
        try document.setDimension("Service", "Subtitle")
        try document.setDimension("Step", "transcribe")
        try document.put("Latency", 12.5, unit: .milliseconds)
        try document.put("Jobs", 1, unit: .count)
        try document.put("Latency", 20, unit: .milliseconds)
        let sink = CollectingLogSink()
        document.flush(to: sink, now: Date(timeIntervalSince1970: 1_700_000_000.123))
        #expect(sink.lines == [
            #"{"_aws":{"Timestamp":1700000000123,"CloudWatchMetrics":[{"Namespace":"MediaGenAI","Dimensions":[["Service","Step"]],"Metrics":[{"Name":"Latency","Unit":"Milliseconds"},{"Name":"Jobs","Unit":"Count"}]}]},"Service":"Subtitle","Step":"transcribe","Latency":[12.5,20],"Jobs":1}"#,
        ])
        #expect(document.isEmpty)
        document.flush(to: sink)
        #expect(sink.lines.count == 1)
        try document.put("Jobs", 2, unit: .count)
        document.flush(to: sink, now: Date(timeIntervalSince1970: 1))
        #expect(sink.lines.last == #"{"_aws":{"Timestamp":1000,"CloudWatchMetrics":[{"Namespace":"MediaGenAI","Dimensions":[["Service","Step"]],"Metrics":[{"Name":"Jobs","Unit":"Count"}]}]},"Service":"Subtitle","Step":"transcribe","Jobs":2}"#)
    }

    @Test("names must be non-empty and at most 255 characters")
    func nameValidation() throws {
        var document = MetricsDocument(namespace: "N")
        #expect(throws: MetricsError.emptyName) { try document.put("", 1) }
        #expect(throws: MetricsError.emptyName) { try document.setDimension("", "v") }
        #expect(throws: MetricsError.nameTooLong) { try document.put(String(repeating: "m", count: 256), 1) }
        #expect(throws: MetricsError.nameTooLong) { try document.setDimension(String(repeating: "d", count: 256), "v") }
        try document.put(String(repeating: "m", count: 255), 1)
        try document.setDimension("Service", "S")
        #expect(throws: MetricsError.reservedName) { try document.put("Service", 1) }
    }

    @Test("a document holds at most 30 dimensions and 100 metrics")
    func limits() throws {
        var document = MetricsDocument(namespace: "N")
        for index in 0..<30 { try document.setDimension("d\(index)", "v") }
        #expect(throws: MetricsError.tooManyDimensions) { try document.setDimension("d30", "v") }
        try document.setDimension("d0", "replaced")
        for index in 0..<100 { try document.put("m\(index)", Double(index)) }
        #expect(throws: MetricsError.tooManyMetrics) { try document.put("m100", 1) }
        try document.put("m0", 2)
    }

    @Test("the document is valid JSON and escapes names and values")
    func escaping() throws {
        var document = MetricsDocument(namespace: "Name \"quoted\"")
        try document.setDimension("Path", "a\\b")
        try document.put("Ratio", 0.25, unit: .percent)
        let line = document.jsonLine(timestamp: Date(timeIntervalSince1970: 0))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["Path"] as? String == "a\\b")
        #expect(object["Ratio"] as? Double == 0.25)
        let aws = try #require(object["_aws"] as? [String: Any])
        let directive = try #require((aws["CloudWatchMetrics"] as? [[String: Any]])?.first)
        #expect(directive["Namespace"] as? String == "Name \"quoted\"")
    }
}
