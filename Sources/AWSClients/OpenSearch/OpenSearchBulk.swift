import AWSCore
import Foundation

/// One action of a bulk request.
public enum OpenSearchBulkAction: Sendable, Equatable {
    /// Creates or replaces `document` (an id is generated when `id` is nil).
    case index(index: String, id: String?, document: JSON)
    /// Deletes document `id`.
    case delete(index: String, id: String)

    /// The NDJSON body: an action line, then the document line for `index`; a newline after every line,
    /// the last one included (OpenSearch refuses a body without it).
    static func ndjson(_ actions: [OpenSearchBulkAction]) throws -> Data {
        var body = Data()
        for action in actions {
            switch action {
            case .index(let index, let id, let document):
                if index.isEmpty { throw ClientInputError.missingField("Bulk", "index") }
                var meta: [String: JSON] = ["_index": .string(index)]
                if let id { meta["_id"] = .string(id) }
                body += try OpenSearchClient.encode(["index": .object(meta)]) + Data("\n".utf8)
                body += try OpenSearchClient.encode(document) + Data("\n".utf8)
            case .delete(let index, let id):
                if index.isEmpty { throw ClientInputError.missingField("Bulk", "index") }
                if id.isEmpty { throw ClientInputError.missingField("Bulk", "id") }
                body += try OpenSearchClient.encode(["delete": ["_index": .string(index), "_id": .string(id)]]) + Data("\n".utf8)
            }
        }
        return body
    }
}

/// The answer to a bulk request: one item per action, in order.
public struct OpenSearchBulkResult: Sendable, Equatable {
    /// The outcome of one action.
    public struct Item: Sendable, Equatable {
        /// `index`, `create`, `update` or `delete`.
        public var action: String
        public var index: String?
        public var id: String?
        public var status: Int
        /// `created`, `updated`, `deleted`, `not_found`, …
        public var result: String?
        /// The error type and reason when this action failed.
        public var errorType: String?
        public var errorReason: String?
    }

    /// True when at least one item failed.
    public var errors: Bool
    public var items: [Item]
    /// The items that failed, with their error type and reason.
    public var failures: [Item] { items.filter { $0.errorType != nil } }

    init(_ answer: JSON) throws {
        guard case .array(let raw)? = answer["items"] else { throw AWSClientError.invalidResponse }
        errors = answer["errors"]?.boolValue ?? false
        items = try raw.map { entry in
            guard case .object(let object) = entry, let (action, body) = object.first else { throw AWSClientError.invalidResponse }
            return Item(
                action: action, index: body["_index"]?.stringValue, id: body["_id"]?.stringValue,
                status: Int(body["status"]?.numberValue ?? 0), result: body["result"]?.stringValue,
                errorType: body["error"]?["type"]?.stringValue, errorReason: body["error"]?["reason"]?.stringValue)
        }
    }
}
