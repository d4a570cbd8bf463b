/// What mediagen-local runs from the template: the functions with their environment and limits, the HTTP
/// API routes, the JWT authorizer and CORS settings. Built once at start from ``SAMTemplate``.
public struct LocalApplication: Sendable {
    public let resolver: TemplateResolver
    public let functions: [LocalFunctionDefinition]
    /// The JWT authorizer of the HTTP API, nil when it has none.
    public let authorizer: LocalJWTSettings?
    /// The CORS settings of the HTTP API, nil when CORS is off.
    public let cors: LocalCORSSettings?

    /// Every route of every function, sorted by path then method.
    public var routes: [LocalRoute] {
        functions.flatMap(\.routes).sorted { ($0.path, $0.method) < ($1.path, $1.method) }
    }

    /// Reads the functions and API of `template` as deployed by `deployment`.
    public init(template: SAMTemplate, deployment: LocalDeployment = LocalDeployment()) throws(TemplateError) {
        let resolver = TemplateResolver(template: template, deployment: deployment)
        self.resolver = resolver
        let api = try Self.httpAPI(resolver)
        authorizer = api.authorizer
        cors = api.cors
        var functions: [LocalFunctionDefinition] = []
        for resource in template.resources(ofType: "AWS::Serverless::Function") where try resolver.exists(resource) {
            functions.append(try Self.function(resource, resolver: resolver, defaultAuthorizer: api.defaultAuthorizer))
        }
        try Self.checkRoutes(functions)
        self.functions = functions
    }

    /// The function named `name` (its logical id), if the template has it.
    public func function(named name: String) -> LocalFunctionDefinition? {
        functions.first { $0.logicalId == name }
    }

    private static func checkRoutes(_ functions: [LocalFunctionDefinition]) throws(TemplateError) {
        var seen: [String: String] = [:]
        for function in functions {
            for route in function.routes {
                let key = route.route.routeKey
                if let other = seen[key] { throw .structure("route \(key) is claimed by both \(other) and \(function.logicalId)") }
                seen[key] = function.logicalId
            }
        }
    }
}
