import Logging

/// `AWS_LAMBDA_LOG_FORMAT`: JSON lines or plain text.
public enum LambdaLogFormat: String, Sendable {
    /// One JSON object per line.
    case json = "JSON"
    /// `timestamp<TAB>requestId<TAB>LEVEL<TAB>message key=value…`.
    case text = "Text"

    /// Reads `AWS_LAMBDA_LOG_FORMAT` (case-insensitive); text unless it says JSON.
    public init(environment: [String: String]) {
        self = environment["AWS_LAMBDA_LOG_FORMAT"]?.uppercased() == "JSON" ? .json : .text
    }
}

extension Logger.Level {
    /// The level as Lambda writes it: TRACE, DEBUG, INFO, WARN, ERROR, FATAL.
    public var lambdaName: String {
        switch self {
        case .trace: return "TRACE"
        case .debug: return "DEBUG"
        case .info, .notice: return "INFO"
        case .warning: return "WARN"
        case .error: return "ERROR"
        case .critical: return "FATAL"
        }
    }

    /// Reads `AWS_LAMBDA_LOG_LEVEL` (TRACE/DEBUG/INFO/WARN/ERROR/FATAL, case-insensitive); `.info` otherwise.
    public init(lambdaEnvironment environment: [String: String]) {
        switch environment["AWS_LAMBDA_LOG_LEVEL"]?.uppercased() {
        case "TRACE": self = .trace
        case "DEBUG": self = .debug
        case "WARN", "WARNING": self = .warning
        case "ERROR": self = .error
        case "FATAL", "CRITICAL": self = .critical
        default: self = .info
        }
    }
}
