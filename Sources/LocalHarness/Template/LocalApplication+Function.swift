extension LocalApplication {
    /// Builds the local definition of one `AWS::Serverless::Function`, merging `Globals.Function`.
    static func function(
        _ resource: TemplateResource, resolver: TemplateResolver, defaultAuthorizer: String?
    ) throws(TemplateError) -> LocalFunctionDefinition {
        let id = resource.logicalId
        let globals = resolver.template.globals["Function"]?.mapValue ?? [:]
        func property(_ name: String) -> TemplateValue? { resource.properties[name] ?? globals[name] }

        func integer(_ name: String, default value: Int) throws(TemplateError) -> Int {
            guard let raw = property(name) else { return value }
            let text = try resolver.string(raw, at: "\(id).\(name)")
            guard let number = Int(text), number > 0 else { throw .structure("\(id).\(name) is \(text), not a positive integer") }
            return number
        }

        var environment: [String: String] = [:]
        for source in [globals["Environment"], resource.properties["Environment"]] {
            guard let source, let resolved = try resolver.resolve(source) else { continue }
            guard let variables = resolved["Variables"] else { continue }
            guard case .map(let members) = variables else { throw .structure("\(id).Environment.Variables is not a mapping") }
            for (name, value) in members {
                guard let text = value.scalarText else { throw .structure("\(id).Environment.Variables.\(name) is not a string") }
                environment[name] = text
            }
        }

        let suffix = "Function"
        let product = id.hasSuffix(suffix) && id.count > suffix.count ? String(id.dropLast(suffix.count)) : id
        return LocalFunctionDefinition(
            logicalId: id,
            product: resource.metadata["Product"]?.scalarText ?? product,
            handler: try property("Handler").map { value throws(TemplateError) in try resolver.string(value, at: "\(id).Handler") } ?? "bootstrap",
            timeoutSeconds: try integer("Timeout", default: 3),
            memorySize: try integer("MemorySize", default: 128),
            environment: environment,
            routes: try routes(of: resource, resolver: resolver, defaultAuthorizer: defaultAuthorizer))
    }

    private static func routes(
        of resource: TemplateResource, resolver: TemplateResolver, defaultAuthorizer: String?
    ) throws(TemplateError) -> [LocalRoute] {
        guard let events = resource.properties["Events"] else { return [] }
        guard case .map(let members) = events else { throw .structure("\(resource.logicalId).Events is not a mapping") }
        var routes: [LocalRoute] = []
        for (name, event) in members.sorted(by: { $0.key < $1.key }) where event["Type"]?.scalarText == "HttpApi" {
            let place = "\(resource.logicalId).Events.\(name)"
            let properties = event["Properties"] ?? .map([:])
            let path = try properties["Path"].map { value throws(TemplateError) in try resolver.string(value, at: "\(place).Path") } ?? "$default"
            let method = try properties["Method"].map { value throws(TemplateError) in try resolver.string(value, at: "\(place).Method") } ?? "ANY"
            guard path == "$default" || path.hasPrefix("/") else { throw .structure("\(place).Path \(path) does not start with /") }
            let normalizedMethod = method.uppercased() == "X-AMAZON-APIGATEWAY-ANY-METHOD" ? "ANY" : method.uppercased()
            let validMethods: Set = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"]
            guard validMethods.contains(normalizedMethod) else { throw .structure("\(place).Method \(method) is not an HTTP method") }
            let auth = properties["Auth"]
            let authorizer = try auth?["Authorizer"].map { value throws(TemplateError) in try resolver.string(value, at: "\(place).Auth.Authorizer") } ?? defaultAuthorizer
            let scopes = auth?["AuthorizationScopes"]?.listValue?.compactMap(\.scalarText) ?? []
            routes.append(LocalRoute(
                method: normalizedMethod, path: path, requiresAuthorization: authorizer != nil && authorizer != "NONE",
                scopes: scopes, function: resource.logicalId))
        }
        return routes
    }
}
