/// The parts of an absolute request URL that a signature covers, split without Foundation's URL parser:
/// the path and query are kept byte for byte as the caller wrote them.
struct RequestTarget {
    /// Lowercased host, with `:port` only when the port is not the scheme's default (what `Host:` carries).
    var hostHeader: [UInt8]
    var path: ArraySlice<UInt8>
    var query: ArraySlice<UInt8>
    var hasQuery: Bool
    /// The URL up to (not including) any `#fragment`: what a presigned URL extends.
    var urlWithoutFragment: ArraySlice<UInt8>

    init(_ url: String) throws(SigV4Error) {
        let bytes = Array(url.utf8)
        func fail(_ reason: String) -> SigV4Error { .invalidURL(url, reason) }

        for b in bytes where b < 0x20 || b == 0x7F {
            throw fail("it contains a control character (byte 0x\(String(b, radix: 16)))")
        }
        // scheme "://"
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
            bytes.count >= colon + 3,
            bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { throw fail("it is not an absolute http(s) URL (scheme://host/path)") }
        let defaultPort: Int
        if RequestTarget.schemeEquals(bytes[0..<colon], "https") {
            defaultPort = 443
        } else if RequestTarget.schemeEquals(bytes[0..<colon], "http") {
            defaultPort = 80
        } else {
            throw fail("the scheme '\(String(decoding: bytes[0..<colon], as: UTF8.self))' is not http or https")
        }

        let authorityStart = colon + 3
        var authorityEnd = authorityStart
        while authorityEnd < bytes.count {
            let b = bytes[authorityEnd]
            if b == UInt8(ascii: "/") || b == UInt8(ascii: "?") || b == UInt8(ascii: "#") { break }
            authorityEnd += 1
        }
        var hostStart = authorityStart
        if let at = bytes[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
        let authority = bytes[hostStart..<authorityEnd]
        guard !authority.isEmpty else { throw fail("it has no host") }

        var hostPart: ArraySlice<UInt8>
        var portPart: ArraySlice<UInt8>? = nil
        if authority.first == UInt8(ascii: "[") {
            guard let close = authority.firstIndex(of: UInt8(ascii: "]")) else { throw fail("the IPv6 host has no closing ']'") }
            hostPart = authority[authority.startIndex...close]
            let rest = authority[(close + 1)...]
            if !rest.isEmpty {
                guard rest.first == UInt8(ascii: ":") else { throw fail("unexpected characters after the IPv6 host") }
                portPart = rest.dropFirst()
            }
        } else if let portColon = authority.lastIndex(of: UInt8(ascii: ":")) {
            hostPart = authority[authority.startIndex..<portColon]
            portPart = authority[(portColon + 1)...]
        } else {
            hostPart = authority
        }
        guard !hostPart.isEmpty else { throw fail("it has no host") }
        for b in hostPart where b == UInt8(ascii: " ") || b == UInt8(ascii: "%") || b >= 0x80 || b == UInt8(ascii: "\\") {
            throw fail("the host contains a character that is not allowed in a host name")
        }
        var port: Int? = nil
        if let portPart {
            var value = 0
            for b in portPart {
                guard (b &- 0x30) < 10, portPart.count <= 5 else { value = -1; break }
                value = value * 10 + Int(b - 0x30)
            }
            guard !portPart.isEmpty, value >= 0, value <= 65_535 else {
                throw fail("the port '\(String(decoding: portPart, as: UTF8.self))' is not a number from 0 to 65535")
            }
            port = value
        }

        var host = [UInt8]()
        host.reserveCapacity(hostPart.count + 6)
        for b in hostPart { host.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        if let port, port != defaultPort {
            host.append(UInt8(ascii: ":"))
            var digits = [UInt8]()
            var rest = port
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            host.append(contentsOf: digits.reversed())
        }
        hostHeader = host

        let fragment = bytes[authorityEnd...].firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
        let questionMark = bytes[authorityEnd..<fragment].firstIndex(of: UInt8(ascii: "?"))
        path = bytes[authorityEnd..<(questionMark ?? fragment)]
        if let questionMark {
            query = bytes[(questionMark + 1)..<fragment]
            hasQuery = true
        } else {
            query = []
            hasQuery = false
        }
        urlWithoutFragment = bytes[0..<fragment]
    }

    /// Case-insensitive comparison of an ASCII scheme.
    private static func schemeEquals(_ bytes: ArraySlice<UInt8>, _ scheme: StaticString) -> Bool {
        guard bytes.count == scheme.utf8CodeUnitCount else { return false }
        return scheme.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { ($0 | 0x20) == $1 }
        }
    }
}
