import StatesLanguage
import Foundation

/// The HTTP response the gateway sends back to the client.
public struct GatewayResponse: Sendable {
    public var status: Int
    /// Header fields in order; `Set-Cookie` may repeat.
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// A JSON body `{"message": …}` with status `status`, as API Gateway writes its own errors.
    public static func message(_ message: String, status: Int) -> GatewayResponse {
        let text = (try? JSONEncoder().encode(["message": message])) ?? Data()
        return GatewayResponse(status: status, headers: [("content-type", "application/json")], body: text)
    }

    /// 401 `{"message":"Unauthorized"}`: every failed JWT check.
    public static let unauthorized = message("Unauthorized", status: 401)
    /// 404 `{"message":"Not Found"}`: no route matched.
    public static let notFound = message("Not Found", status: 404)
    /// 500 `{"message":"Internal Server Error"}`: a function error or an answer the gateway cannot map.
    public static let internalServerError = message("Internal Server Error", status: 500)
}

/// How a function invocation ended, as far as the gateway cares.
public enum FunctionOutcome: Sendable {
    /// The function returned this payload.
    case success(Data)
    /// The function failed (error, timeout, crash).
    case failure
}

extension GatewayResponse {
    /// Maps a function's answer to HTTP the way API Gateway does for payload format 2.0: an object with
    /// `statusCode` gives the status, `headers`, `cookies` (one `Set-Cookie` each) and `body` (base64-decoded
    /// when `isBase64Encoded`); any other valid JSON is a 200 `application/json` whose body is that JSON;
    /// a function error or a payload that is not JSON is a 500.
    public init(functionOutcome outcome: FunctionOutcome) {
        guard case .success(let payload) = outcome, let value = JSONValue.parse(payload) else {
            self = .internalServerError
            return
        }
        guard case .object(let object) = value, let statusValue = object["statusCode"] else {
            self.init(status: 200, headers: [("content-type", "application/json")], body: payload)
            return
        }
        guard let mapped = Self.structured(object, statusValue: statusValue) else {
            self = .internalServerError
            return
        }
        self = mapped
    }

    private static func structured(_ object: [String: JSONValue], statusValue: JSONValue) -> GatewayResponse? {
        let status: Int
        switch statusValue {
        case .int(let number): status = number
        case .double(let number) where number.rounded() == number && abs(number) < 1e6: status = Int(number)
        case .string(let text): guard let number = Int(text) else { return nil }; status = number
        default: return nil
        }
        guard (100...599).contains(status) else { return nil }
        var headers: [(name: String, value: String)] = []
        switch object["headers"] {
        case .object(let fields)?:
            for name in fields.keys.sorted() {
                guard let field = fields[name] else { continue }
                if case .object = field { return nil }
                if case .array = field { return nil }
                if case .null = field { continue }
                headers.append((name.lowercased(), field.claimText))
            }
        case nil, .null?: break
        default: return nil
        }
        switch object["cookies"] {
        case .array(let cookies)?:
            for cookie in cookies {
                guard let text = cookie.stringValue else { return nil }
                headers.append(("set-cookie", text))
            }
        case nil, .null?: break
        default: return nil
        }
        var body = Data()
        switch object["body"] {
        case .string(let text)?:
            if object["isBase64Encoded"] == .bool(true) {
                guard let decoded = Data(base64Encoded: text) else { return nil }
                body = decoded
            } else {
                body = Data(text.utf8)
            }
        case nil, .null?: break
        case let other?: body = Data(other.claimText.utf8)
        }
        return GatewayResponse(status: status, headers: headers, body: body)
    }
}
