extension Personalize {
    /// Input of GetPersonalizedRanking: a campaign, a user and the items to re-rank.
    public struct GetPersonalizedRankingInput: Encodable, Sendable, Equatable {
        public var campaignArn: String
        /// Item ids to rank: at most 500, or 50 with `metadataColumns`.
        public var inputList: [String]
        public var userId: String
        public var context: [String: String]?
        public var filterArn: String?
        public var filterValues: [String: String]?
        public var metadataColumns: [String: [String]]?

        public init(
            campaignArn: String, inputList: [String], userId: String, context: [String: String]? = nil, filterArn: String? = nil,
            filterValues: [String: String]? = nil, metadataColumns: [String: [String]]? = nil
        ) {
            self.campaignArn = campaignArn
            self.inputList = inputList
            self.userId = userId
            self.context = context
            self.filterArn = filterArn
            self.filterValues = filterValues
            self.metadataColumns = metadataColumns
        }

        enum CodingKeys: String, CodingKey { case campaignArn, inputList, userId, context, filterArn, filterValues, metadataColumns }

        func validate() throws(ClientInputError) {
            let operation = "GetPersonalizedRanking"
            if campaignArn.isEmpty { throw .missingField(operation, "campaignArn") }
            if userId.isEmpty { throw .missingField(operation, "userId") }
            if inputList.isEmpty { throw .missingField(operation, "inputList") }
            try Personalize.validateResultCount(inputList.count, field: "inputList", metadata: metadataColumns, operation)
            try Personalize.validateMaps(context: context, filterValues: filterValues, operation)
        }
    }

    /// Output of GetPersonalizedRanking: the input items, best first.
    public struct GetPersonalizedRankingOutput: Decodable, Sendable, Equatable {
        public var personalizedRanking: [PredictedItem]
        public var recommendationId: String?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            personalizedRanking = try container.decodeIfPresent([PredictedItem].self, forKey: .personalizedRanking) ?? []
            recommendationId = try container.decodeIfPresent(String.self, forKey: .recommendationId)
        }

        enum CodingKeys: String, CodingKey { case personalizedRanking, recommendationId }
    }
}
