import Foundation

/// Turns DynamoDB items back into `Decodable` values, reading what `DynamoDBEncoder` writes
/// (a `Date` from an ISO 8601 `S` or an epoch-seconds `N`, whichever is stored; sets from `SS`/`NS`/`BS` or `L`;
/// a missing attribute or `NULL` as `nil`).
public struct DynamoDBDecoder: Sendable {
    public init() {}

    /// The value stored in `item`.
    public func decode<T: Decodable>(_ type: T.Type, from item: DynamoDBItem) throws -> T {
        try decode(type, fromValue: .m(item))
    }

    /// The value stored in one attribute value.
    public func decode<T: Decodable>(_ type: T.Type, fromValue value: DynamoDBValue) throws -> T {
        try DynamoDBDecoding(value: value, codingPath: []).unbox(type)
    }

    static let dateStyles = [Date.ISO8601FormatStyle(includingFractionalSeconds: true), Date.ISO8601FormatStyle()]
}

struct DynamoDBDecoding: Decoder {
    let value: DynamoDBValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func mismatch(_ expected: String) -> DecodingError {
        .typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(value)"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .m(let map) = value else { throw mismatch("a map (M)") }
        return KeyedDecodingContainer(DynamoDBKeyedDecoding<Key>(map: map, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let elements: [DynamoDBValue]
        switch value {
        case .l(let list): elements = list
        case .ss(let texts): elements = texts.map { .s($0) }
        case .ns(let numbers): elements = numbers.map { .n($0) }
        case .bs(let blobs): elements = blobs.map { .b($0) }
        default: throw mismatch("a list (L) or a set (SS, NS, BS)")
        }
        return DynamoDBUnkeyedDecoding(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func unbox<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == DynamoDBValue.self { return value as! T }
        if T.self == String.self {
            guard case .s(let text) = value else { throw mismatch("a string (S)") }
            return text as! T
        }
        if T.self == Bool.self {
            guard case .bool(let flag) = value else { throw mismatch("a boolean (BOOL)") }
            return flag as! T
        }
        if T.self == Data.self {
            guard case .b(let data) = value else { throw mismatch("binary (B)") }
            return data as! T
        }
        if T.self == Date.self { return try date() as! T }
        if T.self == URL.self {
            guard case .s(let text) = value, let url = URL(string: text) else { throw mismatch("a URL string (S)") }
            return url as! T
        }
        if let integer = T.self as? any FixedWidthInteger.Type {
            guard case .n(let text) = value, let number = integer.init(text) else { throw mismatch("an integer number (N)") }
            return number as! T
        }
        if T.self == Double.self || T.self == Float.self || T.self == Decimal.self {
            guard case .n(let text) = value, let number = Double(text) else { throw mismatch("a number (N)") }
            if T.self == Float.self { return Float(number) as! T }
            if T.self == Decimal.self { return (Decimal(string: text) ?? Decimal(number)) as! T }
            return number as! T
        }
        return try T(from: self)
    }

    private func date() throws -> Date {
        switch value {
        case .s(let text):
            for style in DynamoDBDecoder.dateStyles {
                if let date = try? style.parse(text) { return date }
            }
        case .n(let text):
            if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        default: break
        }
        throw mismatch("a date (ISO 8601 S or epoch seconds N)")
    }
}

extension DynamoDBDecoding: SingleValueDecodingContainer {
    func decodeNil() -> Bool { value == .null }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try unbox(type) }
}

struct DynamoDBKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let map: [String: DynamoDBValue]
    let codingPath: [any CodingKey]
    var allKeys: [Key] { map.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { map[key.stringValue] != nil }

    private func child(_ key: Key) throws -> DynamoDBDecoding {
        guard let value = map[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "the item has no attribute \(key.stringValue)"))
        }
        return DynamoDBDecoding(value: value, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { (map[key.stringValue] ?? .null) == .null }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).unbox(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
    func superDecoder() throws -> any Decoder { DynamoDBDecoding(value: .m(map), codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

struct DynamoDBUnkeyedDecoding: UnkeyedDecodingContainer {
    let elements: [DynamoDBValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    init(elements: [DynamoDBValue], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    private mutating func next() throws -> DynamoDBDecoding {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the list has no more elements"))
        }
        defer { currentIndex += 1 }
        return DynamoDBDecoding(value: elements[currentIndex], codingPath: codingPath + [DynamoDBIndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().unbox(type) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}
