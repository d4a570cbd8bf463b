import Foundation

/// An operation's request before it meets an endpoint: the client engine prefixes the endpoint's base URL.
public struct OperationRequest: Sendable, Equatable {
    /// The HTTP method, e.g. `POST`.
    public var method: String
    /// The percent-encoded path; starts with `/`.
    public var path: String
    /// Raw (unencoded) query pairs, in order. An empty value renders as the bare key (`?uploads`).
    public var query: [(String, String)]
    /// Headers the protocol requires (target, content type) and the operation's header bindings.
    public var headers: HTTPHeaders
    /// The serialised body; empty when there is none.
    public var body: Data

    /// A request; every part defaults to an empty `POST /`.
    public init(
        method: String = "POST",
        path: String = "/",
        query: [(String, String)] = [],
        headers: HTTPHeaders = [:],
        body: Data = Data()
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The encoded query string without `?`: pairs joined with `&`, keys and values strictly encoded.
    public var encodedQuery: String {
        query.map { key, value in
            value.isEmpty
                ? AWSURIEncoding.encode(key)
                : AWSURIEncoding.encode(key) + "=" + AWSURIEncoding.encode(value)
        }.joined(separator: "&")
    }

    /// The path followed by `?` and the encoded query when there is one, e.g. `/jobs?maxResults=5`.
    public var encodedPathAndQuery: String {
        query.isEmpty ? path : path + "?" + encodedQuery
    }

    /// The wire request for an endpoint such as `https://sns.us-east-1.amazonaws.com` (a path on the
    /// endpoint, e.g. `http://localhost:4566/base`, is kept in front of this request's path).
    public func httpRequest(endpoint: String) -> HTTPRequest {
        var base = Substring(endpoint)
        while base.hasSuffix("/") { base = base.dropLast() }
        return HTTPRequest(method: method, url: String(base) + encodedPathAndQuery, headers: headers, body: body)
    }

    /// Equal when method, path, query pairs (in order), headers and body are.
    public static func == (lhs: OperationRequest, rhs: OperationRequest) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.headers == rhs.headers && lhs.body == rhs.body
            && lhs.query.count == rhs.query.count
            && zip(lhs.query, rhs.query).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}
