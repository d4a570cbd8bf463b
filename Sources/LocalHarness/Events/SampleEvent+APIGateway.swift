import Foundation

/// API Gateway proxy events: HTTP API (payload 2.0) and REST API (payload 1.0).
extension SampleEvent {
    /// The request the options describe, common to both payload formats.
    struct SampleRequest {
        var method: String
        var path: String
        var query: String
        var body: String?
        var isBase64Encoded: Bool
        var contentType: String?
        var claims: [String: Any]?

        init(_ options: SampleEventOptions) throws {
            let method = try options.nonEmpty("method").uppercased()
            guard method.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw SampleEventError.invalidOption("method", value: method, expected: "an HTTP method such as GET or POST")
            }
            self.method = method
            let target = options["path"] ?? "/"
            guard target.hasPrefix("/") else {
                throw SampleEventError.invalidOption("path", value: target, expected: "a path starting with '/'")
            }
            let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            path = String(parts[0])
            query = parts.count > 1 ? String(parts[1]) : ""
            isBase64Encoded = try options.bool("base64")
            if let text = options["body"] {
                body = isBase64Encoded ? Data(text.utf8).base64EncodedString() : text
                contentType = SampleEvent.isJSON(text) ? "application/json" : "text/plain; charset=utf-8"
            }
            claims = try options.object("claims")
        }

        /// The body's length in bytes as the client sent it.
        var contentLength: Int? {
            guard let body else { return nil }
            return isBase64Encoded ? (Data(base64Encoded: body)?.count ?? 0) : body.utf8.count
        }

        /// The path parameters under `template`, or an error naming the route option.
        func parameters(template: String, option: String, value: String) throws -> [String: String]? {
            guard let parameters = SampleEvent.pathParameters(template: template, path: path) else {
                throw SampleEventError.invalidOption(option, value: value, expected: "a route that matches path '\(path)'")
            }
            return parameters.isEmpty ? nil : parameters
        }
    }

    /// An HTTP API request, payload format 2.0.
    static func httpAPIEvent(_ options: SampleEventOptions, now: Date) throws -> [String: Any] {
        let request = try SampleRequest(options)
        let account = try options.account()
        let apiID = random(10)
        let domain = "\(apiID).execute-api.\(options.region).amazonaws.com"
        let routeKey = try options.nonEmpty("route")
        var pathParameters: [String: String]?
        if routeKey != "$default" {
            let parts = routeKey.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == "ANY" || parts[0] == request.method else {
                throw SampleEventError.invalidOption(
                    "route", value: routeKey, expected: "'$default' or '<METHOD> <path template>' with method \(request.method) or ANY"
                )
            }
            pathParameters = try request.parameters(template: parts[1], option: "route", value: routeKey)
        }
        var headers: [String: String] = [
            "accept": "*/*",
            "host": domain,
            "user-agent": "mediagen-local",
            "x-amzn-trace-id": "Root=" + traceID(now),
            "x-forwarded-for": "127.0.0.1",
            "x-forwarded-port": "443",
            "x-forwarded-proto": "https",
        ]
        headers["content-type"] = request.contentType
        headers["content-length"] = request.contentLength.map(String.init)
        var context: [String: Any] = [
            "accountId": account,
            "apiId": apiID,
            "domainName": domain,
            "domainPrefix": apiID,
            "http": [
                "method": request.method, "path": request.path, "protocol": "HTTP/1.1",
                "sourceIp": "127.0.0.1", "userAgent": "mediagen-local",
            ],
            "requestId": random(16, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=",
            "routeKey": routeKey,
            "stage": try options.nonEmpty("stage"),
            "time": commonLogTime(now),
            "timeEpoch": epochMilliseconds(now),
        ]
        if let claims = request.claims {
            context["authorizer"] = ["jwt": ["claims": claims, "scopes": NSNull()]]
        }
        var event: [String: Any] = [
            "version": "2.0",
            "routeKey": routeKey,
            "rawPath": request.path,
            "rawQueryString": request.query,
            "headers": headers,
            "requestContext": context,
            "isBase64Encoded": request.isBase64Encoded,
        ]
        let query = queryParameters(request.query)
        if !query.isEmpty {
            // HTTP APIs join repeated parameters with commas.
            event["queryStringParameters"] = Dictionary(query.map { ($0.name, $0.value) }) { "\($0),\($1)" }
        }
        event["pathParameters"] = pathParameters
        event["body"] = request.body
        return event
    }

    /// A REST API proxy request, payload format 1.0.
    static func restAPIEvent(_ options: SampleEventOptions, now: Date) throws -> [String: Any] {
        let request = try SampleRequest(options)
        let account = try options.account()
        let apiID = random(10)
        let domain = "\(apiID).execute-api.\(options.region).amazonaws.com"
        let stage = try options.nonEmpty("stage")
        let resource = try options.nonEmpty("route")
        guard resource.hasPrefix("/") else {
            throw SampleEventError.invalidOption("route", value: resource, expected: "a resource path starting with '/'")
        }
        let pathParameters = try request.parameters(template: resource, option: "route", value: resource)
        let trace = "Root=" + traceID(now)
        var headers: [String: String] = [
            "Accept": "*/*",
            "Host": domain,
            "User-Agent": "mediagen-local",
            "X-Amzn-Trace-Id": trace,
            "X-Forwarded-For": "127.0.0.1",
            "X-Forwarded-Port": "443",
            "X-Forwarded-Proto": "https",
        ]
        headers["Content-Type"] = request.contentType
        let query = queryParameters(request.query)
        var identity: [String: Any] = [:]
        for field in [
            "accessKey", "accountId", "caller", "cognitoAuthenticationProvider", "cognitoAuthenticationType",
            "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId", "user", "userArn",
        ] {
            identity[field] = NSNull()
        }
        identity["sourceIp"] = "127.0.0.1"
        identity["userAgent"] = "mediagen-local"
        var context: [String: Any] = [
            "accountId": account,
            "apiId": apiID,
            "domainName": domain,
            "domainPrefix": apiID,
            "extendedRequestId": random(16, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=",
            "httpMethod": request.method,
            "identity": identity,
            "path": "/\(stage)\(request.path)",
            "protocol": "HTTP/1.1",
            "requestId": uuid(),
            "requestTime": commonLogTime(now),
            "requestTimeEpoch": epochMilliseconds(now),
            "resourceId": random(6),
            "resourcePath": resource,
            "stage": stage,
        ]
        if let claims = request.claims {
            context["authorizer"] = ["claims": claims]
        }
        let event: [String: Any] = [
            "resource": resource,
            "path": request.path,
            "httpMethod": request.method,
            "headers": headers,
            "multiValueHeaders": headers.mapValues { [$0] },
            "queryStringParameters": query.isEmpty ? NSNull() : Dictionary(query.map { ($0.name, $0.value) }) { $1 },
            "multiValueQueryStringParameters": query.isEmpty
                ? NSNull() : Dictionary(query.map { ($0.name, [$0.value]) }) { $0 + $1 },
            "pathParameters": pathParameters ?? NSNull(),
            "stageVariables": NSNull(),
            "requestContext": context,
            "body": request.body ?? NSNull(),
            "isBase64Encoded": request.isBase64Encoded,
        ]
        return event
    }
}
