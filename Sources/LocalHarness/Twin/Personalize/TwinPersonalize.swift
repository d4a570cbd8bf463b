import Foundation

/// Amazon Personalize's data planes, which sign as `personalize` like the control plane and are told apart by
/// path: Personalize Events (restJson: `POST /events`, `/items`, `/users`) records interactions, items and users;
/// Personalize Runtime (`POST /recommendations`, `/personalize-ranking`) answers from them with
/// ``InteractionRecommender``. Campaign, recommender, tracker and dataset ARNs are checked for form only (one
/// interaction pool serves them all); filters are accepted and not applied. Control-plane calls (awsJson,
/// `X-Amz-Target: AmazonPersonalize.…`) go to `fallback` (moto) when there is one.
public struct TwinPersonalize: TwinService {
    public let signingNames: Set<String> = ["personalize"]
    let halfLife: TimeInterval
    let fallback: TwinForwarder?
    let now: @Sendable () -> Date
    let store = PersonalizeStore()

    /// - Parameter halfLife: the age at which an interaction counts half (default a week).
    public init(halfLife: TimeInterval = 7 * 86_400, fallback: TwinForwarder? = nil, now: @escaping @Sendable () -> Date = Date.init) {
        self.halfLife = halfLife
        self.fallback = fallback
        self.now = now
    }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        let paths: Set = ["/events", "/items", "/users", "/recommendations", "/personalize-ranking"]
        guard request.method == "POST", paths.contains(request.path) else {
            if let fallback { return await fallback.forward(request) }
            return .restError("UnknownOperationException", "\(request.method) \(request.path) is not served by the local twin", status: 404)
        }
        guard let input = try? JSONValue(parsing: request.body), input.objectValue != nil else {
            return invalid("The request body is not a JSON object")
        }
        switch request.path {
        case "/events": return await putEvents(input)
        case "/items": return await putRecords(input, list: "items", id: "itemId")
        case "/users": return await putRecords(input, list: "users", id: "userId")
        case "/recommendations": return await getRecommendations(input)
        default: return await getPersonalizedRanking(input)
        }
    }

    private func putEvents(_ input: JSONValue) async -> TwinResponse {
        for member in ["trackingId", "sessionId"] {
            if let problem = Self.check(input[member], member, required: true) { return invalid(problem) }
        }
        if let problem = Self.check(input["userId"], "userId", required: false) { return invalid(problem) }
        guard let events = input["eventList"]?.arrayValue else { return invalid(Self.null("eventList")) }
        guard (1...10).contains(events.count) else { return invalid(Self.constraint("eventList", "Member must have length between 1 and 10")) }
        var interactions: [(InteractionRecommender.Interaction, String?)] = []
        for (index, event) in events.enumerated() {
            let path = "eventList.\(index + 1)"
            if let problem = Self.check(event["eventType"], "\(path).member.eventType", required: true) { return invalid(problem) }
            guard let sentAt = event["sentAt"]?.number else { return invalid(Self.null("\(path).member.sentAt")) }
            if let properties = event["properties"] {
                guard let text = properties.stringValue, text.count <= 1024, (try? JSONValue(parsing: text))?.objectValue != nil else {
                    return invalid("Invalid properties in \(path): it must be a JSON object of at most 1024 characters")
                }
            }
            if let impression = event["impression"]?.arrayValue, impression.count > 25 {
                return invalid(Self.constraint("\(path).member.impression", "Member must have length less than or equal to 25"))
            }
            guard let item = event["itemId"]?.stringValue, !item.isEmpty else { continue }
            interactions.append((.init(userId: input["userId"]?.stringValue, sessionId: input["sessionId"]?.stringValue ?? "",
                                       itemId: item, eventType: event["eventType"]?.stringValue ?? "", value: event["eventValue"]?.number ?? 1,
                                       at: Date(timeIntervalSince1970: sentAt)), event["eventId"]?.stringValue))
        }
        await store.record(interactions)
        return TwinResponse(status: 200, headers: [("Content-Type", "application/json")])
    }

    private func putRecords(_ input: JSONValue, list: String, id: String) async -> TwinResponse {
        if let problem = Self.checkArn(input["datasetArn"], "datasetArn", required: true) { return invalid(problem) }
        guard let records = input[list]?.arrayValue else { return invalid(Self.null(list)) }
        guard (1...10).contains(records.count) else { return invalid(Self.constraint(list, "Member must have length between 1 and 10")) }
        var stored: [(String, [String: String])] = []
        for (index, record) in records.enumerated() {
            if let problem = Self.check(record[id], "\(list).\(index + 1).member.\(id)", required: true) { return invalid(problem) }
            var properties: [String: String] = [:]
            if let text = record["properties"] {
                guard let object = text.stringValue.flatMap({ try? JSONValue(parsing: $0) })?.objectValue else {
                    return invalid("Invalid properties for \(record[id]?.stringValue ?? ""): it must be a JSON object")
                }
                for (key, value) in object { properties[key] = value.stringValue ?? value.serialized() }
            }
            stored.append((record[id]?.stringValue ?? "", properties))
        }
        if list == "items" { await store.putItems(stored) } else { await store.putUsers(stored) }
        return TwinResponse(status: 200, headers: [("Content-Type", "application/json")])
    }

    private func getRecommendations(_ input: JSONValue) async -> TwinResponse {
        let sources = ["campaignArn", "recommenderArn"].filter { input[$0] != nil }
        guard sources.count == 1 else { return invalid("Provide exactly one of campaignArn and recommenderArn") }
        if let problem = Self.checkArn(input[sources[0]], sources[0], required: true) { return invalid(problem) }
        let userId = input["userId"]?.stringValue, itemId = input["itemId"]?.stringValue
        guard userId?.isEmpty == false || itemId?.isEmpty == false else { return invalid("Either userId or itemId must be provided") }
        let columns = input["metadataColumns"]?["ITEMS"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let limit = columns.isEmpty ? 500 : 50
        var count = Int(input["numResults"]?.number ?? 25)
        if count == 0 { count = 25 }
        guard (1...limit).contains(count) else { return invalid(Self.constraint("numResults", "Member must be between 0 and \(limit)")) }
        let recommender = await store.recommender(halfLife: halfLife, now: now())
        let items = recommender.recommend(userId: userId, itemId: itemId, count: count)
        return .json(["itemList": await predicted(items, columns: columns), "recommendationId": .string(Self.recommendationId(input, recommender))],
                     version: "1.1").restJSON
    }

    private func getPersonalizedRanking(_ input: JSONValue) async -> TwinResponse {
        if let problem = Self.checkArn(input["campaignArn"], "campaignArn", required: true) { return invalid(problem) }
        if let problem = Self.check(input["userId"], "userId", required: true) { return invalid(problem) }
        guard let list = input["inputList"]?.arrayValue?.compactMap(\.stringValue), !list.isEmpty else { return invalid(Self.null("inputList")) }
        let columns = input["metadataColumns"]?["ITEMS"]?.arrayValue?.compactMap(\.stringValue) ?? []
        let limit = columns.isEmpty ? 500 : 50
        guard list.count <= limit else { return invalid(Self.constraint("inputList", "Member must have length less than or equal to \(limit)")) }
        let recommender = await store.recommender(halfLife: halfLife, now: now())
        let ranked = recommender.rank(list, userId: input["userId"]?.stringValue ?? "")
        return .json(["personalizedRanking": await predicted(ranked, columns: columns), "recommendationId": .string(Self.recommendationId(input, recommender))],
                     version: "1.1").restJSON
    }

    private func predicted(_ items: [(itemId: String, score: Double)], columns: [String]) async -> JSONValue {
        var list: [JSONValue] = []
        for item in items {
            var entry: [String: JSONValue] = ["itemId": .string(item.itemId), "score": .double(item.score)]
            if !columns.isEmpty {
                let properties = await store.item(item.itemId)
                var metadata: [String: JSONValue] = [:]
                for column in columns {
                    let wanted = column.lowercased().replacingOccurrences(of: "_", with: "")
                    if let match = properties.first(where: { $0.key.lowercased().replacingOccurrences(of: "_", with: "") == wanted }) {
                        metadata[column.lowercased()] = .string(match.value)
                    }
                }
                entry["metadata"] = .object(metadata)
            }
            list.append(.object(entry))
        }
        return .array(list)
    }

    /// `RID-` and a UUID-shaped hash of the request and the interactions it was answered from.
    static func recommendationId(_ input: JSONValue, _ recommender: InteractionRecommender) -> String {
        let hex = String(PseudoTranslator.hash(input.serialized() + "/\(recommender.interactions.count)"), radix: 16)
            + String(PseudoTranslator.hash("\(recommender.interactions.count)/" + input.serialized()), radix: 16)
        let digits = Array(String(repeating: "0", count: max(0, 32 - hex.count)) + hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }
        return "RID-" + groups.joined(separator: "-")
    }

    // MARK: - Validation (the model's constraints, with its messages)

    static func null(_ member: String) -> String {
        "1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null"
    }

    static func constraint(_ member: String, _ rule: String) -> String {
        "1 validation error detected: Value at '\(member)' failed to satisfy constraint: \(rule)"
    }

    /// A string member of 1…256 characters.
    static func check(_ value: JSONValue?, _ member: String, required: Bool) -> String? {
        guard let value else { return required ? null(member) : nil }
        guard let text = value.stringValue, (1...256).contains(text.count) else {
            return constraint(member, "Member must have length between 1 and 256")
        }
        return nil
    }

    /// An ARN matching `arn:([a-z\d-]+):personalize:.*:.*:.+`, at most 256 characters.
    static func checkArn(_ value: JSONValue?, _ member: String, required: Bool) -> String? {
        guard let value else { return required ? null(member) : nil }
        let parts = value.stringValue?.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false) ?? []
        guard let text = value.stringValue, text.count <= 256, parts.count == 6, parts[0] == "arn", !parts[1].isEmpty, parts[2] == "personalize", !parts[5].isEmpty else {
            return constraint(member, "Member must satisfy regular expression pattern: arn:([a-z\\d-]+):personalize:.*:.*:.+")
        }
        return nil
    }

    private func invalid(_ message: String) -> TwinResponse { .restError("InvalidInputException", message, status: 400) }
}

