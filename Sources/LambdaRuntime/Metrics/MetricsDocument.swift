import Foundation

/// Collects metrics for CloudWatch Embedded Metric Format and writes them as one JSON line per flush:
/// `{"_aws":{"Timestamp":ms,"CloudWatchMetrics":[{"Namespace","Dimensions":[[names]],"Metrics":[{"Name","Unit"}]}]},
/// dimension values…, metric values…}`.
public struct MetricsDocument: Sendable {
    /// Dimension and metric names may be at most this long.
    public static let maximumNameLength = 255
    /// At most this many dimensions per document.
    public static let maximumDimensions = 30
    /// At most this many metrics per document.
    public static let maximumMetrics = 100

    /// The CloudWatch namespace.
    public let namespace: String
    private var dimensions: [(name: String, value: String)] = []
    private var metrics: [(name: String, unit: MetricUnit, values: [Double])] = []

    /// An empty document for `namespace`.
    public init(namespace: String) { self.namespace = namespace }

    /// Sets dimension `name` to `value` (replacing an earlier value); kept across flushes.
    public mutating func setDimension(_ name: String, _ value: String) throws(MetricsError) {
        try Self.validate(name)
        if let index = dimensions.firstIndex(where: { $0.name == name }) {
            dimensions[index].value = value
            return
        }
        guard !metrics.contains(where: { $0.name == name }) else { throw .reservedName }
        guard dimensions.count < Self.maximumDimensions else { throw .tooManyDimensions }
        dimensions.append((name, value))
    }

    /// Records `value` for metric `name`; several values for one name become an array.
    public mutating func put(_ name: String, _ value: Double, unit: MetricUnit = .none) throws(MetricsError) {
        try Self.validate(name)
        if let index = metrics.firstIndex(where: { $0.name == name }) {
            guard metrics[index].values.count < 100 else { throw .tooManyValues }
            metrics[index].values.append(value)
            return
        }
        guard !dimensions.contains(where: { $0.name == name }) else { throw .reservedName }
        guard metrics.count < Self.maximumMetrics else { throw .tooManyMetrics }
        metrics.append((name, unit, [value]))
    }

    /// True when no metric is waiting to be flushed.
    public var isEmpty: Bool { metrics.isEmpty }

    /// The document as one JSON line stamped `timestamp`.
    public func jsonLine(timestamp: Date) -> String {
        var text = "{\"_aws\":{\"Timestamp\":" + String(Int64((timestamp.timeIntervalSince1970 * 1000).rounded(.down)))
        text += ",\"CloudWatchMetrics\":[{\"Namespace\":"
        JSONText.appendString(namespace, to: &text)
        text += ",\"Dimensions\":[["
        for (index, dimension) in dimensions.enumerated() {
            if index > 0 { text += "," }
            JSONText.appendString(dimension.name, to: &text)
        }
        text += "]],\"Metrics\":["
        for (index, metric) in metrics.enumerated() {
            if index > 0 { text += "," }
            text += "{\"Name\":"
            JSONText.appendString(metric.name, to: &text)
            text += ",\"Unit\":\"" + metric.unit.rawValue + "\"}"
        }
        text += "]}]}"
        for dimension in dimensions {
            text += ","
            JSONText.appendString(dimension.name, to: &text)
            text += ":"
            JSONText.appendString(dimension.value, to: &text)
        }
        for metric in metrics {
            text += ","
            JSONText.appendString(metric.name, to: &text)
            text += ":"
            if metric.values.count == 1 {
                JSONText.appendNumber(metric.values[0], to: &text)
            } else {
                text += "["
                for (index, value) in metric.values.enumerated() {
                    if index > 0 { text += "," }
                    JSONText.appendNumber(value, to: &text)
                }
                text += "]"
            }
        }
        return text + "}"
    }

    /// Writes the document to `sink` as one line (nothing when empty) and clears the metrics; dimensions stay.
    public mutating func flush(to sink: any LambdaLogSink = StandardOutputLogSink(), now: Date = Date()) {
        guard !metrics.isEmpty else { return }
        sink.write(line: jsonLine(timestamp: now))
        metrics.removeAll()
    }

    private static func validate(_ name: String) throws(MetricsError) {
        guard !name.isEmpty else { throw .emptyName }
        guard name.count <= maximumNameLength else { throw .nameTooLong }
        guard name != "_aws" else { throw .reservedName }
    }
}
