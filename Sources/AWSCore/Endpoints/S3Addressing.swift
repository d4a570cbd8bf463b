/// Builds the URL of an S3 bucket or object against a resolved S3 endpoint.
///
/// Virtual-hosted style (`https://bucket.s3.<region>.amazonaws.com/key`) on AWS endpoints for buckets whose
/// names are DNS labels; path style (`<endpoint>/bucket/key`) on custom endpoints (moto, the local twin) and
/// for names with dots (they break TLS wildcard certificates) or upper case — botocore's `check_dns_name`
/// rule.
public enum S3Addressing {
    /// The URL for `key` in `bucket`; an empty key gives the bucket URL (`…/` virtual-hosted,
    /// `…/bucket` path style).
    ///
    /// The key is percent-encoded per UTF-8 byte except unreserved characters and `/`.
    /// - Throws: `EndpointError.emptyBucket`.
    public static func url(endpoint: ResolvedEndpoint, bucket: String, key: String) throws -> String {
        guard !bucket.isEmpty else { throw EndpointError.emptyBucket }
        let encodedKey = encodeKey(key)
        if endpoint.s3AddressingStyle == .virtualHosted, isVirtualHostable(bucket: bucket),
            let separator = endpoint.url.range(of: "://")
        {
            let scheme = endpoint.url[..<separator.upperBound]
            let rest = endpoint.url[separator.upperBound...]
            return scheme + bucket + "." + rest + "/" + encodedKey
        }
        let bucketURL = endpoint.url + "/" + percentEncode(bucket, keepingSlash: false)
        return key.isEmpty ? bucketURL : bucketURL + "/" + encodedKey
    }

    /// True when `bucket` can be a hostname label: 3–63 characters of lower-case letters, digits and dashes,
    /// starting and ending with a letter or digit, no dots.
    public static func isVirtualHostable(bucket: String) -> Bool {
        let bytes = Array(bucket.utf8)
        guard (3...63).contains(bytes.count) else { return false }
        func isLowerAlnum(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard let first = bytes.first, let last = bytes.last, isLowerAlnum(first), isLowerAlnum(last)
        else { return false }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// `key` with every UTF-8 byte percent-encoded (`%XX`, upper-case hex) except `A–Z a–z 0–9 - . _ ~` and `/`.
    public static func encodeKey(_ key: String) -> String {
        percentEncode(key, keepingSlash: true)
    }

    static func percentEncode(_ text: String, keepingSlash: Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                output.append(byte)
            case UInt8(ascii: "/") where keepingSlash:
                output.append(byte)
            default:
                output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
