/// The percent-encodings AWS expects in paths, query strings and form bodies.
public enum AWSURIEncoding {
    /// Encodes `value` with AWS strict URI encoding: only `A-Z a-z 0-9 - _ . ~` stay as they are,
    /// every other UTF-8 byte becomes `%XX` (uppercase hex). With `keepSlash`, `/` also stays.
    public static func encode(_ value: String, keepSlash: Bool = false) -> String {
        var out = [UInt8]()
        out.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if URIEncoding.isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                out.append(byte)
            } else {
                appendEscape(byte, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Encodes `value` for an `application/x-www-form-urlencoded` body exactly as botocore does
    /// (Python's `urlencode`): strict encoding, except that a space becomes `+`.
    public static func formEncode(_ value: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if URIEncoding.isUnreserved(byte) {
                out.append(byte)
            } else if byte == UInt8(ascii: " ") {
                out.append(UInt8(ascii: "+"))
            } else {
                appendEscape(byte, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Joins pairs as a form body: `key=value` joined with `&`, both sides form-encoded.
    public static func formEncode(_ pairs: [(String, String)]) -> String {
        pairs.map { formEncode($0.0) + "=" + formEncode($0.1) }.joined(separator: "&")
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "%"))
        out.append(URIEncoding.upperHex(byte >> 4))
        out.append(URIEncoding.upperHex(byte & 0x0F))
    }
}
