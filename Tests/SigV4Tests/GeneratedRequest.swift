import Foundation
import TestSupport

/// A random request for the differential test: what both our signer and botocore sign.
struct GeneratedRequest: Codable {
    var method: String
    var url: String
    var headers: [[String]]
    var body: String
    var s3: Bool
    var unsignedPayload: Bool
    var accessKeyId: String
    var secretAccessKey: String
    var sessionToken: String?
    var region: String
    var service: String
    var timestamp: String
    var expires: Int

    var date: Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.date(from: timestamp)!
    }

    /// Builds a request from the seeded generator: unicode and reserved characters in path and query,
    /// repeated and whitespace-laden headers, S3 and other services, with and without a session token.
    static func make(using g: inout SeededGenerator) -> GeneratedRequest {
        let s3 = Bool.random(using: &g)
        let scheme = Int.random(in: 0..<5, using: &g) == 0 ? "http" : "https"
        let hosts = s3
            ? ["s3.us-east-1.amazonaws.com", "media-bucket.s3.eu-west-1.amazonaws.com", "127.0.0.1:5000", "localhost:4566"]
            : ["transcribe.us-east-1.amazonaws.com", "bedrock-runtime.us-west-2.amazonaws.com", "127.0.0.1:8443", "Example.AmazonAWS.com"]
        let host = hosts.randomElement(using: &g)!

        var path = ""
        for _ in 0..<Int.random(in: 0...5, using: &g) {
            let segment: String
            switch Int.random(in: 0..<10, using: &g) {
            case 0 where !s3: segment = "."
            case 1 where !s3: segment = ".."
            case 2: segment = ""
            default: segment = randomText(using: &g, maxLength: 12)
            }
            path += "/" + encode(segment, keepSlash: false)
        }
        // An empty path goes on the wire as "/". botocore's S3 signer would sign it as an empty canonical
        // URI, which no real request has, so S3 cases always carry at least "/".
        if path.isEmpty && (s3 || Bool.random(using: &g)) { path = "/" }
        if Int.random(in: 0..<4, using: &g) == 0 { path += "/" }

        var queryPairs: [String] = []
        var usedKeys = Set<String>()
        for _ in 0..<Int.random(in: 0...4, using: &g) {
            let key = randomText(using: &g, maxLength: 8, allowEmpty: false)
            guard usedKeys.insert(key).inserted else { continue }  // repeated keys are dropped by botocore's presigner
            let value = randomText(using: &g, maxLength: 10)
            queryPairs.append(encode(key, keepSlash: false) + "=" + encode(value, keepSlash: false))
        }
        let query = queryPairs.isEmpty ? "" : "?" + queryPairs.joined(separator: "&")

        let names = ["X-Amz-Target", "Content-Type", "x-custom-meta", "My-Header", "X-Amz-Meta-Title", "user-agent",
                     "x-amzn-trace-id", "Expect", "content-length", "X-Amz-Date", "Accept", "If-Match", "Connection"]
        var headers: [[String]] = []
        for _ in 0..<Int.random(in: 0...6, using: &g) {
            let name = names.randomElement(using: &g)!
            let value = spaced(randomASCII(using: &g, maxLength: 14), using: &g)
            headers.append([Bool.random(using: &g) ? name : name.lowercased(), value])
            if Int.random(in: 0..<4, using: &g) == 0 {  // the same name again, later
                headers.append([name.uppercased(), spaced(randomASCII(using: &g, maxLength: 6), using: &g)])
            }
        }

        let method = ["GET", "PUT", "POST", "DELETE", "HEAD", "PATCH"].randomElement(using: &g)!
        let body = (method == "PUT" || method == "POST") ? randomText(using: &g, maxLength: 80) : ""
        let year = Int.random(in: 2000...2035, using: &g)
        let timestamp = String(
            format: "%04d%02d%02dT%02d%02d%02dZ", year, Int.random(in: 1...12, using: &g), Int.random(in: 1...28, using: &g),
            Int.random(in: 0...23, using: &g), Int.random(in: 0...59, using: &g), Int.random(in: 0...59, using: &g))
        let keyAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        let secretAlphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")
        return GeneratedRequest(
            method: method, url: "\(scheme)://\(host)\(path)\(query)", headers: headers, body: body, s3: s3,
            unsignedPayload: s3 && Int.random(in: 0..<3, using: &g) == 0,
            accessKeyId: "AKIA" + String((0..<16).map { _ in keyAlphabet.randomElement(using: &g)! }),
            secretAccessKey: String((0..<40).map { _ in secretAlphabet.randomElement(using: &g)! }),
            sessionToken: Bool.random(using: &g) ? "IQoJb3JpZ2luX2VjE" + String((0..<60).map { _ in secretAlphabet.randomElement(using: &g)! }) : nil,
            region: s3 ? ["us-east-1", "eu-west-1"].randomElement(using: &g)! : ["us-east-1", "us-west-2", "ap-southeast-2"].randomElement(using: &g)!,
            service: s3 ? "s3" : ["transcribe", "bedrock", "states", "execute-api"].randomElement(using: &g)!,
            timestamp: timestamp, expires: [1, 60, 3600, 86_400, 604_800].randomElement(using: &g)!)
    }

    /// Text mixing ASCII letters, reserved characters, spaces and multi-byte UTF-8.
    static func randomText(using g: inout SeededGenerator, maxLength: Int, allowEmpty: Bool = true) -> String {
        let pool: [Character] = Array("abcXYZ019-_.~ !*'();:@&=+$,/?#[]%\"<>\\^`{|}éßñ日本語ሴ😀\u{00A0}")
        let count = Int.random(in: (allowEmpty ? 0 : 1)...maxLength, using: &g)
        return String((0..<count).map { _ in pool.randomElement(using: &g)! })
    }

    static func randomASCII(using g: inout SeededGenerator, maxLength: Int) -> String {
        let pool: [Character] = Array("abcdefXYZ0123456789-_.~!*'();:@&=+$,/?#[]%\"<>\\^`{|}")
        return String((0..<Int.random(in: 1...maxLength, using: &g)).map { _ in pool.randomElement(using: &g)! })
    }

    /// Surrounds and splits a value with runs of spaces and tabs.
    static func spaced(_ value: String, using g: inout SeededGenerator) -> String {
        let runs = ["", " ", "  ", "\t", " \t  "]
        var out = runs.randomElement(using: &g)!
        for (i, ch) in value.enumerated() {
            out.append(ch)
            if i % 3 == 2 { out += [" ", "   ", "\t"].randomElement(using: &g)! }
        }
        return out + runs.randomElement(using: &g)!
    }

    /// Percent-encodes like an AWS client puts a value on the wire (unreserved bytes kept, `/` optional).
    static func encode(_ text: String, keepSlash: Bool) -> String {
        var out = ""
        for byte in text.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-_.~".contains(c) || (keepSlash && c == "/")) {
                out.append(c)
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
