import Foundation

/// One HTTP API route: a method (or `ANY`) and a path template with `{param}` segments and an optional
/// trailing `{name+}` greedy segment; or the `$default` route.
public struct GatewayRoute: Sendable, Hashable {
    public let method: String
    public let path: String

    public init(method: String, path: String) {
        self.method = method.uppercased()
        self.path = path
    }

    /// The catch-all route API Gateway calls `$default`.
    public static let defaultRoute = GatewayRoute(method: "", path: "$default")

    /// `METHOD /path/{param}`, or `$default`.
    public var routeKey: String { isDefault ? "$default" : "\(method) \(path)" }

    public var isDefault: Bool { path == "$default" }

    /// Parses a route key as the template writes it (`GET /jobs/{id}`, `ANY /{proxy+}`, `$default`).
    public init?(routeKey: String) {
        if routeKey == "$default" { self = .defaultRoute; return }
        let parts = routeKey.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[1].hasPrefix("/") else { return nil }
        self.init(method: parts[0], path: parts[1])
    }
}

/// The route a request matched and the path parameters it bound.
public struct RouteMatch: Sendable, Hashable {
    public let route: GatewayRoute
    public let pathParameters: [String: String]
}

/// Picks the route for a request the way API Gateway does: the most specific path wins (a literal segment
/// over `{param}`, `{param}` over a greedy `{proxy+}`), a method route over `ANY`, and `$default` last.
public struct RouteTable: Sendable {
    public let routes: [GatewayRoute]

    public init(routes: [GatewayRoute]) { self.routes = routes }

    /// The best route for `method` and `path` (no query), or nil when none matches and there is no `$default`.
    public func match(method: String, path: String) -> RouteMatch? {
        let method = method.uppercased()
        let segments = Self.segments(of: path)
        var best: (score: [Int], match: RouteMatch)?
        for route in routes where !route.isDefault && (route.method == method || route.method == "ANY") {
            guard let (score, parameters) = Self.bind(Self.segments(of: route.path), to: segments) else { continue }
            let fullScore = score + [route.method == "ANY" ? 0 : 1]
            if best.map({ $0.score.lexicographicallyPrecedes(fullScore) }) ?? true {
                best = (fullScore, RouteMatch(route: route, pathParameters: parameters))
            }
        }
        if let best { return best.match }
        if routes.contains(where: \.isDefault) { return RouteMatch(route: .defaultRoute, pathParameters: [:]) }
        return nil
    }

    static func segments(of path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Binds a template to request segments; the score ranks each segment: 3 literal, 2 parameter, 1 greedy.
    private static func bind(_ template: [Substring], to segments: [Substring]) -> ([Int], [String: String])? {
        var score: [Int] = []
        var parameters: [String: String] = [:]
        for (index, part) in template.enumerated() {
            if part.hasPrefix("{"), part.hasSuffix("+}") {
                guard index == template.count - 1, segments.count > index else { return nil }
                let name = String(part.dropFirst().dropLast(2))
                parameters[name] = decode(segments[index...].joined(separator: "/"))
                score.append(1)
                return (score, parameters)
            }
            guard index < segments.count else { return nil }
            if part.hasPrefix("{"), part.hasSuffix("}") {
                parameters[String(part.dropFirst().dropLast())] = decode(String(segments[index]))
                score.append(2)
            } else {
                guard part == segments[index] else { return nil }
                score.append(3)
            }
        }
        guard template.count == segments.count else { return nil }
        return (score, parameters)
    }

    private static func decode(_ text: String) -> String {
        text.removingPercentEncoding ?? text
    }
}
