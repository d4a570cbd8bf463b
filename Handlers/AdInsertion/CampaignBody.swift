import Foundation
import LambdaRuntime
import MediaKit

/// Admin request bodies: JSON decoded with the failing field named, then validated.
enum AdminBody {
    /// `body` as `T` (dates ISO 8601); a 400 naming the field that is missing or of the wrong type.
    static func decode<T: Decodable>(_ type: T.Type, from body: Data) throws(HTTPError) -> T {
        do {
            return try AdStore.decoder.decode(type, from: body.isEmpty ? Data("{}".utf8) : body)
        } catch let DecodingError.keyNotFound(key, context) {
            throw HTTPError.invalidRequest("\(path(context.codingPath + [key])) is required")
        } catch let DecodingError.typeMismatch(_, context) {
            throw HTTPError.invalidRequest("\(path(context.codingPath)) has the wrong type: \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw HTTPError.invalidRequest("\(path(context.codingPath)) must not be null")
        } catch let DecodingError.dataCorrupted(context) {
            let field = path(context.codingPath)
            throw HTTPError.invalidRequest(field.isEmpty ? "the body is not valid JSON" : "\(field) is not valid: \(context.debugDescription)")
        } catch {
            throw HTTPError.invalidRequest("the body could not be read: \(error)")
        }
    }

    /// `creatives[0].mediaFiles[1].url`.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }
}

/// `POST /ads/campaigns` and `PUT /ads/campaigns/{id}`: a campaign without its id (the path or the server gives it);
/// optional fields take their defaults.
struct CampaignBody: Decodable {
    var id: String?
    var name: String
    var advertiser: String
    var priority: Int?
    var cpm: Double?
    var start: Date
    var end: Date
    var dailyBudget: Int?
    var totalBudget: Int?
    var frequencyCap: FrequencyCap?
    var exclusionCategories: [String]?
    var targeting: [TargetingRule]?
    var creatives: [AdCreative]
    var paused: Bool?

    func campaign(id: String) throws(HTTPError) -> AdCampaign {
        let campaign = AdCampaign(id: id, name: name, advertiser: advertiser, priority: priority ?? 1, cpm: cpm ?? 10, start: start, end: end,
                                  dailyBudget: dailyBudget, totalBudget: totalBudget, frequencyCap: frequencyCap,
                                  exclusionCategories: exclusionCategories ?? [], targeting: targeting ?? [], creatives: creatives, paused: paused ?? false)
        do throws(AdFieldProblem) {
            try campaign.validate()
        } catch {
            throw HTTPError.invalidRequest(error.description)
        }
        return campaign
    }
}

/// `PUT /ads/profiles/{id}`.
struct ProfileBody: Decodable {
    var attributes: [String: String]
}
