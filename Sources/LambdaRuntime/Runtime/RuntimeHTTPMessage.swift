/// One request to the runtime API: method, path (with any prefix already applied), extra headers, body.
struct RuntimeHTTPRequest {
    var method: String
    var path: String
    var headers: [(name: String, value: String)] = []
    var body: [UInt8] = []

    /// `value` with CR and LF replaced by spaces, so a header value can never start another header.
    static func headerSafe(_ value: String) -> String {
        value.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
            ? String(value.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
            : value
    }

    /// The request as HTTP/1.1 bytes, ready for one write.
    func serialized(hostHeader: String) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(hostHeader)\r\nUser-Agent: \(LambdaRuntimeInfo.userAgent)\r\n"
        if method != "GET" || !body.isEmpty { head += "Content-Length: \(body.count)\r\n" }
        for header in headers { head += "\(header.name): \(Self.headerSafe(header.value))\r\n" }
        head += "\r\n"
        var bytes = Array(head.utf8)
        bytes.reserveCapacity(bytes.count + body.count)
        bytes.append(contentsOf: body)
        return bytes
    }
}

/// One response from the runtime API: status, headers (names lowercased) and the body.
struct RuntimeHTTPResponse {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    /// The first value of the header named `name` (case-insensitive), if present.
    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name == lowered }?.value
    }

    /// Parses a status line and header block (without the blank line that ends it).
    static func parseHead(_ head: String) throws(RuntimeHTTPError) -> (status: Int, headers: [(name: String, value: String)]) {
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)[...]
        guard let statusLine = lines.popFirst() else { throw .malformedResponse }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw RuntimeHTTPError.malformedResponse.with(detail: String(statusLine.prefix(80)))
        }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw RuntimeHTTPError.malformedResponse.with(detail: "header line without a colon") }
            let name = line[..<colon].trimmingCharacters(in: " \t").lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            headers.append((name, value))
        }
        return (status, headers)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
