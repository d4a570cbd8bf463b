extension LocalApplication {
    struct HTTPAPISettings {
        var defaultAuthorizer: String?
        var authorizer: LocalJWTSettings?
        var cors: LocalCORSSettings?
    }

    /// Reads the (single) `AWS::Serverless::HttpApi`, merged over `Globals.HttpApi`.
    static func httpAPI(_ resolver: TemplateResolver) throws(TemplateError) -> HTTPAPISettings {
        let apis = resolver.template.resources(ofType: "AWS::Serverless::HttpApi")
        guard apis.count <= 1 else { throw .unsupported("mediagen-local serves one HTTP API; the template has \(apis.count)") }
        let globals = resolver.template.globals["HttpApi"]?.mapValue ?? [:]
        let properties = globals.merging(apis.first?.properties ?? [:]) { _, own in own }
        let place = apis.first?.logicalId ?? "Globals.HttpApi"
        var settings = HTTPAPISettings()
        if let authValue = properties["Auth"], let auth = try resolver.resolve(authValue) {
            settings.defaultAuthorizer = auth["DefaultAuthorizer"]?.scalarText
            if let name = settings.defaultAuthorizer, name != "NONE" {
                guard let definition = auth["Authorizers"]?[name] else {
                    throw .unresolved("\(place).Auth.DefaultAuthorizer \(name) is not in Auth.Authorizers")
                }
                settings.authorizer = try jwt(definition, at: "\(place).Auth.Authorizers.\(name)")
            }
        }
        if let corsValue = properties["CorsConfiguration"], let cors = try resolver.resolve(corsValue) {
            settings.cors = try corsSettings(cors, at: "\(place).CorsConfiguration")
        }
        return settings
    }

    private static func jwt(_ definition: TemplateValue, at place: String) throws(TemplateError) -> LocalJWTSettings {
        guard let configuration = definition["JwtConfiguration"] else {
            throw .unsupported("\(place) is not a JWT authorizer (no JwtConfiguration)")
        }
        guard let issuer = configuration["issuer"]?.scalarText else { throw .structure("\(place).JwtConfiguration.issuer is missing") }
        let audiences = configuration["audience"]?.listValue?.compactMap(\.scalarText) ?? []
        guard !audiences.isEmpty else { throw .structure("\(place).JwtConfiguration.audience is missing") }
        return LocalJWTSettings(
            issuer: issuer, audiences: audiences,
            identitySource: definition["IdentitySource"]?.scalarText ?? "$request.header.Authorization")
    }

    private static func corsSettings(_ value: TemplateValue, at place: String) throws(TemplateError) -> LocalCORSSettings? {
        if case .bool(let enabled) = value {
            return enabled ? LocalCORSSettings(allowOrigins: ["*"], allowMethods: ["*"], allowHeaders: ["*"], exposeHeaders: [], allowCredentials: false, maxAge: nil) : nil
        }
        guard case .map = value else { throw .structure("\(place) is not a mapping or a boolean") }
        func list(_ name: String) -> [String] { value[name]?.listValue?.compactMap(\.scalarText) ?? [] }
        let maxAge = value["MaxAge"]?.scalarText.flatMap { Int($0) }
        return LocalCORSSettings(
            allowOrigins: list("AllowOrigins"), allowMethods: list("AllowMethods").map { $0.uppercased() },
            allowHeaders: list("AllowHeaders").map { $0.lowercased() }, exposeHeaders: list("ExposeHeaders"),
            allowCredentials: value["AllowCredentials"] == .bool(true), maxAge: maxAge)
    }
}
