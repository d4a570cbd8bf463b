/// Where the runtime API listens, parsed from `AWS_LAMBDA_RUNTIME_API`: `host:port`, optionally followed by
/// a path prefix (the local emulator serves each function under one, e.g. `127.0.0.1:9001/fn/Subtitle`).
public struct RuntimeAPIEndpoint: Sendable, Equatable {
    /// Host name or address (IPv6 without brackets).
    public var host: String
    /// TCP port.
    public var port: UInt16
    /// Path prefix put before every `/2018-06-01/...` path; empty or starting with `/`, never ending with one.
    public var pathPrefix: String

    /// An endpoint from its parts.
    public init(host: String = "127.0.0.1", port: UInt16 = 9001, pathPrefix: String = "") {
        self.host = host
        self.port = port
        self.pathPrefix = pathPrefix
    }

    /// Parses `AWS_LAMBDA_RUNTIME_API`'s value; nil when it has no usable host or port.
    public init?(_ value: String) {
        var rest = Substring(value)
        if rest.hasPrefix("http://") { rest = rest.dropFirst("http://".count) }
        var prefix = ""
        if let slash = rest.firstIndex(of: "/") {
            prefix = String(rest[slash...])
            rest = rest[..<slash]
        }
        while prefix.hasSuffix("/") { prefix.removeLast() }
        let hostPart: Substring
        let portPart: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            hostPart = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            portPart = after.hasPrefix(":") ? after.dropFirst() : (after.isEmpty ? nil : after)
        } else if let colon = rest.lastIndex(of: ":") {
            hostPart = rest[..<colon]
            portPart = rest[rest.index(after: colon)...]
        } else {
            hostPart = rest
            portPart = nil
        }
        guard !hostPart.isEmpty else { return nil }
        var port: UInt16 = 80
        if let portPart {
            guard let parsed = UInt16(portPart), parsed > 0 else { return nil }
            port = parsed
        }
        self.init(host: String(hostPart), port: port, pathPrefix: prefix)
    }
}
