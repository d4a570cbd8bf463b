import Foundation

/// The invocation's event could not be decoded into the handler's event type. The description names the type,
/// the key path that failed and why.
public struct LambdaEventDecodingError: Error, Sendable, CustomStringConvertible {
    /// The event type's name.
    public let typeName: String
    /// The failing key path, e.g. `Records[0].s3.bucket.name` (empty for the top level).
    public let keyPath: String
    /// Why decoding failed.
    public let reason: String

    public var description: String {
        "cannot decode \(typeName) at \(keyPath.isEmpty ? "the top level" : keyPath): \(reason)"
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data, with decoder: JSONDecoder) throws(LambdaEventDecodingError) -> T {
        do {
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw LambdaEventDecodingError(error, typeName: String(describing: T.self))
        } catch {
            throw LambdaEventDecodingError(typeName: String(describing: T.self), keyPath: "", reason: String(describing: error))
        }
    }

    init(typeName: String, keyPath: String, reason: String) {
        self.typeName = typeName
        self.keyPath = keyPath
        self.reason = reason
    }

    init(_ error: DecodingError, typeName: String) {
        self.typeName = typeName
        switch error {
        case .keyNotFound(let key, let context):
            keyPath = Self.path(context.codingPath + [key])
            reason = "required key missing"
        case .typeMismatch(let type, let context):
            keyPath = Self.path(context.codingPath)
            reason = "expected \(type)"
        case .valueNotFound(let type, let context):
            keyPath = Self.path(context.codingPath)
            reason = "expected \(type), found null"
        case .dataCorrupted(let context):
            keyPath = Self.path(context.codingPath)
            reason = context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription
        @unknown default:
            keyPath = ""
            reason = String(describing: error)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }
}
