/// The headers a signature covers: lowercased names, values trimmed with inner runs of spaces and tabs
/// collapsed, repeated names joined with `,` in the order given, sorted by name.
struct CanonicalHeaders {
    private(set) var entries: [(name: [UInt8], value: [UInt8], order: Int)] = []

    /// Headers that proxies may change or drop, so they are never signed.
    static let neverSigned: [[UInt8]] = [
        "authorization", "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization",
        "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ].map { Array($0.utf8) }

    init() { entries.reserveCapacity(8) }

    /// Adds a caller's header; skips the never-signed ones and any in `replaced` (which the signer sets itself).
    mutating func add(name: String, value: String, replacing replaced: [[UInt8]]) throws(SigV4Error) {
        var lower = [UInt8]()
        lower.reserveCapacity(name.utf8.count)
        for b in name.utf8 {
            guard CanonicalHeaders.isTokenByte(b) else { throw .invalidHeaderName(name) }
            lower.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        guard !lower.isEmpty else { throw .invalidHeaderName(name) }
        if CanonicalHeaders.neverSigned.contains(lower) || replaced.contains(lower) { return }
        var trimmed = [UInt8]()
        trimmed.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for b in value.utf8 {
            if b == 0x20 || b == 0x09 {
                pendingSpace = !trimmed.isEmpty
                continue
            }
            guard b >= 0x20 && b != 0x7F else { throw .invalidHeaderValue(name) }
            if pendingSpace {
                trimmed.append(0x20)
                pendingSpace = false
            }
            trimmed.append(b)
        }
        entries.append((lower, trimmed, entries.count))
    }

    /// Adds a header the signer computed itself (already canonical).
    mutating func addCanonical(name: [UInt8], value: [UInt8]) {
        entries.append((name, value, entries.count))
    }

    func contains(_ name: [UInt8]) -> Bool { entries.contains { $0.name == name } }

    /// Sorts by name, keeping the given order among repeated names.
    mutating func sort() {
        entries.sort { a, b in a.name == b.name ? a.order < b.order : a.name.lexicographicallyPrecedes(b.name) }
    }

    /// `name:value\n` lines (repeated names combined), after `sort()`.
    func appendCanonical(to out: inout [UInt8]) {
        var i = 0
        while i < entries.count {
            let name = entries[i].name
            out.append(contentsOf: name)
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: entries[i].value)
            i += 1
            while i < entries.count && entries[i].name == name {
                out.append(UInt8(ascii: ","))
                out.append(contentsOf: entries[i].value)
                i += 1
            }
            out.append(UInt8(ascii: "\n"))
        }
    }

    /// `a;b;c`, after `sort()`.
    func signedHeaders() -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(entries.count * 16)
        var previous: [UInt8]? = nil
        for entry in entries where entry.name != previous {
            if previous != nil { out.append(UInt8(ascii: ";")) }
            out.append(contentsOf: entry.name)
            previous = entry.name
        }
        return out
    }

    @inline(__always)
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default: return false
        }
    }
}
