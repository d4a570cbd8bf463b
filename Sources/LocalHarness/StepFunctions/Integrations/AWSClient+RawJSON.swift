import AWSCore
import Foundation
import StatesLanguage

extension AWSClient {
    /// Calls an awsJson operation with `body` sent as is and returns the answer as JSON (`{}` when empty).
    func rawJSON(_ operation: String, _ body: JSONValue) async throws -> (output: JSONValue, requestId: String) {
        guard case .awsJson(let version, let targetPrefix) = wireProtocol else {
            throw StatesError.taskFailed("\(service) does not speak awsJson")
        }
        var headers = HTTPHeaders()
        headers.add(name: "X-Amz-Target", value: "\(targetPrefix).\(operation)")
        headers.add(name: "Content-Type", value: "application/x-amz-json-\(version)")
        let request = OperationRequest(method: "POST", path: "/", headers: headers, body: body.serializedData())
        let wireProtocol = self.wireProtocol
        let response = try await send(request.httpRequest(endpoint: endpoint.url), errorDecoder: { response in
            Self.modelledError(response, protocol: wireProtocol)
        })
        let requestId = response.headers["x-amzn-RequestId"] ?? response.headers["x-amz-request-id"] ?? UUID().uuidString.lowercased()
        if response.body.isEmpty { return ([:], requestId) }
        do {
            return (try JSONValue(parsing: response.body), requestId)
        } catch {
            throw AWSClientError.invalidResponse(operation: operation, detail: "the answer is not JSON")
        }
    }
}

extension AWSClient {
    /// The service's error named by the model's error shape (the body's `__type`), not by the query-compatible
    /// code some services also send (`x-amzn-query-error: AWS.SimpleQueueService.NonExistentQueue;Sender` for
    /// SQS's `QueueDoesNotExist`): Step Functions names errors after the SDK's exception classes.
    static func modelledError(_ response: HTTPResponse, protocol wireProtocol: WireProtocol) -> AWSServiceError {
        var error = AWSErrorDecoder.decode(response, protocol: wireProtocol)
        if let type = (try? JSONValue(parsing: response.body))?["__type"]?.stringValue {
            let code = type.split(separator: "#").last.map(String.init) ?? type
            if let name = code.split(separator: ":").first, !name.isEmpty { error.code = String(name) }
        }
        return error
    }
}

/// The response metadata the optimized integrations add to the API's answer (as the Java SDK reports it).
enum SDKMetadata {
    static func adding(to output: JSONValue, requestId: String, contentType: String) -> JSONValue {
        var members = output.objectValue ?? [:]
        members["SdkHttpMetadata"] = [
            "HttpHeaders": ["Content-Type": .string(contentType), "x-amzn-RequestId": .string(requestId)],
            "HttpStatusCode": 200,
        ]
        members["SdkResponseMetadata"] = ["RequestId": .string(requestId)]
        return .object(members)
    }
}
