import Foundation

/// How `DynamoDBEncoder` writes a `Date` and `DynamoDBDecoder` expects to read it.
public enum DynamoDBDateEncoding: Sendable {
    /// An ISO 8601 string in UTC with milliseconds (`S`, "2026-01-01T00:00:00.000Z"): sorts as text, reads in the console.
    case iso8601
    /// Seconds since 1970 (`N`): what DynamoDB's TTL attribute needs.
    case epochSeconds
}

/// Turns any `Encodable` value into DynamoDB attribute values.
///
/// Strings → `S`; numbers → `N` (as text); `Bool` → `BOOL`; `Data` → `B`; `Date` → by `dateEncoding`
/// (ISO 8601 `S` by default); structs and dictionaries → `M`; arrays → `L`; `Set<String>` → `SS`,
/// sets of integers → `NS`, `Set<Data>` → `BS` (an empty set → an empty `L`, since DynamoDB refuses empty sets);
/// `nil` optionals are left out; a `DynamoDBValue` is written as it is.
public struct DynamoDBEncoder: Sendable {
    public var dateEncoding: DynamoDBDateEncoding

    public init(dateEncoding: DynamoDBDateEncoding = .iso8601) {
        self.dateEncoding = dateEncoding
    }

    /// The item for a struct (or dictionary); anything that does not encode as a map is refused.
    public func encode(_ value: some Encodable) throws -> DynamoDBItem {
        guard case .m(let item) = try encodeValue(value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "a DynamoDB item must encode as a map of attributes"))
        }
        return item
    }

    /// The attribute value for any encodable value.
    public func encodeValue(_ value: some Encodable) throws -> DynamoDBValue {
        try DynamoDBEncoding(dateEncoding: dateEncoding, codingPath: []).box(value).resolve()
    }

    static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func iso8601(_ date: Date) -> String { date.formatted(dateStyle) }
}

/// A value under construction: containers fill it in after they are handed out, so it is a reference.
final class DynamoDBNode {
    enum Content { case value(DynamoDBValue), map([String: DynamoDBNode]), list([DynamoDBNode]) }
    var content: Content

    init(_ content: Content) { self.content = content }

    func resolve() -> DynamoDBValue {
        switch content {
        case .value(let value): return value
        case .map(let map): return .m(map.mapValues { $0.resolve() })
        case .list(let list): return .l(list.map { $0.resolve() })
        }
    }
}

struct DynamoDBEncoding: Encoder {
    let dateEncoding: DynamoDBDateEncoding
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node = DynamoDBNode(.value(.null))

    func at(_ key: any CodingKey) -> DynamoDBEncoding {
        DynamoDBEncoding(dateEncoding: dateEncoding, codingPath: codingPath + [key])
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .map = node.content {} else { node.content = .map([:]) }
        return KeyedEncodingContainer(DynamoDBKeyedEncoding<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = node.content {} else { node.content = .list([]) }
        return DynamoDBUnkeyedEncoding(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// The node for `value`: scalars and the types with a DynamoDB form directly, anything else through its `encode(to:)`.
    func box<T: Encodable>(_ value: T) throws -> DynamoDBNode {
        switch value {
        case let value as DynamoDBValue: return DynamoDBNode(.value(value))
        case let value as String: return DynamoDBNode(.value(.s(value)))
        case let value as Bool: return DynamoDBNode(.value(.bool(value)))
        case let value as any BinaryInteger: return DynamoDBNode(.value(.n("\(value)")))
        case let value as Double: return DynamoDBNode(.value(.n(try number(value))))
        case let value as Float: return DynamoDBNode(.value(.n(try number(Double(value)))))
        case let value as Decimal: return DynamoDBNode(.value(.n(value.description)))
        case let value as Data: return DynamoDBNode(.value(.b(value)))
        case let value as Date:
            switch dateEncoding {
            case .iso8601: return DynamoDBNode(.value(.s(DynamoDBEncoder.iso8601(value))))
            case .epochSeconds: return DynamoDBNode(.value(.n(try number(value.timeIntervalSince1970))))
            }
        case let value as URL: return DynamoDBNode(.value(.s(value.absoluteString)))
        case let value as Set<String>: return DynamoDBNode(.value(value.isEmpty ? .l([]) : .ss(value.sorted())))
        case let value as Set<Data>: return DynamoDBNode(.value(value.isEmpty ? .l([]) : .bs(value.sorted { $0.lexicographicallyPrecedes($1) })))
        case let value as Set<Int>: return DynamoDBNode(.value(value.isEmpty ? .l([]) : .ns(value.sorted().map(String.init))))
        default:
            let encoder = DynamoDBEncoding(dateEncoding: dateEncoding, codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.node
        }
    }

    private func number(_ value: Double) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "DynamoDB numbers must be finite"))
        }
        return DynamoDBValue.numberText(value)
    }
}

extension DynamoDBEncoding: SingleValueEncodingContainer {
    mutating func encodeNil() throws { node.content = .value(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { node.content = try box(value).content }
}

struct DynamoDBKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: DynamoDBEncoding
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func store(_ child: DynamoDBNode, _ key: Key) {
        guard case .map(var map) = encoder.node.content else { return }
        map[key.stringValue] = child
        encoder.node.content = .map(map)
    }

    mutating func encodeNil(forKey key: Key) throws { store(DynamoDBNode(.value(.null)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { store(try encoder.at(key).box(value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = encoder.at(key)
        store(child.node, key)
        return child.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = encoder.at(key)
        store(child.node, key)
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = encoder.at(key)
        store(child.node, key)
        return child
    }
}

struct DynamoDBUnkeyedEncoding: UnkeyedEncodingContainer {
    let encoder: DynamoDBEncoding
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int {
        guard case .list(let list) = encoder.node.content else { return 0 }
        return list.count
    }

    private func append(_ child: DynamoDBNode) {
        guard case .list(var list) = encoder.node.content else { return }
        list.append(child)
        encoder.node.content = .list(list)
    }

    private func next() -> DynamoDBEncoding { encoder.at(DynamoDBIndexKey(count)) }

    mutating func encodeNil() throws { append(DynamoDBNode(.value(.null))) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try next().box(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = next()
        append(child.node)
        return child.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = next()
        append(child.node)
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = next()
        append(child.node)
        return child
    }
}

/// The coding key of a list element.
struct DynamoDBIndexKey: CodingKey {
    let intValue: Int?
    let stringValue: String
    init(_ index: Int) {
        intValue = index
        stringValue = "Index \(index)"
    }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.init(intValue) }
}
