/// An error whose `errorType` is reported to Lambda (the `errorType` of the invocation error), where a
/// Step Functions `Retry` or `Catch` can match it by name.
public protocol ErrorTypeProviding: Error {
    /// The stable name of the error, such as `TranscriptionFailed`.
    var errorType: String { get }
}

/// An error a Step Functions task step throws on purpose: `errorType` is the name an ASL `Retry` or
/// `Catch` matches (`"ErrorEquals": ["TranscriptionFailed"]`), `message` its cause.
public struct StepError: ErrorTypeProviding, Sendable, Equatable, CustomStringConvertible {
    /// The stable name ASL matches.
    public var errorType: String
    /// What went wrong, for people.
    public var message: String

    /// Creates a step error.
    public init(errorType: String, message: String) {
        self.errorType = errorType
        self.message = message
    }

    /// `errorType: message`.
    public var description: String { "\(errorType): \(message)" }
}
