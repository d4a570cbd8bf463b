import Foundation

/// An advertiser's campaign: its creatives, who it targets, when it runs, how much it may deliver and how often
/// one viewer may see it.
public struct AdCampaign: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var advertiser: String
    /// Higher wins: a pod first maximises the sum of its ads' priorities, then their revenue.
    public var priority: Int
    /// Price per thousand impressions of a 30-second spot (scaled by a creative's duration).
    public var cpm: Double
    /// The flight: when it may serve.
    public var start: Date
    public var end: Date
    /// Impressions per UTC day and in the whole flight (nil: no limit).
    public var dailyBudget: Int?
    public var totalBudget: Int?
    public var frequencyCap: FrequencyCap?
    /// Competitive-exclusion categories: no pod holds two ads sharing one.
    public var exclusionCategories: [String]
    /// Every rule must hold for the viewer's profile.
    public var targeting: [TargetingRule]
    public var creatives: [AdCreative]
    /// A paused campaign never serves.
    public var paused: Bool

    public init(id: String, name: String, advertiser: String, priority: Int = 1, cpm: Double = 10, start: Date, end: Date,
                dailyBudget: Int? = nil, totalBudget: Int? = nil, frequencyCap: FrequencyCap? = nil, exclusionCategories: [String] = [],
                targeting: [TargetingRule] = [], creatives: [AdCreative], paused: Bool = false) {
        self.id = id
        self.name = name
        self.advertiser = advertiser
        self.priority = priority
        self.cpm = cpm
        self.start = start
        self.end = end
        self.dailyBudget = dailyBudget
        self.totalBudget = totalBudget
        self.frequencyCap = frequencyCap
        self.exclusionCategories = exclusionCategories
        self.targeting = targeting
        self.creatives = creatives
        self.paused = paused
    }
}

/// At most `count` impressions of a campaign for one viewer in each `periodSeconds` window (aligned to the epoch).
public struct FrequencyCap: Codable, Sendable, Equatable {
    public var count: Int
    public var periodSeconds: Int

    public init(count: Int, periodSeconds: Int) {
        self.count = count
        self.periodSeconds = periodSeconds
    }

    /// The window `now` falls in (its number and when it ends).
    public func window(at now: Date) -> (number: Int, ends: Date) {
        let period = max(periodSeconds, 1)
        let number = Int(now.timeIntervalSince1970.rounded(.down)) / period
        return (number, Date(timeIntervalSince1970: Double((number + 1) * period)))
    }
}

/// One video creative: its identity, length and the files a player (or MediaTailor) can fetch.
public struct AdCreative: Codable, Sendable, Equatable {
    public var id: String
    public var title: String?
    /// VAST 4's UniversalAdId: the registry (`ad-id.org`, …) and the id in it.
    public var universalAdId: UniversalAdId
    /// Seconds.
    public var duration: Double
    public var clickThrough: String?
    public var mediaFiles: [AdMediaFile]

    public init(id: String, title: String? = nil, universalAdId: UniversalAdId, duration: Double, clickThrough: String? = nil, mediaFiles: [AdMediaFile]) {
        self.id = id
        self.title = title
        self.universalAdId = universalAdId
        self.duration = duration
        self.clickThrough = clickThrough
        self.mediaFiles = mediaFiles
    }

    /// The MP4 with the highest bitrate (MediaTailor transcodes the best rendition it is given).
    public var bestMP4: AdMediaFile? {
        var best: AdMediaFile?
        for file in mediaFiles where file.type == "video/mp4" {
            if let current = best, (file.bitrate, file.width) <= (current.bitrate, current.width) { continue }
            best = file
        }
        return best
    }
}

public struct UniversalAdId: Codable, Sendable, Equatable {
    public var registry: String
    public var value: String

    public init(registry: String, value: String) {
        self.registry = registry
        self.value = value
    }
}

public struct AdMediaFile: Codable, Sendable, Equatable {
    public var url: String
    /// MIME type; `video/mp4` for what MediaTailor uses.
    public var type: String
    /// Kilobits per second.
    public var bitrate: Int
    public var width: Int
    public var height: Int

    public init(url: String, type: String = "video/mp4", bitrate: Int, width: Int, height: Int) {
        self.url = url
        self.type = type
        self.bitrate = bitrate
        self.width = width
        self.height = height
    }

    enum CodingKeys: String, CodingKey { case url, type, bitrate, width, height }

    /// `type` may be left out: `video/mp4`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(String.self, forKey: .url)
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "video/mp4"
        bitrate = try container.decode(Int.self, forKey: .bitrate)
        width = try container.decode(Int.self, forKey: .width)
        height = try container.decode(Int.self, forKey: .height)
    }
}

/// A rule on one attribute of the viewer's profile (or the request: `device`, `content.<key>`).
public struct TargetingRule: Codable, Sendable, Equatable {
    public enum Operator: String, Codable, Sendable {
        case equals, `in`, notIn, range
    }

    public var attribute: String
    public var op: Operator
    /// For equals (one value), in and notIn.
    public var values: [String]
    /// For range: numeric bounds, inclusive.
    public var min: Double?
    public var max: Double?

    public init(attribute: String, op: Operator, values: [String] = [], min: Double? = nil, max: Double? = nil) {
        self.attribute = attribute
        self.op = op
        self.values = values
        self.min = min
        self.max = max
    }

    /// Whether `value` (the attribute's, nil when the viewer has none) satisfies the rule. A missing attribute
    /// satisfies only notIn.
    public func matches(_ value: String?) -> Bool {
        switch op {
        case .equals: return value != nil && value == values.first
        case .in: return value.map(values.contains) ?? false
        case .notIn: return value.map { !values.contains($0) } ?? true
        case .range:
            guard let number = value.flatMap(Double.init) else { return false }
            return number >= (min ?? -.infinity) && number <= (max ?? .infinity)
        }
    }
}

/// What is known about a viewer: attributes targeting rules read (`age`, `country`, `tier`, `interests`, …).
public struct ViewerProfile: Codable, Sendable, Equatable {
    public var id: String
    public var attributes: [String: String]

    public init(id: String, attributes: [String: String] = [:]) {
        self.id = id
        self.attributes = attributes
    }
}
