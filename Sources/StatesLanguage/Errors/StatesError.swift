/// An error as Step Functions reports it: a name that Retry and Catch match (`States.TaskFailed`, a function's
/// `errorType`, …) and a cause.
public struct StatesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The error name.
    public let error: String
    /// The human-readable cause.
    public let cause: String

    public init(error: String, cause: String) {
        self.error = error
        self.cause = cause
    }

    public var description: String { "\(error): \(cause)" }

    /// A path, parameter or result could not be processed (`States.Runtime`). Step Functions never retries it
    /// and `States.ALL` does not catch it: the execution fails.
    public static func runtime(_ cause: String) -> StatesError { StatesError(error: "States.Runtime", cause: cause) }
    /// An intrinsic function failed.
    public static func intrinsicFailure(_ cause: String) -> StatesError { StatesError(error: "States.IntrinsicFailure", cause: cause) }
    /// A task failed.
    public static func taskFailed(_ cause: String) -> StatesError { StatesError(error: "States.TaskFailed", cause: cause) }
    /// A state ran longer than `TimeoutSeconds`.
    public static func timeout(_ cause: String) -> StatesError { StatesError(error: "States.Timeout", cause: cause) }
    /// A task sent no heartbeat within `HeartbeatSeconds`.
    public static func heartbeatTimeout(_ cause: String) -> StatesError { StatesError(error: "States.HeartbeatTimeout", cause: cause) }
    /// No Choice rule matched and there is no Default.
    public static func noChoiceMatched(_ cause: String) -> StatesError { StatesError(error: "States.NoChoiceMatched", cause: cause) }
    /// A Parallel branch failed.
    public static func branchFailed(_ cause: String) -> StatesError { StatesError(error: "States.BranchFailed", cause: cause) }
    /// A ResultPath could not be applied to the input.
    public static func resultPathMatchFailure(_ cause: String) -> StatesError { StatesError(error: "States.ResultPathMatchFailure", cause: cause) }
    /// A `.$` field's path could not be applied.
    public static func parameterPathFailure(_ cause: String) -> StatesError { StatesError(error: "States.ParameterPathFailure", cause: cause) }
    /// A Map state's failures exceeded its tolerance.
    public static func exceedToleratedFailureThreshold(_ cause: String) -> StatesError {
        StatesError(error: "States.ExceedToleratedFailureThreshold", cause: cause)
    }
    /// An ItemsPath did not select an array.
    public static func itemsPathFailure(_ cause: String) -> StatesError { StatesError(error: "States.Runtime", cause: cause) }
}
