import Foundation

extension HTTPAPIEvent {
    /// Builds the payload-2.0 event API Gateway would send for `request` matched to `match`.
    /// Header names are lowercased and repeats joined with `,`; the `Cookie` header becomes `cookies`;
    /// repeated query parameters are joined with `,`; a body whose content type is not text is base64.
    public init(
        request: GatewayRequest, match: RouteMatch, authorizer: VerifiedJWT?, context: GatewayEventContext,
        requestId: String, now: Date
    ) {
        var headers: [String: String] = [:]
        var cookies: [String] = []
        for (name, value) in request.headers {
            let key = name.lowercased()
            if key == "cookie" {
                cookies += value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                continue
            }
            headers[key] = headers[key].map { "\($0),\(value)" } ?? value
        }
        let domainName = headers["host"] ?? "localhost"
        let routeKey = match.route.routeKey
        let (body, isBase64) = Self.encodeBody(request.body, contentType: headers["content-type"])
        let query = Self.queryParameters(request.rawQueryString)
        self.init(
            routeKey: routeKey,
            rawPath: request.path,
            rawQueryString: request.rawQueryString,
            cookies: cookies.isEmpty ? nil : cookies,
            headers: headers,
            queryStringParameters: query.isEmpty ? nil : query,
            pathParameters: match.pathParameters.isEmpty ? nil : match.pathParameters,
            requestContext: RequestContext(
                accountId: context.accountId,
                apiId: context.apiId,
                authorizer: authorizer.map { Authorizer(jwt: JWT($0)) },
                domainName: domainName,
                domainPrefix: String(domainName.split(separator: ".").first ?? Substring(domainName)),
                http: HTTP(method: request.method.uppercased(), path: request.path, protocol: request.httpProtocol,
                           sourceIp: request.sourceIp, userAgent: headers["user-agent"] ?? ""),
                requestId: requestId,
                routeKey: routeKey,
                stage: context.stage,
                time: Self.formatTime(now),
                timeEpoch: Int64((now.timeIntervalSince1970 * 1000).rounded(.down))),
            body: body,
            isBase64Encoded: isBase64)
    }

    /// `dd/MMM/yyyy:HH:mm:ss +0000`, in UTC with English month names.
    public static func formatTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "dd/MMM/yyyy:HH:mm:ss +0000"
        return formatter.string(from: date)
    }

    /// Query parameters percent-decoded, repeats joined with `,` in order of appearance.
    static func queryParameters(_ raw: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in raw.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            let rawValue = parts.count > 1 ? String(parts[1]) : ""
            let value = rawValue.removingPercentEncoding ?? rawValue
            result[name] = result[name].map { "\($0),\(value)" } ?? value
        }
        return result
    }

    /// Text content types travel as they are; anything else (or text that is not UTF-8) as base64.
    static func encodeBody(_ body: Data?, contentType: String?) -> (String?, Bool) {
        guard let body, !body.isEmpty else { return (nil, false) }
        if isText(contentType), let text = String(data: body, encoding: .utf8) { return (text, false) }
        return (body.base64EncodedString(), true)
    }

    static func isText(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let mime = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if mime.hasPrefix("text/") || mime.hasSuffix("+json") || mime.hasSuffix("+xml") { return true }
        return ["application/json", "application/xml", "application/javascript", "application/x-www-form-urlencoded",
                "application/graphql"].contains(mime)
    }
}
