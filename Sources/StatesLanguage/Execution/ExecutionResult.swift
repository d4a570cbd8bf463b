/// How an execution ended.
public struct ExecutionResult: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case succeeded = "SUCCEEDED", failed = "FAILED", timedOut = "TIMED_OUT", aborted = "ABORTED"
    }

    public var status: Status
    /// The output of a SUCCEEDED execution.
    public var output: JSONValue?
    /// The error and cause of any other end.
    public var error: StatesError?

    public init(status: Status, output: JSONValue? = nil, error: StatesError? = nil) {
        self.status = status
        self.output = output
        self.error = error
    }
}
