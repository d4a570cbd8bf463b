/// Tracking URLs: the beacon endpoint with the event and what identifies the served ad.
public struct AdBeacons: Sendable, Equatable {
    /// The endpoint (`https://api.example.com/ads/beacons`).
    public var endpoint: String

    public init(endpoint: String) { self.endpoint = endpoint }

    /// The events a linear ad reports.
    public static let trackingEvents = ["start", "firstQuartile", "midpoint", "thirdQuartile", "complete"]

    /// The URL for `event` of `ad` (`impression`, a tracking event, or `error`). VAST's `[ERRORCODE]` macro is
    /// left out: square brackets are not valid in the schema's `xs:anyURI`, and the document must validate.
    public func url(_ event: String, ad: AdDecision.Ad, sessionId: String) -> String {
        let query = [("event", event), ("adServingId", ad.adServingId), ("campaign", ad.campaign.id), ("creative", ad.creative.id), ("session", sessionId)]
        let separator = endpoint.contains("?") ? "&" : "?"
        return endpoint + separator + query.map { "\($0)=\(Self.encode($1))" }.joined(separator: "&")
    }

    /// Percent-encodes a query value (RFC 3986 unreserved characters stay).
    public static func encode(_ value: String) -> String {
        var encoded = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.append(Character(UnicodeScalar(byte)))
            default:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded2
            }
        }
        return encoded
    }
}

extension String {
    fileprivate var leftPadded2: String { count < 2 ? "0" + self : self }
}
