import Foundation

/// An HTTP request as the gateway received it, before it becomes an API Gateway event.
public struct GatewayRequest: Sendable {
    public var method: String
    /// The path, without the query string.
    public var path: String
    /// The query string as sent, without the `?`.
    public var rawQueryString: String
    /// Header fields in arrival order, names as sent.
    public var headers: [(name: String, value: String)]
    public var body: Data?
    public var sourceIp: String
    public var httpProtocol: String

    public init(
        method: String, path: String, rawQueryString: String = "", headers: [(name: String, value: String)] = [],
        body: Data? = nil, sourceIp: String = "127.0.0.1", httpProtocol: String = "HTTP/1.1"
    ) {
        self.method = method
        self.path = path
        self.rawQueryString = rawQueryString
        self.headers = headers
        self.body = body
        self.sourceIp = sourceIp
        self.httpProtocol = httpProtocol
    }

    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// The account, API and clock details the gateway stamps on every event.
public struct GatewayEventContext: Sendable {
    public var accountId: String
    public var apiId: String
    public var stage: String

    public init(accountId: String = "123456789012", apiId: String = "mediagenlocal", stage: String = "$default") {
        self.accountId = accountId
        self.apiId = apiId
        self.stage = stage
    }
}
