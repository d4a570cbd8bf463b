import Foundation

/// The runtime API over `RuntimeHTTPClient`: one kept-alive loopback connection, no timeout on GET /next.
public final class RuntimeAPIClient: LambdaRuntimeAPI {
    /// Where the runtime API listens.
    public let endpoint: RuntimeAPIEndpoint
    private let http: RuntimeHTTPClient
    private let base: String

    /// A client for `endpoint`; connects on first use.
    public init(endpoint: RuntimeAPIEndpoint) {
        self.endpoint = endpoint
        self.http = RuntimeHTTPClient(host: endpoint.host, port: endpoint.port)
        self.base = endpoint.pathPrefix + "/2018-06-01/runtime"
    }

    /// How many TCP connections have been opened so far.
    var connectionsOpened: Int { http.connectionsOpened }

    public func next() throws -> LambdaInvocation {
        let response = try http.send(RuntimeHTTPRequest(method: "GET", path: base + "/invocation/next"))
        guard response.status == 200 else {
            throw RuntimeAPIError.unexpectedStatus.with(status: response.status, body: response.body)
        }
        guard let requestId = response.header("lambda-runtime-aws-request-id"), !requestId.isEmpty else {
            throw RuntimeAPIError.missingRequestId
        }
        return LambdaInvocation(
            requestId: requestId,
            deadlineMs: response.header("lambda-runtime-deadline-ms").flatMap { Int64($0) } ?? 0,
            invokedFunctionARN: response.header("lambda-runtime-invoked-function-arn") ?? "",
            traceId: response.header("lambda-runtime-trace-id"),
            clientContext: response.header("lambda-runtime-client-context"),
            cognitoIdentity: response.header("lambda-runtime-cognito-identity"),
            event: Data(response.body)
        )
    }

    public func sendResponse(requestId: String, body: Data) throws {
        try post(path: base + "/invocation/\(requestId)/response", headers: [], body: [UInt8](body))
    }

    public func sendError(requestId: String, error: LambdaErrorReport) throws {
        try post(path: base + "/invocation/\(requestId)/error", headers: Self.errorHeaders(error), body: error.jsonBody)
    }

    public func sendInitError(_ error: LambdaErrorReport) throws {
        try post(path: base + "/init/error", headers: Self.errorHeaders(error), body: error.jsonBody)
    }

    private static func errorHeaders(_ error: LambdaErrorReport) -> [(name: String, value: String)] {
        [("Lambda-Runtime-Function-Error-Type", error.errorType), ("Content-Type", "application/json")]
    }

    private func post(path: String, headers: [(name: String, value: String)], body: [UInt8]) throws {
        let response = try http.send(RuntimeHTTPRequest(method: "POST", path: path, headers: headers, body: body))
        guard (200..<300).contains(response.status) else {
            throw RuntimeAPIError.unexpectedStatus.with(status: response.status, body: response.body)
        }
    }
}

/// The runtime API answered, but not as expected.
public struct RuntimeAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Sendable, Equatable { case unexpectedStatus, missingRequestId, missingEndpoint }

    private let code: Code
    /// The HTTP status, when one was received.
    public let status: Int?
    /// The start of the response body, for logs.
    public let detail: String

    private init(_ code: Code, status: Int? = nil, detail: String = "") {
        self.code = code
        self.status = status
        self.detail = detail
    }

    /// A status other than the one the operation expects.
    public static let unexpectedStatus = RuntimeAPIError(.unexpectedStatus)
    /// GET /next answered without `Lambda-Runtime-Aws-Request-Id`.
    public static let missingRequestId = RuntimeAPIError(.missingRequestId)
    /// `AWS_LAMBDA_RUNTIME_API` is unset or unusable.
    public static let missingEndpoint = RuntimeAPIError(.missingEndpoint)

    func with(status: Int, body: [UInt8]) -> RuntimeAPIError {
        RuntimeAPIError(code, status: status, detail: String(decoding: body.prefix(200), as: UTF8.self))
    }

    public static func == (lhs: RuntimeAPIError, rhs: RuntimeAPIError) -> Bool { lhs.code == rhs.code }

    public var description: String {
        switch code {
        case .unexpectedStatus: return "the runtime API answered with status \(status.map(String.init) ?? "?") \(detail)"
        case .missingRequestId: return "the runtime API sent an invocation without a request id"
        case .missingEndpoint: return "AWS_LAMBDA_RUNTIME_API is not set to host:port"
        }
    }
}