private extension TwinResponse {
    /// The same body with restJson's plain `application/json` content type.
    var restJSON: TwinResponse {
        TwinResponse(status: status, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", UUID().uuidString.lowercased())], body: body)
    }
}

/// What Personalize Events recorded: interactions (an event id counts once), items and users.
actor PersonalizeStore {
    private var interactions: [InteractionRecommender.Interaction] = []
    private var eventIds: Set<String> = []
    private var items: [String: [String: String]] = [:]
    private var itemOrder: [String] = []
    private var users: [String: [String: String]] = [:]

    /// Events repeating an event id already seen are not used again (the service's rule for eventId).
    func record(_ new: [(InteractionRecommender.Interaction, String?)]) {
        for (interaction, id) in new where id.map({ eventIds.insert($0).inserted }) ?? true { interactions.append(interaction) }
    }

    func putItems(_ records: [(String, [String: String])]) {
        for (id, properties) in records {
            if items[id] == nil { itemOrder.append(id) }
            items[id] = properties
        }
    }

    func putUsers(_ records: [(String, [String: String])]) {
        for (id, properties) in records { users[id] = properties }
    }

    func item(_ id: String) -> [String: String] { items[id] ?? [:] }

    func recommender(halfLife: TimeInterval, now: Date) -> InteractionRecommender {
        InteractionRecommender(interactions: interactions, catalogue: itemOrder, halfLife: halfLife, now: now)
    }
}
