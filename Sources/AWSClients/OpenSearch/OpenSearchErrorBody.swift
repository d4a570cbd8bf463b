import AWSCore
import Foundation

/// OpenSearch's own error document: `{"error": {"type": "...", "reason": "..."}, "status": 404}`, or
/// `{"_id": ..., "found": false}` / `{"result": "not_found"}` for a missing document.
enum OpenSearchErrorBody {
    /// The answer as `AWSServiceError`: OpenSearch's error type as the code and its reason as the message
    /// when the body has them, `not_found` for a missing document, the AWS error fields otherwise
    /// (the signing front end answers `{"message": "..."}` with `x-amzn-ErrorType`).
    static func error(from response: HTTPResponse) -> AWSServiceError {
        let fallback = AWSErrorDecoder.decode(response, protocol: .restJson)
        guard let json = try? JSONDecoder().decode(JSON.self, from: response.body) else { return fallback }
        if let type = json["error"]?["type"]?.stringValue {
            return AWSServiceError(
                code: type, message: json["error"]?["reason"]?.stringValue ?? fallback.message,
                statusCode: response.status, requestId: fallback.requestId,
                retryable: fallback.retryable || response.status == 429)
        }
        if json["found"]?.boolValue == false || json["result"]?.stringValue == "not_found" {
            return AWSServiceError(code: "not_found", message: "document not found", statusCode: response.status, requestId: fallback.requestId)
        }
        return fallback
    }
}
