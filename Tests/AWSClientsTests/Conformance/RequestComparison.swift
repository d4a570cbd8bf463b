import AWSCore
import Foundation

/// Compares our request with botocore's: method, scheme/host/path, query (decoded, as a multiset),
/// bound headers (both ways), and the body (as JSON, or bytes).
enum RequestComparison {
    /// Headers that differ by design between two correct SDKs: signing, tracing, transfer framing.
    static let unboundHeaders: Set<String> = [
        "authorization", "x-amz-date", "x-amz-security-token", "user-agent", "amz-sdk-invocation-id",
        "amz-sdk-request", "content-length", "expect", "x-amz-content-sha256", "transfer-encoding",
    ]

    static func differences(ours: HTTPRequest, botocore: BotocoreRequests.Captured, row: ConformanceRow) -> [String] {
        if let error = botocore.error { return ["botocore refused the input: \(error)"] }
        var problems: [String] = []
        if ours.method != botocore.method { problems.append("method: ours \(ours.method), botocore \(botocore.method ?? "-")") }

        let (ourBase, ourQuery) = split(ours.url)
        let (theirBase, theirQuery) = split(botocore.url ?? "")
        if ourBase != theirBase { problems.append("URL: ours \(ourBase), botocore \(theirBase)") }
        if ourQuery != theirQuery { problems.append("query: ours \(ourQuery), botocore \(theirQuery)") }

        let ignored = unboundHeaders.union(row.ignoredHeaders.map { $0.lowercased() })
        var ourHeaders: [String: String] = [:]
        for field in ours.headers where !ignored.contains(field.name.lowercased()) {
            ourHeaders[field.name.lowercased()] = field.value
        }
        var theirHeaders: [String: String] = [:]
        for (name, value) in botocore.headers ?? [:] where !ignored.contains(name.lowercased()) {
            theirHeaders[name.lowercased()] = value
        }
        if ourHeaders != theirHeaders { problems.append("headers: ours \(ourHeaders.sorted { $0.key < $1.key }), botocore \(theirHeaders.sorted { $0.key < $1.key })") }

        let theirBody = Data(base64Encoded: botocore.body ?? "") ?? Data()
        switch row.body {
        case .bytes:
            if ours.body != theirBody {
                problems.append("body: ours \(String(decoding: ours.body, as: UTF8.self)), botocore \(String(decoding: theirBody, as: UTF8.self))")
            }
        case .form:
            let (_, ourPairs) = split("?" + String(decoding: ours.body, as: UTF8.self).replacingOccurrences(of: "+", with: "%20"))
            let (_, theirPairs) = split("?" + String(decoding: theirBody, as: UTF8.self).replacingOccurrences(of: "+", with: "%20"))
            if ourPairs != theirPairs { problems.append("form body: ours \(ourPairs), botocore \(theirPairs)") }
        case .json:
            let decoder = JSONDecoder()
            let ourJSON = try? decoder.decode(JSON.self, from: ours.body)
            let theirJSON = try? decoder.decode(JSON.self, from: theirBody)
            if ourJSON != theirJSON || (ourJSON == nil && ours.body != theirBody) {
                problems.append("JSON body: ours \(String(decoding: ours.body, as: UTF8.self)), botocore \(String(decoding: theirBody, as: UTF8.self))")
            }
        }
        return problems
    }

    /// `scheme://host/path` and the query as sorted, percent-decoded (key, value) pairs.
    static func split(_ url: String) -> (String, [String]) {
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count > 1 else { return (String(parts.first ?? ""), []) }
        let pairs = parts[1].split(separator: "&").map { pair -> String in
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(kv[0]).removingPercentEncoding ?? String(kv[0])
            let value = kv.count > 1 ? (String(kv[1]).removingPercentEncoding ?? String(kv[1])) : ""
            return key + "=" + value
        }
        return (String(parts[0]), pairs.sorted())
    }
}
