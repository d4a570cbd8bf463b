import Foundation
import StatesLanguage

extension JSONValue {
    /// The value the way API Gateway renders a claim in `requestContext.authorizer.jwt.claims`:
    /// strings as they are, numbers and booleans as text, arrays as `[a b c]`.
    public var claimText: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value):
            if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
            return String(value)
        case .string(let value): return value
        case .array(let values): return "[" + values.map(\.claimText).joined(separator: " ") + "]"
        case .object: return serialized()
        }
    }
}
