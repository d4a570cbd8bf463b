/// The headers a signature covers: lowercased names, values trimmed with inner runs of spaces and tabs
/// collapsed, repeated names joined with `,` in the order given, sorted by name.
///
/// Names and values live in one byte buffer (entries hold ranges into it) so signing allocates little.
struct CanonicalHeaders {
    private struct Entry {
        var name: Range<Int>
        var value: Range<Int>
        var order: Int
    }

    private var storage: [UInt8] = []
    private var entries: [Entry] = []

    /// The headers the signer sets itself, so a caller's copies are dropped.
    struct Replaced: OptionSet {
        let rawValue: UInt8
        static let date = Replaced(rawValue: 1)
        static let securityToken = Replaced(rawValue: 2)
        static let contentSHA256 = Replaced(rawValue: 4)
    }

    /// Headers that proxies may change or drop, so they are never signed.
    static let neverSigned: [[UInt8]] = [
        "authorization", "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization",
        "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ].map { Array($0.utf8) }

    static let xAmzDate = Array("x-amz-date".utf8)
    static let xAmzSecurityToken = Array("x-amz-security-token".utf8)
    static let xAmzContentSHA256 = Array("x-amz-content-sha256".utf8)

    init(capacity: Int) {
        storage.reserveCapacity(capacity)
        entries.reserveCapacity(8)
    }

    /// Adds a caller's header; skips the never-signed ones and any in `replaced` (which the signer sets itself).
    mutating func add(name: String, value: String, replacing replaced: Replaced) throws(SigV4Error) {
        let nameStart = storage.count
        try name.withUTF8Buffer { bytes throws(SigV4Error) in
            guard !bytes.isEmpty else { throw .invalidHeaderName(name) }
            for b in bytes where !CanonicalHeaders.isTokenByte(b) { throw .invalidHeaderName(name) }
            storage.append(contentsOf: bytes)
        }
        storage.withUnsafeMutableBufferPointer { all in
            for i in nameStart..<all.count where (all[i] &- 0x41) < 26 { all[i] |= 0x20 }
        }
        let nameRange = nameStart..<storage.count
        if isNeverSigned(nameRange) || isReplaced(nameRange, replaced) {
            storage.removeSubrange(nameStart...)
            return
        }
        let valueStart = storage.count
        do {
            try value.withUTF8Buffer { bytes throws(SigV4Error) in try appendTrimmed(bytes, header: name) }
        } catch {
            storage.removeSubrange(nameStart...)
            throw error
        }
        entries.append(Entry(name: nameRange, value: valueStart..<storage.count, order: entries.count))
    }

    /// Appends `bytes` with leading and trailing spaces/tabs removed and inner runs collapsed to one space.
    private mutating func appendTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, header: String) throws(SigV4Error) {
        var start = 0, end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        var simple = true  // no tab and no double space inside: copy as is
        var previousSpace = false
        for i in start..<end {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 || b == 0x7F { throw .invalidHeaderValue(header) }
            if b == 0x09 || (b == 0x20 && previousSpace) { simple = false }
            previousSpace = b == 0x20
        }
        if simple {
            storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            return
        }
        var pendingSpace = false
        for i in start..<end {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 {
                pendingSpace = true
            } else {
                if pendingSpace { storage.append(0x20) }
                pendingSpace = false
                storage.append(b)
            }
        }
    }

    /// Adds a header the signer computed itself (already canonical).
    mutating func addCanonical(name: [UInt8], value: some Collection<UInt8>) {
        let nameStart = storage.count
        storage.append(contentsOf: name)
        let valueStart = storage.count
        storage.append(contentsOf: value)
        entries.append(Entry(name: nameStart..<valueStart, value: valueStart..<storage.count, order: entries.count))
    }

    /// Bytes held for names and values (a size hint for the canonical request).
    var byteCount: Int { storage.count + entries.count * 2 }

    func contains(_ name: [UInt8]) -> Bool { entries.contains { storage[$0.name].elementsEqual(name) } }

    /// Sorts by name, keeping the given order among repeated names.
    mutating func sort() {
        storage.withUnsafeBufferPointer { bytes in
            entries.sort { a, b in
                let order = CanonicalHeaders.compare(bytes, a.name, b.name)
                return order == 0 ? a.order < b.order : order < 0
            }
        }
    }

    /// `name:value\n` lines (repeated names combined), after `sort()`.
    func appendCanonical(to out: inout [UInt8]) {
        storage.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < entries.count {
                let name = entries[i].name
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[name]))
                out.append(UInt8(ascii: ":"))
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[entries[i].value]))
                i += 1
                while i < entries.count && CanonicalHeaders.compare(bytes, entries[i].name, name) == 0 {
                    out.append(UInt8(ascii: ","))
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[entries[i].value]))
                    i += 1
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// `a;b;c`, after `sort()`.
    func signedHeaders() -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(entries.count * 16)
        storage.withUnsafeBufferPointer { bytes in
            var previous: Range<Int>? = nil
            for entry in entries {
                if let previous {
                    if CanonicalHeaders.compare(bytes, previous, entry.name) == 0 { continue }
                    out.append(UInt8(ascii: ";"))
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[entry.name]))
                previous = entry.name
            }
        }
        return out
    }

    /// Byte-wise comparison of two ranges of `bytes`: negative, zero or positive.
    private static func compare(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Int {
        let n = min(a.count, b.count)
        var i = 0
        while i < n {
            let x = bytes[a.lowerBound + i], y = bytes[b.lowerBound + i]
            if x != y { return Int(x) - Int(y) }
            i += 1
        }
        return a.count - b.count
    }

    private func isNeverSigned(_ name: Range<Int>) -> Bool {
        switch storage[name.lowerBound] {
        case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "e"), UInt8(ascii: "k"), UInt8(ascii: "p"),
            UInt8(ascii: "t"), UInt8(ascii: "u"), UInt8(ascii: "x"):
            let slice = storage[name]
            return CanonicalHeaders.neverSigned.contains { $0.elementsEqual(slice) }
        default:
            return false
        }
    }

    private func isReplaced(_ name: Range<Int>, _ replaced: Replaced) -> Bool {
        guard name.count >= 10, storage[name.lowerBound] == UInt8(ascii: "x"), !replaced.isEmpty else { return false }
        let slice = storage[name]
        return (replaced.contains(.date) && slice.elementsEqual(CanonicalHeaders.xAmzDate))
            || (replaced.contains(.securityToken) && slice.elementsEqual(CanonicalHeaders.xAmzSecurityToken))
            || (replaced.contains(.contentSHA256) && slice.elementsEqual(CanonicalHeaders.xAmzContentSHA256))
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
