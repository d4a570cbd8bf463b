import Foundation

/// What a CloudFront signed URL or cookie allows: a resource (URL, may end in `*`) until a time,
/// optionally not before a time and only from an IP range.
public struct CloudFrontPolicy: Sendable, Equatable {
    public var resource: String
    public var dateLessThan: Date
    public var dateGreaterThan: Date?
    /// An IPv4 address or CIDR range; a bare address means that one address (`/32`).
    public var ipAddress: String?

    public init(resource: String, dateLessThan: Date, dateGreaterThan: Date? = nil, ipAddress: String? = nil) {
        self.resource = resource
        self.dateLessThan = dateLessThan
        self.dateGreaterThan = dateGreaterThan
        self.ipAddress = ipAddress
    }

    /// A canned policy has only the resource and the expiry; it travels as `Expires` instead of `Policy`.
    public var isCanned: Bool { dateGreaterThan == nil && ipAddress == nil }

    /// The policy document, byte for byte as botocore's `CloudFrontSigner.build_policy` writes it
    /// (compact JSON, keys in the order Resource, Condition: DateLessThan, IpAddress, DateGreaterThan).
    public var json: String {
        var condition = #""DateLessThan":{"AWS:EpochTime":\#(Self.epoch(dateLessThan))}"#
        if let ipAddress {
            let range = ipAddress.contains("/") ? ipAddress : ipAddress + "/32"
            condition += #","IpAddress":{"AWS:SourceIp":\#(Self.quoted(range))}"#
        }
        if let dateGreaterThan {
            condition += #","DateGreaterThan":{"AWS:EpochTime":\#(Self.epoch(dateGreaterThan))}"#
        }
        return #"{"Statement":[{"Resource":\#(Self.quoted(resource)),"Condition":{\#(condition)}}]}"#
    }

    /// The canned policy signed for a URL and expiry: the same document with only `DateLessThan`
    /// (botocore builds it with `build_policy` too, so non-ASCII is escaped alike).
    static func canned(resource: String, expires: Date) -> String {
        CloudFrontPolicy(resource: resource, dateLessThan: expires).json
    }

    static func epoch(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    /// A JSON string as Python's `json.dumps` writes it: ASCII only, `\uXXXX` for everything else.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(unit)!)
            default: out += "\\u" + String(repeating: "0", count: 4 - String(unit, radix: 16).count) + String(unit, radix: 16)
            }
        }
        return out + "\""
    }
}
