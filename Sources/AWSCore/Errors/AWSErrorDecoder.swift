import Foundation

/// Turns an error response (status ≥ 300) into an ``AWSServiceError``, for any wire protocol.
///
/// It never throws: the body is read as JSON when it starts with `{` and as XML when it starts
/// with `<` (whatever the protocol, since stand-ins and gateways answer XML even for JSON services);
/// anything else, or a body without a recognisable error, falls back to a code derived from the
/// status and the body text (truncated) as the message.
public enum AWSErrorDecoder {
    /// The longest message taken from an unrecognised body, in characters.
    public static let maximumMessageLength = 512

    /// Decodes `response`, answered to a request made with `protocol`.
    public static func decode(_ response: HTTPResponse, protocol wireProtocol: WireProtocol) -> AWSServiceError {
        let headers = response.headers
        var found: ErrorFields?
        switch firstSignificantByte(response.body) {
        case UInt8(ascii: "{"): found = jsonFields(response.body, protocol: wireProtocol)
        case UInt8(ascii: "<"): found = xmlFields(response.body)
        default: found = nil
        }
        var fields = found ?? ErrorFields()

        // restJson: the X-Amzn-ErrorType header wins over the body; elsewhere it is only a fallback.
        if let headerCode = headers["X-Amzn-ErrorType"], !headerCode.isEmpty {
            if wireProtocol == .restJson || fields.code == nil { fields.code = headerCode }
        }
        var code = fields.code.map(sanitisedCode).flatMap { $0.isEmpty ? nil : $0 } ?? statusCode(response.status)
        if case .awsJson = wireProtocol, let queryCode = queryCompatibleCode(headers) {
            code = queryCode
        }

        let message: String
        if found != nil {
            message = fields.message ?? ""
        } else if response.body.isEmpty || firstSignificantByte(response.body) == nil {
            message = reasonPhrase(response.status)
        } else {
            message = truncatedText(response.body)
        }

        let requestId = ["x-amzn-RequestId", "x-amz-request-id", "x-amzn-request-id"]
            .lazy.compactMap { headers[$0] }.first { !$0.isEmpty } ?? fields.requestId
        var error = AWSServiceError(
            code: code, message: message, statusCode: response.status, requestId: requestId, retryable: false)
        error.retryable = RetryClassification.isRetryable(error)
        return error
    }

    /// What a recognised body said; `nil` members were absent.
    struct ErrorFields {
        var code: String?
        var message: String?
        var requestId: String?
    }

    /// JSON error bodies: `{"__type": "ns#Code:…", "message": "…"}` and their variants.
    private static func jsonFields(_ body: Data, protocol wireProtocol: WireProtocol) -> ErrorFields? {
        guard let object = try? JSONSerialization.jsonObject(with: body), let dictionary = object as? [String: Any]
        else { return nil }
        func string(_ keys: [String]) -> String? {
            keys.lazy.compactMap { dictionary[$0] as? String }.first
        }
        let codeKeys: [String]
        switch wireProtocol {
        case .restJson: codeKeys = ["code", "Code", "__type"]
        default: codeKeys = ["__type", "code", "Code"]
        }
        let fields = ErrorFields(
            code: string(codeKeys),
            message: string(["message", "Message", "errorMessage"]),
            requestId: string(["RequestId", "requestId"]))
        return fields.code == nil && fields.message == nil ? nil : fields
    }

    /// XML error bodies: S3's `<Error>`, query's `<ErrorResponse><Error>` and EC2's `<Response><Errors><Error>`.
    private static func xmlFields(_ body: Data) -> ErrorFields? {
        guard let root = try? XMLReader.parse(body) else { return nil }
        let error: XMLElement
        if root.name == "Error" {
            error = root
        } else if let nested = root.child("Error") ?? root.element(atPath: "Errors/Error") {
            error = nested
        } else {
            return nil
        }
        guard let code = error.childText("Code").map(trimmed), !code.isEmpty else { return nil }
        let requestId = [error, root].lazy.compactMap { element in
            element.childText("RequestId") ?? element.childText("RequestID") ?? element.childText("requestId")
        }.first
        return ErrorFields(
            code: code, message: error.childText("Message") ?? error.childText("message"), requestId: requestId)
    }

    /// `ns.service#Code:http://…` → `Code`, as botocore strips codes.
    static func sanitisedCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return trimmed(String(code))
    }

    /// `x-amzn-query-error: Code;Sender` (awsQueryCompatible services such as SQS) → `Code`.
    static func queryCompatibleCode(_ headers: HTTPHeaders) -> String? {
        guard let value = headers["x-amzn-query-error"] else { return nil }
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        return String(parts[0])
    }

    /// The code for a response whose body names none.
    static func statusCode(_ status: Int) -> String {
        switch status {
        case 304: return "NotModified"
        case 400: return "BadRequest"
        case 403: return "Forbidden"
        case 404: return "NotFound"
        case 412: return "PreconditionFailed"
        default: return String(status)
        }
    }

    /// The standard reason phrase (as Python's `http.client.responses`), or `HTTP <status>`.
    static func reasonPhrase(_ status: Int) -> String {
        let phrases: [Int: String] = [
            301: "Moved Permanently", 302: "Found", 304: "Not Modified", 307: "Temporary Redirect",
            308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 408: "Request Timeout", 409: "Conflict", 411: "Length Required",
            412: "Precondition Failed", 413: "Request Entity Too Large", 415: "Unsupported Media Type",
            416: "Requested Range Not Satisfiable", 422: "Unprocessable Entity", 429: "Too Many Requests",
            500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
            504: "Gateway Timeout",
        ]
        return phrases[status] ?? "HTTP \(status)"
    }

    private static func truncatedText(_ body: Data) -> String {
        let text = trimmed(String(decoding: body, as: UTF8.self))
        guard text.count > maximumMessageLength else { return text }
        return String(text.prefix(maximumMessageLength)) + "…"
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func firstSignificantByte(_ body: Data) -> UInt8? {
        var bytes = body[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}
