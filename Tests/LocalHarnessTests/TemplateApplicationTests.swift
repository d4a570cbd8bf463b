import Foundation
import Testing
@testable import LocalHarness

/// What mediagen-local takes from a template: functions with merged Globals, routes, the JWT authorizer, CORS.
@Suite("Template application")
struct TemplateApplicationTests {
    static let yaml = """
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Stage: {Type: String, Default: dev}
        Conditions:
          WithExtra: !Equals [!Ref Stage, prod]
        Globals:
          Function:
            Timeout: 10
            MemorySize: 256
            Environment: {Variables: {STAGE: !Ref Stage, SHARED: global}}
          HttpApi:
            CorsConfiguration: {AllowOrigins: ["http://localhost:5173"], AllowMethods: [get, post], AllowHeaders: [Authorization], MaxAge: 60}
        Resources:
          UserPool: {Type: AWS::Cognito::UserPool}
          UserPoolClient: {Type: AWS::Cognito::UserPoolClient, Properties: {UserPoolId: !Ref UserPool}}
          JobsTable: {Type: AWS::DynamoDB::Table}
          HttpApi:
            Type: AWS::Serverless::HttpApi
            Properties:
              Auth:
                DefaultAuthorizer: CognitoAuthorizer
                Authorizers:
                  CognitoAuthorizer:
                    IdentitySource: $request.header.Authorization
                    JwtConfiguration:
                      issuer: !Sub "https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}"
                      audience: [!Ref UserPoolClient]
          SubtitleFunction:
            Type: AWS::Serverless::Function
            Metadata: {BuildMethod: makefile}
            Properties:
              Handler: bootstrap
              Timeout: 30
              Environment: {Variables: {JOBS_TABLE: !Ref JobsTable, SHARED: own}}
              Events:
                Create: {Type: HttpApi, Properties: {ApiId: !Ref HttpApi, Path: /subtitles, Method: post}}
                Get: {Type: HttpApi, Properties: {ApiId: !Ref HttpApi, Path: "/jobs/{id}", Method: GET, Auth: {AuthorizationScopes: [jobs/read]}}}
                Queue: {Type: SQS, Properties: {Queue: arn}}
          HealthFunction:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Probe: {Type: HttpApi, Properties: {ApiId: !Ref HttpApi, Path: /health, Method: GET, Auth: {Authorizer: NONE}}}
          ExtraFunction:
            Type: AWS::Serverless::Function
            Condition: WithExtra
            Properties: {}
        """

    @Test("functions merge Globals under their own properties and resolve their environment")
    func functions() throws {
        let application = try LocalApplication(template: SAMTemplate(yaml: Self.yaml))
        #expect(application.functions.map(\.logicalId) == ["HealthFunction", "SubtitleFunction"])
        let subtitle = try #require(application.function(named: "SubtitleFunction"))
        #expect(subtitle.product == "Subtitle")
        #expect(subtitle.timeoutSeconds == 30)
        #expect(subtitle.memorySize == 256)
        #expect(subtitle.environment == ["STAGE": "dev", "SHARED": "own", "JOBS_TABLE": "mediagen-local-JobsTable"])
        let health = try #require(application.function(named: "HealthFunction"))
        #expect(health.timeoutSeconds == 10)
        #expect(health.handler == "bootstrap")
        #expect(health.environment == ["STAGE": "dev", "SHARED": "global"])
    }

    @Test("a function whose condition is false is not run")
    func conditionalFunction() throws {
        let prod = try LocalApplication(template: SAMTemplate(yaml: Self.yaml), deployment: LocalDeployment(parameterOverrides: ["Stage": "prod"]))
        #expect(prod.function(named: "ExtraFunction")?.product == "Extra")
    }

    @Test("HttpApi events become routes; the default authorizer guards all but Authorizer: NONE")
    func routes() throws {
        let application = try LocalApplication(template: SAMTemplate(yaml: Self.yaml))
        #expect(application.routes == [
            LocalRoute(method: "GET", path: "/health", requiresAuthorization: false, scopes: [], function: "HealthFunction"),
            LocalRoute(method: "GET", path: "/jobs/{id}", requiresAuthorization: true, scopes: ["jobs/read"], function: "SubtitleFunction"),
            LocalRoute(method: "POST", path: "/subtitles", requiresAuthorization: true, scopes: [], function: "SubtitleFunction"),
        ])
    }

    @Test("the JWT authorizer's issuer and audience resolve to the local user pool and client")
    func authorizer() throws {
        let application = try LocalApplication(template: SAMTemplate(yaml: Self.yaml))
        #expect(application.authorizer == LocalJWTSettings(
            issuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool",
            audiences: ["userpoolclientlocal"], identitySource: "$request.header.Authorization"))
        #expect(application.cors == LocalCORSSettings(
            allowOrigins: ["http://localhost:5173"], allowMethods: ["GET", "POST"], allowHeaders: ["authorization"],
            exposeHeaders: [], allowCredentials: false, maxAge: 60))
    }

    @Test("a route two functions claim, a bad method or path, and a bad timeout are named errors")
    func badDefinitions() throws {
        let duplicate = Self.yaml.replacingOccurrences(of: "Path: /health, Method: GET", with: "Path: /subtitles, Method: POST")
        #expect(throws: TemplateError.structure("route POST /subtitles is claimed by both HealthFunction and SubtitleFunction")) {
            try LocalApplication(template: SAMTemplate(yaml: duplicate))
        }
        let badMethod = Self.yaml.replacingOccurrences(of: "Method: post", with: "Method: FETCH")
        #expect(throws: TemplateError.structure("SubtitleFunction.Events.Create.Method FETCH is not an HTTP method")) {
            try LocalApplication(template: SAMTemplate(yaml: badMethod))
        }
        let badPath = Self.yaml.replacingOccurrences(of: "Path: /subtitles", with: "Path: subtitles")
        #expect(throws: TemplateError.structure("SubtitleFunction.Events.Create.Path subtitles does not start with /")) {
            try LocalApplication(template: SAMTemplate(yaml: badPath))
        }
        let badTimeout = Self.yaml.replacingOccurrences(of: "Timeout: 30", with: "Timeout: soon")
        #expect(throws: TemplateError.structure("SubtitleFunction.Timeout is soon, not a positive integer")) {
            try LocalApplication(template: SAMTemplate(yaml: badTimeout))
        }
    }

    @Test("the repository's own template reads: every function has a product and every route a function")
    func repositoryTemplate() throws {
        let url = RepositoryPathsForHarness.template
        try #require(FileManager.default.fileExists(atPath: url.path), "Infrastructure/template.yaml is missing")
        let application = try LocalApplication(template: SAMTemplate.load(contentsOf: url))
        #expect(application.function(named: "HealthFunction")?.product == "Health")
        #expect(application.routes.contains { $0.route.routeKey == "GET /health" && !$0.requiresAuthorization })
        #expect(application.authorizer != nil)
        for route in application.routes { #expect(application.function(named: route.function) != nil) }
    }
}
