extension Personalize {
    /// Input of GetRecommendations: exactly one of `campaignArn` and `recommenderArn`.
    public struct GetRecommendationsInput: Encodable, Sendable, Equatable {
        public var campaignArn: String?
        public var recommenderArn: String?
        /// Required for RELATED_ITEMS recipes.
        public var itemId: String?
        /// Required for USER_PERSONALIZATION recipes.
        public var userId: String?
        /// 1...500 (25 when `nil`); at most 50 with `metadataColumns`.
        public var numResults: Int?
        /// Contextual metadata such as device type or location (at most 150 entries).
        public var context: [String: String]?
        public var filterArn: String?
        /// Values for the filter's placeholders, by parameter name (at most 25).
        public var filterValues: [String: String]?
        /// Item metadata to return, keyed `ITEMS` (at most 10 columns).
        public var metadataColumns: [String: [String]]?
        /// At most one promotion.
        public var promotions: [Promotion]?

        public init(
            campaignArn: String? = nil, recommenderArn: String? = nil, itemId: String? = nil, userId: String? = nil,
            numResults: Int? = nil, context: [String: String]? = nil, filterArn: String? = nil,
            filterValues: [String: String]? = nil, metadataColumns: [String: [String]]? = nil, promotions: [Promotion]? = nil
        ) {
            self.campaignArn = campaignArn
            self.recommenderArn = recommenderArn
            self.itemId = itemId
            self.userId = userId
            self.numResults = numResults
            self.context = context
            self.filterArn = filterArn
            self.filterValues = filterValues
            self.metadataColumns = metadataColumns
            self.promotions = promotions
        }

        enum CodingKeys: String, CodingKey {
            case campaignArn, recommenderArn, itemId, userId, numResults, context, filterArn, filterValues, metadataColumns
            case promotions
        }

        func validate() throws(ClientInputError) {
            let operation = "GetRecommendations"
            let sources = [campaignArn, recommenderArn].compactMap { $0 }.filter { !$0.isEmpty }
            if sources.count != 1 {
                throw .invalidValue(operation, "campaignArn/recommenderArn", "needs exactly one of the two, got \(sources.count)")
            }
            try Personalize.validateResultCount(numResults, field: "numResults", metadata: metadataColumns, operation)
            if let promotions, promotions.count > 1 {
                throw .tooLarge(operation, "promotions", size: promotions.count, limit: 1, unit: "promotions")
            }
            try Personalize.validateMaps(context: context, filterValues: filterValues, operation)
        }
    }

    /// Items promoted into a share of the recommendations, chosen by a filter.
    public struct Promotion: Codable, Sendable, Equatable {
        /// 1...63 characters: letters, digits, `-` and `_`.
        public var name: String?
        /// 1...100.
        public var percentPromotedItems: Int?
        public var filterArn: String?
        public var filterValues: [String: String]?

        public init(name: String? = nil, percentPromotedItems: Int? = nil, filterArn: String? = nil, filterValues: [String: String]? = nil) {
            self.name = name
            self.percentPromotedItems = percentPromotedItems
            self.filterArn = filterArn
            self.filterValues = filterValues
        }

        enum CodingKeys: String, CodingKey { case name, percentPromotedItems, filterArn, filterValues }
    }

    /// Output of GetRecommendations.
    public struct GetRecommendationsOutput: Decodable, Sendable, Equatable {
        public var itemList: [PredictedItem]
        /// Pass it back on PutEvents to attribute interactions to this list.
        public var recommendationId: String?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            itemList = try container.decodeIfPresent([PredictedItem].self, forKey: .itemList) ?? []
            recommendationId = try container.decodeIfPresent(String.self, forKey: .recommendationId)
        }

        enum CodingKeys: String, CodingKey { case itemList, recommendationId }
    }

    /// A recommended item with its score and, where asked for, its metadata.
    public struct PredictedItem: Decodable, Sendable, Equatable {
        public var itemId: String?
        public var score: Double?
        public var promotionName: String?
        public var metadata: [String: String]?
        /// Why the item is there (User-Personalization-v2): promoted, exploration, popular placeholder.
        public var reason: [String]?
        enum CodingKeys: String, CodingKey { case itemId, score, promotionName, metadata, reason }
    }
}

extension Personalize {
    /// Refuses a result count outside 1...500, or over 50 when metadata columns are requested.
    static func validateResultCount(
        _ count: Int?, field: String, metadata: [String: [String]]?, _ operation: String
    ) throws(ClientInputError) {
        let withMetadata = !(metadata?.isEmpty ?? true)
        let limit = withMetadata ? PersonalizeRuntimeClient.maximumResultsWithMetadata : PersonalizeRuntimeClient.maximumResults
        if let count {
            if count < 1 { throw .invalidValue(operation, field, "is \(count); the service accepts 1...\(limit)") }
            if count > limit {
                throw .tooLarge(operation, field, size: count, limit: limit, unit: withMetadata ? "results with metadata" : "results")
            }
        }
        let columns = metadata?.values.reduce(0) { $0 + $1.count } ?? 0
        if columns > 10 { throw .tooLarge(operation, "metadataColumns", size: columns, limit: 10, unit: "columns") }
    }

    /// Refuses more context entries (150) or filter values (25) than the model allows.
    static func validateMaps(context: [String: String]?, filterValues: [String: String]?, _ operation: String) throws(ClientInputError) {
        if let context, context.count > 150 { throw .tooLarge(operation, "context", size: context.count, limit: 150, unit: "entries") }
        if let filterValues, filterValues.count > 25 {
            throw .tooLarge(operation, "filterValues", size: filterValues.count, limit: 25, unit: "entries")
        }
    }
}
