/// The canonical query string: every `key=value` pair re-encoded canonically, sorted by key then value.
enum CanonicalQuery {
    typealias Pair = (key: [UInt8], value: [UInt8])

    /// Splits a wire query on `&` and `=`, re-encoding each side canonically. Empty segments are skipped.
    static func pairs(from query: ArraySlice<UInt8>) -> [Pair] {
        var result: [Pair] = []
        if query.isEmpty { return result }
        var start = query.startIndex
        var i = query.startIndex
        func take(_ segment: ArraySlice<UInt8>) {
            guard !segment.isEmpty else { return }
            var key = [UInt8](), value = [UInt8]()
            if let eq = segment.firstIndex(of: UInt8(ascii: "=")) {
                URIEncoding.appendCanonical(segment[segment.startIndex..<eq], to: &key)
                URIEncoding.appendCanonical(segment[(eq + 1)...], to: &value)
            } else {
                URIEncoding.appendCanonical(segment, to: &key)
            }
            result.append((key, value))
        }
        while i < query.endIndex {
            if query[i] == UInt8(ascii: "&") {
                take(query[start..<i])
                start = i + 1
            }
            i += 1
        }
        take(query[start..<query.endIndex])
        return result
    }

    static func append(sorted pairs: [Pair], to out: inout [UInt8]) {
        let ordered = pairs.sorted { a, b in
            a.key == b.key ? a.value.lexicographicallyPrecedes(b.value) : a.key.lexicographicallyPrecedes(b.key)
        }
        for (n, pair) in ordered.enumerated() {
            if n > 0 { out.append(UInt8(ascii: "&")) }
            out.append(contentsOf: pair.key)
            out.append(UInt8(ascii: "="))
            out.append(contentsOf: pair.value)
        }
    }
}
