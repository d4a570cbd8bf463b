#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Crypto

extension IntrinsicFunction {
    /// `States.Format(template, values...)`: the template with each `{}` replaced by the next value, strings as they
    /// are and anything else as JSON. A literal template keeps its escaped braces as text.
    func format(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        guard !values.isEmpty else { throw invalid("expected at least 1 argument but got 0") }
        let template: FormatTemplate
        if case .string(_, let literal) = arguments[0] {
            template = literal
        } else {
            template = FormatTemplate(runtime: try string(values, 0, "template"))
        }
        if let malformation = template.malformation { throw invalid(malformation) }
        guard template.placeholderCount == values.count - 1 else {
            throw invalid("the number of arguments (\(values.count - 1)) does not match the occurrences of {} (\(template.placeholderCount))")
        }
        return .string(template.render(values.dropFirst(), Self.text(of:)))
    }

    /// `States.StringSplit(string, delimiters)`: the pieces between any of the delimiter characters, empty pieces
    /// left out.
    func stringSplit(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 2...2)
        let text = try string(values, 0, "first argument")
        let delimiters = Set(try string(values, 1, "delimiter"))
        let pieces = text.split(whereSeparator: { delimiters.contains($0) })
        return .array(pieces.map { .string(String($0)) })
    }

    /// `States.Base64Encode(string)`: the UTF-8 bytes in base64, at most 10,000 characters in.
    func base64Encode(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 1...1)
        let text = try string(values, 0, "argument")
        try checkDataLength(text, "argument")
        return .string(Data(text.utf8).base64EncodedString())
    }

    /// `States.Base64Decode(base64)`: the decoded bytes as UTF-8 text, at most 10,000 characters in.
    func base64Decode(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 1...1)
        let text = try string(values, 0, "argument")
        try checkDataLength(text, "argument")
        let padded = text.utf8.count % 4 == 0 ? text : text + String(repeating: "=", count: 4 - text.utf8.count % 4)
        guard let data = Data(base64Encoded: padded) else { throw invalid("the argument is not valid base64") }
        return .string(String(decoding: data, as: UTF8.self))
    }

    /// The algorithms `States.Hash` accepts, spelled exactly so.
    static let hashAlgorithms = ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"]

    /// `States.Hash(data, algorithm)`: the lowercase hex digest of the data's UTF-8 bytes (a non-string value is
    /// hashed as its JSON text), at most 10,000 characters in.
    func hash(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 2...2)
        let data = Self.text(of: values[0])
        try checkDataLength(data, "data")
        let algorithm = try string(values, 1, "algorithm")
        let bytes = Data(data.utf8)
        let digest: any Sequence<UInt8>
        switch algorithm {
        case "MD5": digest = Insecure.MD5.hash(data: bytes)
        case "SHA-1": digest = Insecure.SHA1.hash(data: bytes)
        case "SHA-256": digest = SHA256.hash(data: bytes)
        case "SHA-384": digest = SHA384.hash(data: bytes)
        case "SHA-512": digest = SHA512.hash(data: bytes)
        default:
            throw invalid("the algorithm '\(algorithm)' is not one of \(Self.hashAlgorithms.joined(separator: ", "))")
        }
        return .string(Self.hex(digest))
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
