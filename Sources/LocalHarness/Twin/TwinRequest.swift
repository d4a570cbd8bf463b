import Foundation

/// A request to the twin, with what its SigV4 `Authorization` header says about it.
public struct TwinRequest: Sendable {
    public var method: String
    /// The path as sent (percent-encoded), without the query.
    public var path: String
    /// The query as sent, without `?`.
    public var query: String
    /// Header fields in arrival order.
    public var headers: [(name: String, value: String)]
    public var body: Data
    /// The credential scope's service (`translate`, `bedrock`, `s3`, …); nil for an unsigned request.
    public var service: String?
    /// The credential scope's region.
    public var region: String?
    /// The access key id of the credential.
    public var accessKeyId: String?
    /// Set by a scenario file's `failJob` rule: a service that starts an asynchronous job for this request
    /// creates it so that it ends FAILED with this reason (the start itself succeeds, as on AWS).
    public var injectedJobFailure: String?

    /// The first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The operation of an awsJson request (`TranslateText` of `X-Amz-Target: AWSShineFrontendService_20170701.TranslateText`).
    public var jsonOperation: String? {
        guard let target = header("x-amz-target"), let dot = target.lastIndex(of: ".") else { return nil }
        return String(target[target.index(after: dot)...])
    }
}

/// The parts of `Authorization: AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request, SignedHeaders=…, Signature=…`.
struct SigV4Authorization: Sendable {
    var accessKeyId: String
    var date: String
    var region: String
    var service: String
    var signedHeaders: [String]
    var signature: String

    init?(_ header: String) {
        guard header.hasPrefix("AWS4-HMAC-SHA256 ") else { return nil }
        var fields: [String: String] = [:]
        for part in header.dropFirst("AWS4-HMAC-SHA256 ".count).split(separator: ",") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let equals = trimmed.firstIndex(of: "=") else { return nil }
            fields[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: equals)...])
        }
        guard let credential = fields["Credential"], let signed = fields["SignedHeaders"], let signature = fields["Signature"] else { return nil }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request" else { return nil }
        accessKeyId = scope[0]
        date = scope[1]
        region = scope[2]
        service = scope[3]
        signedHeaders = signed.split(separator: ";").map(String.init)
        self.signature = signature
    }
}
