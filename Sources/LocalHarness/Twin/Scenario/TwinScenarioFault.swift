import Foundation

/// The error and pinned answers a scenario injects, in the wire shape of the service that was called: S3's XML
/// `<Error>`, the query protocol's `<ErrorResponse>`, awsJson's `__type`, or restJson's `x-amzn-ErrorType`.
enum TwinScenarioFault {
    /// The throttling error each service answers (code, status) when a rule just says `throttle: true`.
    static func throttling(service: String, wire kind: WireProtocol) -> (code: String, status: Int) {
        switch (service, kind) {
        case ("s3", _): return ("SlowDown", 503)
        case ("transcribe", _): return ("LimitExceededException", 400)
        case ("kinesis", _): return ("ProvisionedThroughputExceededException", 400)
        case ("mediaconvert", _), ("mediatailor", _): return ("TooManyRequestsException", 429)
        case ("sqs", _): return ("AWS.SimpleQueueService.RequestThrottled", 400)
        case (_, .query): return ("Throttling", 400)
        case (_, .awsJson): return ("ThrottlingException", 400)
        case (_, .restJson): return ("ThrottlingException", 429)
        case (_, .s3XML): return ("SlowDown", 503)
        }
    }

    /// How the called service speaks.
    enum WireProtocol: Equatable {
        case awsJson(version: String)
        case restJson
        case query
        case s3XML

        init(_ request: TwinRequest) {
            if request.service == "s3" {
                self = .s3XML
            } else if request.jsonOperation != nil {
                let type = request.header("content-type") ?? ""
                self = .awsJson(version: type.contains("1.0") ? "1.0" : "1.1")
            } else if (request.header("content-type") ?? "").hasPrefix("application/x-www-form-urlencoded"),
                      String(decoding: request.body.prefix(4096), as: UTF8.self).contains("Action=") {
                self = .query
            } else {
                self = .restJson
            }
        }
    }

    static func error(code: String, message: String, status: Int, for request: TwinRequest) -> TwinResponse {
        let requestId = UUID().uuidString.lowercased()
        switch WireProtocol(request) {
        case .awsJson(let version): return .jsonError(code, message, status: status, version: version)
        case .restJson: return .restError(code, message, status: status)
        case .s3XML:
            return TwinResponse(status: status, headers: [("Content-Type", "application/xml"), ("x-amz-request-id", requestId)], body: Data("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Error><Code>\(xmlEscaped(code))</Code><Message>\(xmlEscaped(message))</Message><RequestId>\(requestId)</RequestId></Error>
                """.utf8))
        case .query:
            return TwinResponse(status: status, headers: [("Content-Type", "text/xml"), ("x-amzn-RequestId", requestId)], body: Data("""
                <ErrorResponse><Error><Type>Sender</Type><Code>\(xmlEscaped(code))</Code><Message>\(xmlEscaped(message))</Message></Error><RequestId>\(requestId)</RequestId></ErrorResponse>
                """.utf8))
        }
    }

    static func pinned(status: Int, body: JSONValue, headers: [String: String], for request: TwinRequest) -> TwinResponse {
        let contentType: String
        switch WireProtocol(request) {
        case .awsJson(let version): contentType = "application/x-amz-json-\(version)"
        case .restJson: contentType = "application/json"
        case .s3XML, .query: contentType = "text/xml"
        }
        var fields: [(name: String, value: String)] = [("x-amzn-RequestId", UUID().uuidString.lowercased())]
        if !headers.keys.contains(where: { $0.caseInsensitiveCompare("content-type") == .orderedSame }) { fields.append(("Content-Type", contentType)) }
        fields += headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        let data = body.stringValue.map { Data($0.utf8) } ?? body.serializedData()
        return TwinResponse(status: status, headers: fields, body: data)
    }

    static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
