import Foundation

/// What the twin answers.
public struct TwinResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An awsJson answer.
    public static func json(_ value: JSONValue, status: Int = 200, version: String = "1.1") -> TwinResponse {
        TwinResponse(status: status, headers: [("Content-Type", "application/x-amz-json-\(version)"), ("x-amzn-RequestId", UUID().uuidString.lowercased())],
                     body: value.serializedData())
    }

    /// An awsJson error: `{"__type": code, "message": …}` with the type also in `x-amzn-ErrorType`.
    public static func jsonError(_ code: String, _ message: String, status: Int = 400, version: String = "1.1") -> TwinResponse {
        TwinResponse(status: status, headers: [
            ("Content-Type", "application/x-amz-json-\(version)"), ("x-amzn-ErrorType", code), ("x-amzn-RequestId", UUID().uuidString.lowercased()),
        ], body: JSONValue.object(["__type": .string(code), "message": .string(message)]).serializedData())
    }

    /// A restJson error: the type in `x-amzn-ErrorType`, `{"message": …}` in the body.
    public static func restError(_ code: String, _ message: String, status: Int) -> TwinResponse {
        TwinResponse(status: status, headers: [
            ("Content-Type", "application/json"), ("x-amzn-ErrorType", code), ("x-amzn-RequestId", UUID().uuidString.lowercased()),
        ], body: JSONValue.object(["message": .string(message)]).serializedData())
    }
}
