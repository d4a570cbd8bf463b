/// Validates and normalises an endpoint URL given in code or in an `AWS_ENDPOINT_URL*` variable.
///
/// Accepted: `http` or `https`, a host (DNS name, IPv4 or bracketed IPv6), an optional port and an
/// optional base path. Refused, with an error naming `source`: anything that does not parse, no host,
/// another scheme, user info, a query or a fragment. The result has a lower-case scheme and no trailing slash.
enum CustomEndpointURL {
    static func normalize(_ raw: String, source: String) throws -> String {
        func failure(_ reason: String) -> EndpointError {
            .invalidEndpointURL(raw, source: source, reason: reason)
        }
        guard !raw.isEmpty else { throw failure("it is empty") }
        guard !raw.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F })
        else { throw failure("it contains whitespace or control characters") }
        guard let separator = raw.range(of: "://") else {
            throw failure("it does not parse as scheme://host[:port][/path]")
        }
        let scheme = raw[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw failure(scheme.isEmpty ? "it has no scheme" : "the scheme '\(scheme)' is not http or https")
        }
        let rest = raw[separator.upperBound...]
        guard !rest.contains("?") else { throw failure("it has a query string") }
        guard !rest.contains("#") else { throw failure("it has a fragment") }
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var path = rest[authorityEnd...]
        guard !authority.contains("@") else { throw failure("it has user information") }
        let (host, port) = try splitHostAndPort(authority, failure: failure)
        while path.hasSuffix("/") { path = path.dropLast() }
        return scheme + "://" + host + (port.map { ":\($0)" } ?? "") + path
    }

    private static func splitHostAndPort(
        _ authority: Substring, failure: (String) -> EndpointError
    ) throws -> (host: String, port: String?) {
        var host: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw failure("its IPv6 host has no closing ']'") }
            host = authority[...close]
            let afterHost = authority[authority.index(after: close)...]
            if !afterHost.isEmpty {
                guard afterHost.hasPrefix(":") else { throw failure("unexpected text after the IPv6 host") }
                portText = afterHost.dropFirst()
            }
            let inner = host.dropFirst().dropLast()
            guard !inner.isEmpty, inner.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else {
                throw failure("'\(host)' is not an IPv6 address")
            }
        } else {
            if let colon = authority.lastIndex(of: ":") {
                host = authority[..<colon]
                portText = authority[authority.index(after: colon)...]
            } else {
                host = authority
            }
            guard !host.isEmpty else { throw failure("it has no host") }
            guard isValidHostname(host) else { throw failure("'\(host)' is not a valid hostname") }
        }
        guard let portText else { return (String(host), nil) }
        guard !portText.isEmpty, portText.count <= 5, portText.allSatisfy(\.isASCIIDigit),
            let port = Int(portText), (1...65535).contains(port)
        else { throw failure("the port '\(portText)' is not a number from 1 to 65535") }
        return (String(host), String(port))
    }

    /// Dot-separated labels of 1–63 letters, digits or dashes, not starting or ending with a dash
    /// (botocore's `is_valid_endpoint_url` rule); one trailing dot is allowed.
    private static func isValidHostname(_ host: Substring) -> Bool {
        var name = host
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty, name.utf8.count <= 255 else { return false }
        return name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCIIDigit || $0.isASCIILetter || $0 == "-" }
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
