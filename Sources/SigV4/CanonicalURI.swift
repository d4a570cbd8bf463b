/// The canonical URI: the wire path, optionally normalised, then URI-encoded with `/` kept.
enum CanonicalURI {
    static func append(path: ArraySlice<UInt8>, options: SigningOptions, to out: inout [UInt8]) {
        if path.isEmpty {
            out.append(UInt8(ascii: "/"))
            return
        }
        if options.normalizePath {
            appendEncoded(removingDotSegments(path), doubleEncode: options.doubleURIEncode, to: &out)
        } else {
            appendEncoded(path, doubleEncode: options.doubleURIEncode, to: &out)
        }
    }

    /// Encodes every byte but unreserved ones and `/`; `%` is encoded too when double encoding,
    /// otherwise it is kept because the wire path is already encoded once.
    private static func appendEncoded<C: Collection<UInt8>>(_ path: C, doubleEncode: Bool, to out: inout [UInt8]) {
        for b in path {
            if b == UInt8(ascii: "/") || (!doubleEncode && b == UInt8(ascii: "%")) {
                out.append(b)
            } else {
                URIEncoding.appendEncoded(b, to: &out)
            }
        }
    }

    /// RFC 3986 dot-segment removal that also collapses empty segments (`//`), as AWS services expect.
    static func removingDotSegments(_ path: ArraySlice<UInt8>) -> [UInt8] {
        var segments: [ArraySlice<UInt8>] = []
        var start = path.startIndex
        var i = path.startIndex
        func take(_ segment: ArraySlice<UInt8>) {
            if segment.isEmpty || (segment.count == 1 && segment.first == UInt8(ascii: ".")) { return }
            if segment.count == 2 && segment.first == UInt8(ascii: ".") && segment.last == UInt8(ascii: ".") {
                if !segments.isEmpty { segments.removeLast() }
                return
            }
            segments.append(segment)
        }
        while i < path.endIndex {
            if path[i] == UInt8(ascii: "/") {
                take(path[start..<i])
                start = i + 1
            }
            i += 1
        }
        take(path[start..<path.endIndex])

        var out = [UInt8]()
        out.reserveCapacity(path.count)
        if path.first == UInt8(ascii: "/") { out.append(UInt8(ascii: "/")) }
        for (n, segment) in segments.enumerated() {
            if n > 0 { out.append(UInt8(ascii: "/")) }
            out.append(contentsOf: segment)
        }
        if path.last == UInt8(ascii: "/") && !segments.isEmpty { out.append(UInt8(ascii: "/")) }
        return out
    }
}
