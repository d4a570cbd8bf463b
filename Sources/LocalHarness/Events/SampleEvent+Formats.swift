import Foundation

/// The ids, times and small parsers sample events share.
extension SampleEvent {
    /// A lower-case UUID.
    static func uuid() -> String { UUID().uuidString.lowercased() }

    /// `count` random characters from `alphabet`.
    static func random(_ count: Int, from alphabet: String = "abcdefghijklmnopqrstuvwxyz0123456789") -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement()! })
    }

    /// An X-Ray trace id (`1-<epoch seconds in hex>-<24 hex>`).
    static func traceID(_ now: Date) -> String {
        "1-" + String(Int(now.timeIntervalSince1970), radix: 16) + "-" + random(24, from: "0123456789abcdef")
    }

    /// Milliseconds since the Unix epoch.
    static func epochMilliseconds(_ now: Date) -> Int64 { Int64((now.timeIntervalSince1970 * 1000).rounded(.down)) }

    /// `12/Mar/2020:19:03:58 +0000`, as API Gateway writes request times.
    static func commonLogTime(_ now: Date) -> String { format(now, "dd/MMM/yyyy:HH:mm:ss Z") }

    /// `2020-03-12T19:03:58.123Z`, as S3 writes event times.
    static func isoMilliseconds(_ now: Date) -> String { format(now, "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'") }

    /// `2020-03-12T19:03:58Z`, as EventBridge writes event times.
    static func isoSeconds(_ now: Date) -> String { format(now, "yyyy-MM-dd'T'HH:mm:ss'Z'") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// The query string's parameters in order, names and values percent-decoded.
    static func queryParameters(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : ""
            return (name.removingPercentEncoding ?? name, value.removingPercentEncoding ?? value)
        }
    }

    /// The parameters of `path` under the route template `template` (`/jobs/{id}`, `/{proxy+}`); nil when the
    /// path does not match, empty when the template has no parameters.
    static func pathParameters(template: String, path: String) -> [String: String]? {
        let names = template.split(separator: "/").map(String.init)
        let segments = path.split(separator: "/").map(String.init)
        var parameters: [String: String] = [:]
        for (index, name) in names.enumerated() {
            if name.hasPrefix("{"), name.hasSuffix("+}") {
                guard index < segments.count else { return nil }
                parameters[String(name.dropFirst().dropLast(2))] = segments[index...].joined(separator: "/")
                return parameters
            }
            guard index < segments.count else { return nil }
            if name.hasPrefix("{"), name.hasSuffix("}") {
                parameters[String(name.dropFirst().dropLast())] = segments[index].removingPercentEncoding ?? segments[index]
            } else if name != segments[index] {
                return nil
            }
        }
        return names.count == segments.count ? parameters : nil
    }

    /// Whether `text` parses as JSON.
    static func isJSON(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }
}
