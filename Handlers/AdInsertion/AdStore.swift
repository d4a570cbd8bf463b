import AWSClients
import AWSCore
import Foundation
import MediaKit

/// Campaigns and viewer profiles in DynamoDB. A campaign is one item in the `campaigns` partition (so one Query
/// lists them all), its JSON in `document`; a profile is one item keyed by the viewer id.
struct AdStore: Sendable {
    let dynamodb: DynamoDBClient
    let campaignsTable: String
    let profilesTable: String
    static let partition = "campaigns"

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    func campaigns() async throws -> [AdCampaign] {
        let items = try await dynamodb.queryAll(DynamoDBQueryInput(tableName: campaignsTable, keyConditionExpression: "pk = :p",
                                                                   expressionAttributeValues: [":p": .s(Self.partition)]))
        return items.compactMap { item in
            guard case .s(let document)? = item["document"] else { return nil }
            return try? Self.decoder.decode(AdCampaign.self, from: Data(document.utf8))
        }
    }

    func campaign(_ id: String) async throws -> AdCampaign? {
        let item = try await dynamodb.getItem(DynamoDBGetItemInput(tableName: campaignsTable, key: ["pk": .s(Self.partition), "id": .s(id)], consistentRead: true))
        guard case .s(let document)? = item?["document"] else { return nil }
        return try Self.decoder.decode(AdCampaign.self, from: Data(document.utf8))
    }

    /// Stores `campaign`; `mustExist` makes it an update (false when there is none), else a create (false when it exists).
    func put(_ campaign: AdCampaign, mustExist: Bool) async throws -> Bool {
        let document = String(decoding: try Self.encoder.encode(campaign), as: UTF8.self)
        do {
            _ = try await dynamodb.putItem(DynamoDBPutItemInput(
                tableName: campaignsTable, item: ["pk": .s(Self.partition), "id": .s(campaign.id), "document": .s(document)],
                conditionExpression: mustExist ? "attribute_exists(id)" : "attribute_not_exists(id)"))
            return true
        } catch let error as AWSServiceError where error.code == "ConditionalCheckFailedException" {
            return false
        }
    }

    /// Deletes a campaign; false when there was none.
    func deleteCampaign(_ id: String) async throws -> Bool {
        do {
            _ = try await dynamodb.deleteItem(DynamoDBDeleteItemInput(tableName: campaignsTable, key: ["pk": .s(Self.partition), "id": .s(id)],
                                                                     conditionExpression: "attribute_exists(id)"))
            return true
        } catch let error as AWSServiceError where error.code == "ConditionalCheckFailedException" {
            return false
        }
    }

    func profile(_ id: String) async throws -> ViewerProfile? {
        let item = try await dynamodb.getItem(DynamoDBGetItemInput(tableName: profilesTable, key: ["id": .s(id)]))
        guard case .s(let document)? = item?["document"] else { return nil }
        return try Self.decoder.decode(ViewerProfile.self, from: Data(document.utf8))
    }

    func put(_ profile: ViewerProfile) async throws {
        let document = String(decoding: try Self.encoder.encode(profile), as: UTF8.self)
        _ = try await dynamodb.putItem(DynamoDBPutItemInput(tableName: profilesTable, item: ["id": .s(profile.id), "document": .s(document)]))
    }

    func deleteProfile(_ id: String) async throws -> Bool {
        do {
            _ = try await dynamodb.deleteItem(DynamoDBDeleteItemInput(tableName: profilesTable, key: ["id": .s(id)], conditionExpression: "attribute_exists(id)"))
            return true
        } catch let error as AWSServiceError where error.code == "ConditionalCheckFailedException" {
            return false
        }
    }
}
