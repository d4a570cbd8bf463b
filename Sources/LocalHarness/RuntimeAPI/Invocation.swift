import Foundation
import NIOCore

/// One invocation handed to a function's runtime through `GET …/runtime/invocation/next`.
public struct Invocation: Sendable {
    /// The request id (`Lambda-Runtime-Aws-Request-Id`).
    public var requestID: String
    /// The event bytes.
    public var payload: ByteBuffer
    /// When the invocation times out (`Lambda-Runtime-Deadline-Ms`).
    public var deadline: Date
    /// The invoked function's ARN.
    public var invokedFunctionARN: String
    /// The X-Ray trace header (`Lambda-Runtime-Trace-Id`).
    public var traceID: String
    /// The base64 client context, when the caller sent one.
    public var clientContext: String?
    /// The Cognito identity JSON, when the caller sent one.
    public var cognitoIdentity: String?

    /// Creates an invocation; every parameter but the payload has a fresh default.
    public init(
        requestID: String = UUID().uuidString.lowercased(),
        payload: ByteBuffer,
        deadline: Date = .distantFuture,
        invokedFunctionARN: String = "",
        traceID: String = Invocation.makeTraceID(),
        clientContext: String? = nil,
        cognitoIdentity: String? = nil
    ) {
        self.requestID = requestID
        self.payload = payload
        self.deadline = deadline
        self.invokedFunctionARN = invokedFunctionARN
        self.traceID = traceID
        self.clientContext = clientContext
        self.cognitoIdentity = cognitoIdentity
    }

    /// A new X-Ray trace header in the `Root=1-<time>-<24 hex>;Sampled=0` shape Lambda uses.
    public static func makeTraceID(now: Date = Date()) -> String {
        let seconds = String(Int(now.timeIntervalSince1970), radix: 16)
        let random = (0..<3).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max)) }.joined()
        return "Root=1-\(seconds)-\(random);Parent=\(String(format: "%016llx", UInt64.random(in: .min ... .max)));Sampled=0"
    }
}

extension Invocation {
    /// The headers of the `GET …/invocation/next` answer that hands this invocation to a runtime.
    var runtimeAPIHeaders: [(String, String)] {
        let deadline = deadline == .distantFuture ? Date().addingTimeInterval(900) : deadline
        var headers = [
            ("Content-Type", "application/json"),
            ("Lambda-Runtime-Aws-Request-Id", requestID),
            ("Lambda-Runtime-Deadline-Ms", String(Int64(deadline.timeIntervalSince1970 * 1000))),
            ("Lambda-Runtime-Invoked-Function-Arn", invokedFunctionARN),
            ("Lambda-Runtime-Trace-Id", traceID),
        ]
        if let clientContext { headers.append(("Lambda-Runtime-Client-Context", clientContext)) }
        if let cognitoIdentity { headers.append(("Lambda-Runtime-Cognito-Identity", cognitoIdentity)) }
        return headers
    }
}
