import Foundation

/// A DynamoDB item: attribute names to values.
public typealias DynamoDBItem = [String: DynamoDBValue]

/// One DynamoDB attribute value, in the service's ten types. Numbers travel as strings (`N`) so that no
/// precision is lost; binary values as bytes (`B`, base64 on the wire).
public enum DynamoDBValue: Sendable, Hashable {
    case s(String)
    case n(String)
    case b(Data)
    case bool(Bool)
    case null
    case m([String: DynamoDBValue])
    case l([DynamoDBValue])
    case ss([String])
    case ns([String])
    case bs([Data])

    /// A number attribute from any integer.
    public static func number(_ value: some BinaryInteger) -> DynamoDBValue { .n(String(value)) }
    /// A number attribute from a finite double (shortest form that reads back the same).
    public static func number(_ value: Double) -> DynamoDBValue { .n(DynamoDBValue.numberText(value)) }

    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// The size DynamoDB charges for this value in bytes (names are counted by the item):
    /// strings and binaries by length, numbers about one byte per two digits plus one, one byte for
    /// booleans and null, and three bytes plus one per element of maps and lists.
    public var size: Int {
        switch self {
        case .s(let text): return text.utf8.count
        case .n(let text): return Self.numberSize(text)
        case .b(let data): return data.count
        case .bool, .null: return 1
        case .m(let map): return 3 + map.reduce(0) { $0 + $1.key.utf8.count + $1.value.size + 1 }
        case .l(let list): return 3 + list.reduce(0) { $0 + $1.size + 1 }
        case .ss(let texts): return texts.reduce(0) { $0 + $1.utf8.count }
        case .ns(let numbers): return numbers.reduce(0) { $0 + Self.numberSize($1) }
        case .bs(let blobs): return blobs.reduce(0) { $0 + $1.count }
        }
    }

    private static func numberSize(_ text: String) -> Int {
        let digits = text.utf8.filter { $0 >= 48 && $0 <= 57 }.count
        return (digits + 1) / 2 + 1
    }

    /// The size of an item: every attribute name plus its value.
    public static func size(of item: DynamoDBItem) -> Int {
        item.reduce(0) { $0 + $1.key.utf8.count + $1.value.size }
    }
}

extension DynamoDBValue: Codable {
    private enum Tag: String, CodingKey { case S, N, B, BOOL, NULL, M, L, SS, NS, BS }

    /// Writes the wire form, `{"S": "text"}`, `{"N": "42"}`, `{"B": "<base64>"}` and so on.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Tag.self)
        switch self {
        case .s(let value): try container.encode(value, forKey: .S)
        case .n(let value): try container.encode(value, forKey: .N)
        case .b(let value): try container.encode(value.base64EncodedString(), forKey: .B)
        case .bool(let value): try container.encode(value, forKey: .BOOL)
        case .null: try container.encode(true, forKey: .NULL)
        case .m(let value): try container.encode(value, forKey: .M)
        case .l(let value): try container.encode(value, forKey: .L)
        case .ss(let value): try container.encode(value, forKey: .SS)
        case .ns(let value): try container.encode(value, forKey: .NS)
        case .bs(let value): try container.encode(value.map { $0.base64EncodedString() }, forKey: .BS)
        }
    }

    /// Reads the wire form; exactly one type key is expected.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Tag.self)
        guard let tag = container.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an attribute value has no type key"))
        }
        func bytes(_ text: String) throws -> Data {
            guard let data = Data(base64Encoded: text) else {
                throw DecodingError.dataCorruptedError(forKey: tag, in: container, debugDescription: "not base64")
            }
            return data
        }
        switch tag {
        case .S: self = .s(try container.decode(String.self, forKey: tag))
        case .N: self = .n(try container.decode(String.self, forKey: tag))
        case .B: self = .b(try bytes(try container.decode(String.self, forKey: tag)))
        case .BOOL: self = .bool(try container.decode(Bool.self, forKey: tag))
        case .NULL: self = .null
        case .M: self = .m(try container.decode([String: DynamoDBValue].self, forKey: tag))
        case .L: self = .l(try container.decode([DynamoDBValue].self, forKey: tag))
        case .SS: self = .ss(try container.decode([String].self, forKey: tag))
        case .NS: self = .ns(try container.decode([String].self, forKey: tag))
        case .BS: self = .bs(try container.decode([String].self, forKey: tag).map(bytes))
        }
    }
}
