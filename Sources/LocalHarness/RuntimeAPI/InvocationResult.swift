import Foundation
import NIOCore

/// How an invocation ended, as the Invoke API reports it.
public enum InvocationResult: Sendable {
    /// The function returned this response body.
    case success(ByteBuffer)
    /// The function (or the emulator on its behalf) reported an error.
    case functionError(FunctionError)

    /// The body the Invoke API answers with.
    public var body: ByteBuffer {
        switch self {
        case .success(let body): body
        case .functionError(let error): error.body
        }
    }
}

/// A function error: its `errorType` and the JSON body (`{"errorMessage", "errorType", …}`).
public struct FunctionError: Sendable, Equatable {
    /// The error type (`Lambda-Runtime-Function-Error-Type`, or the body's `errorType`).
    public var errorType: String
    /// The JSON error document returned to the caller.
    public var body: ByteBuffer

    /// Wraps an error document the runtime posted.
    public init(errorType: String, body: ByteBuffer) {
        self.errorType = errorType
        self.body = body
    }

    /// Builds `{"errorMessage": message, "errorType": type}` for errors the emulator itself reports.
    public init(errorType: String, message: String) {
        let document = ["errorMessage": message, "errorType": errorType]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
        self.init(errorType: errorType, body: ByteBuffer(bytes: data))
    }

    /// The body's `errorMessage`, when it has one.
    public var errorMessage: String? {
        let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))
        return (object as? [String: Any])?["errorMessage"] as? String
    }

    /// Lambda's response limit, 6 MB: 6,291,556 bytes.
    public static let maximumPayloadSize = 6_291_556

    /// The error for a response over ``maximumPayloadSize``.
    public static func responseTooLarge(size: Int) -> FunctionError {
        FunctionError(
            errorType: "Function.ResponseSizeTooLarge",
            message: "Response payload size (\(size) bytes) exceeded maximum allowed payload size (\(maximumPayloadSize) bytes)."
        )
    }
}

extension FunctionError {
    /// A posted error's type: the `Lambda-Runtime-Function-Error-Type` header, else the body's `errorType`, else
    /// `Runtime.Unknown`.
    static func errorType(header: String?, body: Data) -> String {
        if let header, !header.isEmpty { return header }
        let object = try? JSONSerialization.jsonObject(with: body)
        return ((object as? [String: Any])?["errorType"] as? String) ?? "Runtime.Unknown"
    }
}
