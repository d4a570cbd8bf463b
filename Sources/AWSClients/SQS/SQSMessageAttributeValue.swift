import Foundation

/// A typed message attribute: `DataType` is `String`, `Number` or `Binary` (optionally with a `.suffix`).
public struct SQSMessageAttributeValue: Codable, Sendable, Equatable {
    public var dataType: String
    public var stringValue: String?
    public var binaryValue: Data?

    public init(dataType: String, stringValue: String? = nil, binaryValue: Data? = nil) {
        self.dataType = dataType
        self.stringValue = stringValue
        self.binaryValue = binaryValue
    }

    /// A `String` attribute.
    public static func string(_ value: String) -> Self { .init(dataType: "String", stringValue: value) }
    /// A `Number` attribute, sent as its decimal text.
    public static func number(_ value: String) -> Self { .init(dataType: "Number", stringValue: value) }
    /// A `Binary` attribute.
    public static func binary(_ value: Data) -> Self { .init(dataType: "Binary", binaryValue: value) }

    /// Bytes counted against the 256 KiB message limit: name, data type and value.
    func size(name: String) -> Int {
        name.utf8.count + dataType.utf8.count + (stringValue?.utf8.count ?? 0) + (binaryValue?.count ?? 0)
    }

    enum CodingKeys: String, CodingKey {
        case dataType = "DataType", stringValue = "StringValue", binaryValue = "BinaryValue"
    }
}
