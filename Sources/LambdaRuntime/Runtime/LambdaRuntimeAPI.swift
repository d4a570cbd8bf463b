import Foundation

/// One invocation as the runtime API hands it out from GET /next.
public struct LambdaInvocation: Sendable {
    /// `Lambda-Runtime-Aws-Request-Id`.
    public var requestId: String
    /// `Lambda-Runtime-Deadline-Ms`: milliseconds since the Unix epoch.
    public var deadlineMs: Int64
    /// `Lambda-Runtime-Invoked-Function-Arn`.
    public var invokedFunctionARN: String
    /// `Lambda-Runtime-Trace-Id`, when present.
    public var traceId: String?
    /// `Lambda-Runtime-Client-Context` (JSON), when present.
    public var clientContext: String?
    /// `Lambda-Runtime-Cognito-Identity` (JSON), when present.
    public var cognitoIdentity: String?
    /// The event payload.
    public var event: Data

    /// An invocation from its parts.
    public init(
        requestId: String, deadlineMs: Int64 = 0, invokedFunctionARN: String = "", traceId: String? = nil,
        clientContext: String? = nil, cognitoIdentity: String? = nil, event: Data = Data()
    ) {
        self.requestId = requestId
        self.deadlineMs = deadlineMs
        self.invokedFunctionARN = invokedFunctionARN
        self.traceId = traceId
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
        self.event = event
    }
}

/// The runtime API as the loop uses it: the seam that lets tests drive the loop with a fake.
/// Calls block; the loop makes one at a time.
public protocol LambdaRuntimeAPI: AnyObject {
    /// Waits (without a timeout) for the next invocation.
    func next() throws -> LambdaInvocation
    /// Posts the handler's result for `requestId`.
    func sendResponse(requestId: String, body: Data) throws
    /// Posts a function error for `requestId`.
    func sendError(requestId: String, error: LambdaErrorReport) throws
    /// Posts an initialisation error.
    func sendInitError(_ error: LambdaErrorReport) throws
}

/// The error document Lambda expects: `{"errorMessage", "errorType", "stackTrace": []}`.
public struct LambdaErrorReport: Sendable, Equatable, Codable {
    /// Short type name; also sent as the `Lambda-Runtime-Function-Error-Type` header.
    public var errorType: String
    /// Human-readable message.
    public var errorMessage: String
    /// Always empty: Swift has no portable symbolicated stack at this point.
    public var stackTrace: [String]

    /// A report from a type and a message.
    public init(errorType: String, errorMessage: String, stackTrace: [String] = []) {
        self.errorType = errorType
        self.errorMessage = errorMessage
        self.stackTrace = stackTrace
    }

    /// A report for a thrown error: its stable `errorType` when it provides one (what ASL Retry/Catch
    /// match, e.g. a `StepError`), otherwise its type's name; and its description.
    public init(_ error: any Error) {
        let errorType = (error as? any ErrorTypeProviding)?.errorType ?? String(describing: type(of: error))
        self.init(errorType: errorType, errorMessage: String(describing: error))
    }

    /// The JSON body, keys in the order Lambda documents them.
    var jsonBody: [UInt8] {
        var text = "{\"errorMessage\":"
        JSONText.appendString(errorMessage, to: &text)
        text += ",\"errorType\":"
        JSONText.appendString(errorType, to: &text)
        text += ",\"stackTrace\":["
        for (index, line) in stackTrace.enumerated() {
            if index > 0 { text += "," }
            JSONText.appendString(line, to: &text)
        }
        text += "]}"
        return Array(text.utf8)
    }
}
