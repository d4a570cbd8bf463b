/// A metric or dimension that CloudWatch Embedded Metric Format would reject.
public struct MetricsError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Sendable, Equatable {
        case emptyName, nameTooLong, tooManyDimensions, tooManyMetrics, reservedName, tooManyValues
    }

    private let code: Code

    private init(_ code: Code) { self.code = code }

    /// A dimension or metric name is empty.
    public static let emptyName = MetricsError(.emptyName)
    /// A dimension or metric name is longer than 255 characters.
    public static let nameTooLong = MetricsError(.nameTooLong)
    /// More than 30 dimensions in one document.
    public static let tooManyDimensions = MetricsError(.tooManyDimensions)
    /// More than 100 metrics in one document.
    public static let tooManyMetrics = MetricsError(.tooManyMetrics)
    /// More than 100 values for one metric in one document.
    public static let tooManyValues = MetricsError(.tooManyValues)
    /// A name collides with `_aws` or with a dimension/metric of the other kind.
    public static let reservedName = MetricsError(.reservedName)

    public var description: String {
        switch code {
        case .emptyName: return "metric and dimension names must not be empty"
        case .nameTooLong: return "metric and dimension names must be at most 255 characters"
        case .tooManyDimensions: return "an EMF document holds at most 30 dimensions"
        case .tooManyMetrics: return "an EMF document holds at most 100 metrics"
        case .tooManyValues: return "an EMF metric holds at most 100 values per document"
        case .reservedName: return "the name is reserved or already used by a dimension or metric"
        }
    }
}
