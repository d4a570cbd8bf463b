import AWSClients
import AWSCore
import Foundation
import MediaKit

/// Impression counters in DynamoDB, written only by conditional atomic updates so that concurrent ad requests can
/// never exceed a budget or a frequency cap.
///
/// Items (`pk`, `sk`): `day#<UTC date>` / `campaign#<id>` and `creative#<id>` for today's impressions, `total` /
/// `campaign#<id>` and `creative#<id>` for all of them, `viewer#<id>` / `<campaign>#<window>` for a viewer's
/// impressions of a campaign in its cap window. Day and viewer counters expire (TTL attribute `expiresAt`).
struct DeliveryLedger: Sendable {
    let dynamodb: DynamoDBClient
    let table: String

    static func day(_ now: Date) -> String {
        let days = Int(now.timeIntervalSince1970.rounded(.down)) / 86_400
        let date = Date(timeIntervalSince1970: Double(days * 86_400))
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// Every campaign's delivery today and in all.
    func delivered(at now: Date) async throws -> [String: AdDelivered] {
        var delivered: [String: AdDelivered] = [:]
        for (partition, isToday) in [("day#\(Self.day(now))", true), ("total", false)] {
            for (key, count) in try await counters(partition, prefix: "campaign#") {
                if isToday { delivered[key, default: AdDelivered()].today = count } else { delivered[key, default: AdDelivered()].total = count }
            }
        }
        return delivered
    }

    /// The viewer's impressions of each campaign in the campaign's current cap window.
    func frequency(viewer: String, campaigns: [AdCampaign], at now: Date) async throws -> [String: Int] {
        let counts = try await counters("viewer#\(viewer)", prefix: "")
        var frequency: [String: Int] = [:]
        for campaign in campaigns {
            guard let cap = campaign.frequencyCap else { continue }
            frequency[campaign.id] = counts["\(campaign.id)#\(cap.window(at: now).number)"] ?? 0
        }
        return frequency
    }

    /// Counts one impression of `ad` for `viewer`, unless that would pass the campaign's daily or total budget or
    /// the viewer's cap: all counters move together or none does. False when a limit was reached.
    func reserve(_ ad: AdDecision.Ad, viewer: String?, at now: Date) async throws -> Bool {
        let campaign = ad.campaign
        let day = "day#\(Self.day(now))"
        let dayExpiry = Int(now.timeIntervalSince1970) / 86_400 * 86_400 + 3 * 86_400
        var actions: [DynamoDBTransactWriteItem] = [
            count(day, "campaign#\(campaign.id)", limit: campaign.dailyBudget, expires: dayExpiry),
            count("total", "campaign#\(campaign.id)", limit: campaign.totalBudget, expires: nil),
            count(day, "creative#\(ad.creative.id)", limit: nil, expires: dayExpiry),
            count("total", "creative#\(ad.creative.id)", limit: nil, expires: nil),
        ]
        if let cap = campaign.frequencyCap, let viewer {
            let window = cap.window(at: now)
            actions.append(count("viewer#\(viewer)", "\(campaign.id)#\(window.number)", limit: cap.count, expires: Int(window.ends.timeIntervalSince1970)))
        }
        do {
            try await dynamodb.transactWriteItems(actions)
            return true
        } catch let error as AWSServiceError where error.code == "TransactionCanceledException" {
            return false
        }
    }

    /// Impressions today and in all, per campaign and per creative.
    func stats(at now: Date) async throws -> (today: [String: Int], total: [String: Int]) {
        (try await counters("day#\(Self.day(now))", prefix: ""), try await counters("total", prefix: ""))
    }

    private func count(_ partition: String, _ key: String, limit: Int?, expires: Int?) -> DynamoDBTransactWriteItem {
        var names = ["#c": "impressions"]
        var values: DynamoDBItem = [":one": .number(1)]
        var update = "ADD #c :one"
        if let expires {
            names["#e"] = "expiresAt"
            values[":e"] = .number(expires)
            update += " SET #e = :e"
        }
        var condition: String?
        if let limit {
            values[":limit"] = .number(limit)
            condition = "attribute_not_exists(#c) OR #c < :limit"
        }
        return .update(DynamoDBUpdateItemInput(tableName: table, key: ["pk": .s(partition), "sk": .s(key)], updateExpression: update,
                                               conditionExpression: condition, expressionAttributeNames: names, expressionAttributeValues: values))
    }

    /// `sk` (without `prefix`) → count for the items of a partition whose key starts with `prefix`.
    private func counters(_ partition: String, prefix: String) async throws -> [String: Int] {
        var input = DynamoDBQueryInput(tableName: table, keyConditionExpression: "pk = :p", expressionAttributeValues: [":p": .s(partition)], consistentRead: true)
        if !prefix.isEmpty {
            input.keyConditionExpression = "pk = :p AND begins_with(sk, :k)"
            input.expressionAttributeValues?[":k"] = .s(prefix)
        }
        var counts: [String: Int] = [:]
        for item in try await dynamodb.queryAll(input) {
            guard case .s(let key)? = item["sk"], case .n(let number)? = item["impressions"], let count = Int(number) else { continue }
            counts[String(key.dropFirst(prefix.count))] = count
        }
        return counts
    }
}
