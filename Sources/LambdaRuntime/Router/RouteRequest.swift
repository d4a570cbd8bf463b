#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A request as a route handler sees it: the API Gateway event plus the matched route, its path
/// parameters (percent-decoded), the body's bytes (base64 already undone) and query helpers.
public struct RouteRequest: Sendable {
    /// The event as API Gateway sent it.
    public let event: APIGatewayV2Request
    /// The request method.
    public let method: HTTPMethod
    /// The path the route was matched against (the stage prefix removed).
    public let path: String
    /// The matched route's template.
    public let route: PathTemplate
    /// The path parameters, percent-decoded.
    public let pathParameters: [String: String]
    /// The body's bytes, base64-decoded when the event says so; empty when there is no body.
    public let body: Data

    /// Creates a request; throws a 400 `InvalidRequest` when the event claims a base64 body that is not.
    public init(event: APIGatewayV2Request, method: HTTPMethod, path: String, route: PathTemplate, pathParameters: [String: String]) throws(HTTPError) {
        self.event = event
        self.method = method
        self.path = path
        self.route = route
        self.pathParameters = pathParameters
        if let text = event.body {
            if event.isBase64Encoded {
                guard let data = Data(base64Encoded: text) else {
                    throw HTTPError.invalidRequest("the request body is not valid base64")
                }
                body = data
            } else {
                body = Data(text.utf8)
            }
        } else {
            body = Data()
        }
    }

    /// The value of header `name` (case-insensitive), repeated headers joined with commas.
    public func header(_ name: String) -> String? { event.header(name) }

    /// The path parameter `name`; a 400 naming it when the route has none so called.
    public func pathParameter(_ name: String) throws(HTTPError) -> String {
        guard let value = pathParameters[name] else {
            throw HTTPError.invalidRequest("missing path parameter '\(name)'")
        }
        return value
    }

    /// Every value of query parameter `name`, in order, form-decoded.
    public func queryValues(_ name: String) -> [String] {
        if event.rawQueryString.isEmpty {
            return event.queryStringParameters?[name].map { [$0] } ?? []
        }
        return queryItems.filter { $0.name == name }.map(\.value)
    }

    /// The first value of query parameter `name`, form-decoded.
    public func query(_ name: String) -> String? { queryValues(name).first }

    /// The query string's parameters in order, names and values form-decoded (`+` is a space).
    public var queryItems: [(name: String, value: String)] {
        event.rawQueryString.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentDecoding.decode(String(parts[0]), plusAsSpace: true)
            let value = parts.count > 1 ? PercentDecoding.decode(String(parts[1]), plusAsSpace: true) : ""
            return (name, value)
        }
    }

    /// The body decoded from JSON as `T`; a 400 `InvalidRequest` naming the field when it does not decode.
    public func decode<T: Decodable>(_ type: T.Type = T.self, decoder: JSONDecoder = JSONDecoder()) throws(HTTPError) -> T {
        guard !body.isEmpty else { throw HTTPError.invalidRequest("a JSON request body is required") }
        do {
            return try decoder.decode(T.self, from: body)
        } catch let error as DecodingError {
            throw HTTPError.invalidRequest(error.fieldMessage())
        } catch {
            throw HTTPError.invalidRequest("the request body is not valid JSON")
        }
    }
}
