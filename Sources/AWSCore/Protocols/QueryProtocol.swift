import Foundation

/// Builds requests for the query protocol (SNS): a form-encoded `Action=…&Version=…&…` body.
public enum QueryProtocol {
    /// The content type of every query-protocol request body.
    public static let contentType = "application/x-www-form-urlencoded; charset=utf-8"

    /// `POST /` with `Action`, `Version` and the flattened `parameters`, form-encoded byte for byte
    /// as botocore's `QuerySerializer` and `urlencode` produce them.
    public static func request(action: String, version: String, parameters: [QueryValue.Field]) -> OperationRequest {
        let pairs = [("Action", action), ("Version", version)] + flatten(parameters)
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: contentType)
        return OperationRequest(
            method: "POST", path: "/", headers: headers, body: Data(AWSURIEncoding.formEncode(pairs).utf8))
    }

    /// The request for `protocol`, which must be `.query`.
    public static func request(
        action: String, parameters: [QueryValue.Field], protocol wireProtocol: WireProtocol
    ) throws(ProtocolError) -> OperationRequest {
        guard case .query(let apiVersion) = wireProtocol else {
            throw .wrongProtocol(expected: "query", got: wireProtocol)
        }
        return request(action: action, version: apiVersion, parameters: parameters)
    }

    /// Flattens a parameter tree into `(name, value)` pairs in order, e.g. `Attributes.entry.1.key`.
    public static func flatten(_ parameters: [QueryValue.Field]) -> [(String, String)] {
        var pairs: [(String, String)] = []
        flatten(.structure(parameters), prefix: "", into: &pairs)
        return pairs
    }

    private static func flatten(_ value: QueryValue, prefix: String, into pairs: inout [(String, String)]) {
        switch value {
        case .string(let text):
            pairs.append((prefix, text))
        case .structure(let fields):
            for field in fields {
                flatten(field.value, prefix: prefix.isEmpty ? field.name : "\(prefix).\(field.name)", into: &pairs)
            }
        case .list(let elements, let memberName, let flattened):
            guard !elements.isEmpty else {
                pairs.append((prefix, ""))
                return
            }
            let listPrefix: String
            if flattened {
                if let memberName {
                    var parts = prefix.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                    parts.removeLast()
                    listPrefix = (parts + [memberName]).joined(separator: ".")
                } else {
                    listPrefix = prefix
                }
            } else {
                listPrefix = "\(prefix).\(memberName ?? "member")"
            }
            for (offset, element) in elements.enumerated() {
                flatten(element, prefix: "\(listPrefix).\(offset + 1)", into: &pairs)
            }
        case .map(let entries, let keyName, let valueName, let flattened):
            let entryPrefix = flattened ? prefix : "\(prefix).entry"
            for (offset, entry) in entries.enumerated() {
                pairs.append(("\(entryPrefix).\(offset + 1).\(keyName)", entry.key))
                flatten(entry.value, prefix: "\(entryPrefix).\(offset + 1).\(valueName)", into: &pairs)
            }
        }
    }
}
