/// An ad request as MediaTailor makes it to the ad decision server: the avail to fill and who is watching what.
///
/// Query parameters (the ADS URL fills them from MediaTailor's dynamic variables): `availDuration` (seconds,
/// required), `availIndex`, `sessionId`, `viewerId`, `device`, `userAgent`, and content metadata as `content.<key>`.
public struct AdRequest: Sendable, Equatable {
    public var availDuration: Double
    public var availIndex: Int
    public var sessionId: String
    public var viewerId: String?
    public var device: String?
    public var userAgent: String?
    public var content: [String: String]

    public init(availDuration: Double, availIndex: Int = 0, sessionId: String = "", viewerId: String? = nil, device: String? = nil,
                userAgent: String? = nil, content: [String: String] = [:]) {
        self.availDuration = availDuration
        self.availIndex = availIndex
        self.sessionId = sessionId
        self.viewerId = viewerId
        self.device = device
        self.userAgent = userAgent
        self.content = content
    }

    /// A parameter is missing or malformed.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public let parameter: String
        public let description: String
    }

    /// Longest avail (and ad) considered, seconds.
    public static let longestAvail = 600.0

    /// The request from query parameters, or the first problem (the parameter it names).
    public static func parse(_ query: [String: String]) throws(Problem) -> AdRequest {
        guard let text = query["availDuration"], !text.isEmpty else {
            throw Problem(parameter: "availDuration", description: "availDuration is required (the avail's length in seconds)")
        }
        guard let duration = Double(text), duration.isFinite, duration > 0, duration <= longestAvail else {
            throw Problem(parameter: "availDuration", description: "availDuration must be seconds from 0 to \(Int(longestAvail)); got '\(text)'")
        }
        var index = 0
        if let text = query["availIndex"], !text.isEmpty {
            guard let value = Int(text), value >= 0 else { throw Problem(parameter: "availIndex", description: "availIndex must be a whole number from 0; got '\(text)'") }
            index = value
        }
        for name in ["sessionId", "viewerId", "device", "userAgent"] {
            if let value = query[name], value.count > 512 {
                throw Problem(parameter: name, description: "\(name) is longer than 512 characters")
            }
        }
        var content: [String: String] = [:]
        for (key, value) in query where key.hasPrefix("content.") && key.count > 8 {
            content[String(key.dropFirst(8))] = value
        }
        return AdRequest(availDuration: duration, availIndex: index, sessionId: query["sessionId"] ?? "", viewerId: query["viewerId"].flatMap { $0.isEmpty ? nil : $0 },
                         device: query["device"].flatMap { $0.isEmpty ? nil : $0 }, userAgent: query["userAgent"], content: content)
    }

    /// The value targeting reads for `attribute`: `device`, `content.<key>`, else the profile's attribute.
    public func value(of attribute: String, profile: ViewerProfile?) -> String? {
        if attribute == "device" { return device }
        if attribute.hasPrefix("content.") { return content[String(attribute.dropFirst(8))] }
        return profile?.attributes[attribute]
    }
}
