import Testing
@testable import LocalHarness

@Suite("Gateway route matching")
struct GatewayRouteTests {
    let table = RouteTable(routes: [
        GatewayRoute(method: "GET", path: "/jobs/{id}"),
        GatewayRoute(method: "GET", path: "/jobs/latest"),
        GatewayRoute(method: "ANY", path: "/jobs/{id}"),
        GatewayRoute(method: "POST", path: "/jobs"),
        GatewayRoute(method: "ANY", path: "/files/{proxy+}"),
        GatewayRoute(method: "GET", path: "/files/{bucket}/{key}"),
        GatewayRoute(method: "GET", path: "/"),
    ])

    @Test("a parameter segment binds its value and names the route key")
    func parameter() throws {
        let match = try #require(table.match(method: "get", path: "/jobs/abc%20d"))
        #expect(match.route.routeKey == "GET /jobs/{id}")
        #expect(match.pathParameters == ["id": "abc d"])
    }

    @Test("a literal segment beats a parameter")
    func literalWins() {
        #expect(table.match(method: "GET", path: "/jobs/latest")?.route.routeKey == "GET /jobs/latest")
    }

    @Test("a method route beats ANY, and ANY catches the other methods")
    func anyMethod() {
        #expect(table.match(method: "GET", path: "/jobs/1")?.route.routeKey == "GET /jobs/{id}")
        #expect(table.match(method: "DELETE", path: "/jobs/1")?.route.routeKey == "ANY /jobs/{id}")
    }

    @Test("a greedy {proxy+} takes the rest of the path but loses to a more specific route")
    func greedy() {
        let deep = table.match(method: "PUT", path: "/files/a/b/c.txt")
        #expect(deep?.route.routeKey == "ANY /files/{proxy+}")
        #expect(deep?.pathParameters == ["proxy": "a/b/c.txt"])
        #expect(table.match(method: "GET", path: "/files/a/b")?.route.routeKey == "GET /files/{bucket}/{key}")
        #expect(table.match(method: "GET", path: "/files")?.route == nil)
    }

    @Test("trailing slashes and the root path match; unknown paths do not without $default")
    func rootAndMisses() {
        #expect(table.match(method: "POST", path: "/jobs/")?.route.routeKey == "POST /jobs")
        #expect(table.match(method: "GET", path: "/")?.route.routeKey == "GET /")
        #expect(table.match(method: "GET", path: "/nope") == nil)
        #expect(table.match(method: "POST", path: "/jobs/1/extra") == nil)
    }

    @Test("$default catches what nothing else matches")
    func defaultRoute() throws {
        let withDefault = RouteTable(routes: table.routes + [.defaultRoute])
        let match = try #require(withDefault.match(method: "PATCH", path: "/nope"))
        #expect(match.route.routeKey == "$default")
        #expect(match.pathParameters.isEmpty)
        #expect(withDefault.match(method: "GET", path: "/jobs/1")?.route.routeKey == "GET /jobs/{id}")
    }

    @Test("route keys parse from the template's notation")
    func parseRouteKey() {
        #expect(GatewayRoute(routeKey: "get /jobs/{id}") == GatewayRoute(method: "GET", path: "/jobs/{id}"))
        #expect(GatewayRoute(routeKey: "$default")?.isDefault == true)
        #expect(GatewayRoute(routeKey: "GET jobs") == nil)
    }
}
