#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
// Events carry sender-shaped JSON (an EventBridge `detail`, a Lambda authorizer's context) as the shared
// JSON value type; re-exported so handlers need one import.
@_exported import JSONValues

extension JSONValue {
    /// The value as text: strings as they are, numbers and booleans as written in JSON, nil otherwise.
    var scalarText: String? {
        switch self {
        case .string(let value): return value
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        default: return nil
        }
    }

    /// Decodes a `Decodable` value from this JSON value.
    public func decode<T: Decodable>(_ type: T.Type, decoder: JSONDecoder = JSONDecoder()) throws -> T {
        try decoder.decode(T.self, from: serializedData())
    }
}

extension KeyedDecodingContainer {
    /// A string map whose values API Gateway sends as strings, read leniently: numbers and booleans
    /// become their JSON text, nulls and nested values are dropped.
    func decodeLenientStringMap(forKey key: Key) throws -> [String: String]? {
        guard let raw = try decodeIfPresent([String: JSONValue].self, forKey: key) else { return nil }
        return raw.compactMapValues(\.scalarText)
    }
}
