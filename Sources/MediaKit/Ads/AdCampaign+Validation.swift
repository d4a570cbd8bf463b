import Foundation

/// A campaign (or profile) field an admin gave wrongly: the field's path and what is wrong.
public struct AdFieldProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let problem: String
    public var description: String { "\(field) \(problem)" }

    public init(_ field: String, _ problem: String) {
        self.field = field
        self.problem = problem
    }
}

extension AdCampaign {
    /// Highest priority and CPM a campaign may have (so priority always outranks revenue in a pod's score).
    public static let maximumPriority = 100
    public static let maximumCPM = 10_000.0

    /// Checks every field; the first problem names its field (`creatives[1].mediaFiles[0].url`).
    public func validate() throws(AdFieldProblem) {
        try Self.checkIdentifier(id, "id")
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty, name.count <= 200 else { throw AdFieldProblem("name", "must be 1 to 200 characters") }
        guard !advertiser.trimmingCharacters(in: .whitespaces).isEmpty, advertiser.count <= 200 else { throw AdFieldProblem("advertiser", "must be 1 to 200 characters") }
        guard (1...Self.maximumPriority).contains(priority) else { throw AdFieldProblem("priority", "must be from 1 to \(Self.maximumPriority); got \(priority)") }
        guard cpm.isFinite, cpm >= 0, cpm <= Self.maximumCPM else { throw AdFieldProblem("cpm", "must be from 0 to \(Int(Self.maximumCPM)); got \(cpm)") }
        guard start < end else { throw AdFieldProblem("end", "must be after start") }
        if let dailyBudget, dailyBudget <= 0 { throw AdFieldProblem("dailyBudget", "must be a positive number of impressions; got \(dailyBudget)") }
        if let totalBudget, totalBudget <= 0 { throw AdFieldProblem("totalBudget", "must be a positive number of impressions; got \(totalBudget)") }
        if let cap = frequencyCap {
            guard cap.count >= 1 else { throw AdFieldProblem("frequencyCap.count", "must be at least 1; got \(cap.count)") }
            guard cap.periodSeconds >= 60, cap.periodSeconds <= 31 * 86_400 else { throw AdFieldProblem("frequencyCap.periodSeconds", "must be from 60 to 2678400; got \(cap.periodSeconds)") }
        }
        for (index, category) in exclusionCategories.enumerated() where category.isEmpty || category.count > 100 {
            throw AdFieldProblem("exclusionCategories[\(index)]", "must be 1 to 100 characters")
        }
        for (index, rule) in targeting.enumerated() { try rule.validate("targeting[\(index)]") }
        guard !creatives.isEmpty else { throw AdFieldProblem("creatives", "must list at least one creative") }
        var seen = Set<String>()
        for (index, creative) in creatives.enumerated() {
            try creative.validate("creatives[\(index)]")
            guard seen.insert(creative.id).inserted else { throw AdFieldProblem("creatives[\(index)].id", "repeats \(creative.id)") }
        }
    }

    static func checkIdentifier(_ value: String, _ field: String) throws(AdFieldProblem) {
        guard !value.isEmpty, value.count <= 64, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw AdFieldProblem(field, "must be 1 to 64 letters, digits, - or _; got '\(value)'")
        }
    }
}

extension AdCreative {
    func validate(_ path: String) throws(AdFieldProblem) {
        try AdCampaign.checkIdentifier(id, "\(path).id")
        guard !universalAdId.registry.isEmpty else { throw AdFieldProblem("\(path).universalAdId.registry", "is required (ad-id.org, …)") }
        guard !universalAdId.value.isEmpty else { throw AdFieldProblem("\(path).universalAdId.value", "is required") }
        guard duration.isFinite, duration > 0, duration <= AdRequest.longestAvail else {
            throw AdFieldProblem("\(path).duration", "must be seconds from 0 to \(Int(AdRequest.longestAvail)); got \(duration)")
        }
        if let clickThrough, !Self.isWebURL(clickThrough) { throw AdFieldProblem("\(path).clickThrough", "must be an http(s) URL") }
        guard !mediaFiles.isEmpty else { throw AdFieldProblem("\(path).mediaFiles", "must list at least one file") }
        for (index, file) in mediaFiles.enumerated() {
            let field = "\(path).mediaFiles[\(index)]"
            guard Self.isWebURL(file.url) else { throw AdFieldProblem("\(field).url", "must be an http(s) URL") }
            guard file.type.contains("/") else { throw AdFieldProblem("\(field).type", "must be a MIME type such as video/mp4") }
            guard file.bitrate > 0 else { throw AdFieldProblem("\(field).bitrate", "must be positive (kbps)") }
            guard file.width > 0, file.height > 0 else { throw AdFieldProblem("\(field).width", "and height must be positive pixels") }
        }
        guard bestMP4 != nil else { throw AdFieldProblem("\(path).mediaFiles", "must include a video/mp4 file (MediaTailor transcodes it)") }
    }

    static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http", url.host?.isEmpty == false else { return false }
        return true
    }
}

extension TargetingRule {
    func validate(_ path: String) throws(AdFieldProblem) {
        guard !attribute.isEmpty, attribute.count <= 100 else { throw AdFieldProblem("\(path).attribute", "must be 1 to 100 characters") }
        switch op {
        case .equals: guard values.count == 1 else { throw AdFieldProblem("\(path).values", "must hold exactly one value for equals") }
        case .in, .notIn: guard !values.isEmpty else { throw AdFieldProblem("\(path).values", "must hold at least one value for \(op.rawValue)") }
        case .range:
            guard min != nil || max != nil else { throw AdFieldProblem("\(path).min", "or max is required for range") }
            if let min, let max, min > max { throw AdFieldProblem("\(path).max", "must not be below min") }
        }
    }
}

extension ViewerProfile {
    public func validate() throws(AdFieldProblem) {
        try AdCampaign.checkIdentifier(id, "id")
        guard attributes.count <= 100 else { throw AdFieldProblem("attributes", "has more than 100 entries") }
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) where key.isEmpty || key.count > 100 || value.count > 500 {
            throw AdFieldProblem("attributes.\(key)", "keys must be 1 to 100 characters and values at most 500")
        }
    }
}
