import Foundation

/// Builds requests for the awsJson 1.0 and 1.1 protocols (DynamoDB, Transcribe, Kinesis, SQS, …).
public enum AWSJSONProtocol {
    /// `POST /` with `X-Amz-Target: <targetPrefix>.<operation>`, the version's content type and
    /// `input` encoded with ``AWSJSONCoding`` as the body.
    public static func request<Input: Encodable>(
        operation: String, input: Input, version: String, targetPrefix: String
    ) throws(ProtocolError) -> OperationRequest {
        guard version == "1.0" || version == "1.1" else { throw .unsupportedJSONVersion(version) }
        let body: Data
        do {
            body = try AWSJSONCoding.makeEncoder().encode(input)
        } catch {
            throw .bodyEncodingFailed("\(Input.self): \(error)")
        }
        var headers = HTTPHeaders()
        headers.add(name: "X-Amz-Target", value: "\(targetPrefix).\(operation)")
        headers.add(name: "Content-Type", value: "application/x-amz-json-\(version)")
        return OperationRequest(method: "POST", path: "/", headers: headers, body: body)
    }

    /// The same request with an empty input: the body is `{}`.
    public static func request(
        operation: String, version: String, targetPrefix: String
    ) throws(ProtocolError) -> OperationRequest {
        try request(operation: operation, input: EmptyInput(), version: version, targetPrefix: targetPrefix)
    }

    /// The request for `protocol`, which must be `.awsJson`.
    public static func request<Input: Encodable>(
        operation: String, input: Input, protocol wireProtocol: WireProtocol
    ) throws(ProtocolError) -> OperationRequest {
        guard case .awsJson(let version, let targetPrefix) = wireProtocol else {
            throw .wrongProtocol(expected: "awsJson", got: wireProtocol)
        }
        return try request(operation: operation, input: input, version: version, targetPrefix: targetPrefix)
    }

    /// The request for `protocol` (which must be `.awsJson`) with an empty input: the body is `{}`.
    public static func request(operation: String, protocol wireProtocol: WireProtocol) throws(ProtocolError)
        -> OperationRequest
    {
        try request(operation: operation, input: EmptyInput(), protocol: wireProtocol)
    }
}

/// An operation input with no members; encodes as `{}`.
public struct EmptyInput: Encodable, Sendable {
    /// The empty input.
    public init() {}
}
