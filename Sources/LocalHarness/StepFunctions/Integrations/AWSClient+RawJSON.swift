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
        let response = try await send(OperationRequest(method: "POST", path: "/", headers: headers, body: body.serializedData()))
        let requestId = response.headers["x-amzn-RequestId"] ?? response.headers["x-amz-request-id"] ?? UUID().uuidString.lowercased()
        if response.body.isEmpty { return ([:], requestId) }
        do {
            return (try JSONValue(parsing: response.body), requestId)
        } catch {
            throw AWSClientError.invalidResponse(operation: operation, detail: "the answer is not JSON")
        }
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
