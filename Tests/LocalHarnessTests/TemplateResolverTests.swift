import Foundation
import Testing
@testable import LocalHarness

/// Reading a SAM template: YAML short forms and the intrinsic functions resolved for a local deployment.
@Suite("Template resolver")
struct TemplateResolverTests {
    static let yaml = """
        Parameters:
          Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}
          Languages: {Type: CommaDelimitedList, Default: "en, fr,de"}
          NoDefault: {Type: String}
          Count: {Type: Number, Default: 3}
        Mappings:
          Models: {dev: {text: amazon.nova-lite-v1:0}, prod: {text: anthropic.claude}}
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
          NotProd: !Not [!Condition IsProd]
          Both: !And [!Condition NotProd, !Equals [a, a]]
        Resources:
          JobsTable: {Type: AWS::DynamoDB::Table}
          NamedTable: {Type: AWS::DynamoDB::Table, Properties: {TableName: !Sub "${AWS::StackName}-named"}}
          Uploads: {Type: AWS::S3::Bucket}
          Topic: {Type: AWS::SNS::Topic}
          Queue: {Type: AWS::SQS::Queue}
          Machine: {Type: AWS::Serverless::StateMachine}
          Pool: {Type: AWS::Cognito::UserPool}
          Client: {Type: AWS::Cognito::UserPoolClient}
          Prod: {Type: AWS::SNS::Topic, Condition: IsProd}
        """

    static func resolver(_ overrides: [String: String] = [:]) throws -> TemplateResolver {
        TemplateResolver(template: try SAMTemplate(yaml: yaml), deployment: LocalDeployment(parameterOverrides: overrides))
    }

    static func value(_ yaml: String, _ overrides: [String: String] = [:]) throws -> TemplateValue? {
        try resolver(overrides).resolve(try TemplateValue.parse(yaml: yaml))
    }

    @Test("short forms become long forms, and !GetAtt A.B becomes [A, B]")
    func shortForms() throws {
        #expect(try TemplateValue.parse(yaml: "!Ref X") == .map(["Ref": .string("X")]))
        #expect(try TemplateValue.parse(yaml: "!GetAtt Jobs.Arn") == .map(["Fn::GetAtt": .list([.string("Jobs"), .string("Arn")])]))
        #expect(try TemplateValue.parse(yaml: "!Join [',', [a, b]]") == .map(["Fn::Join": .list([.string(","), .list([.string("a"), .string("b")])])]))
        #expect(try TemplateValue.parse(yaml: "{a: 1, b: true, c: null, d: '1'}") == .map(["a": .number(1), "b": .bool(true), "c": .null, "d": .string("1")]))
    }

    @Test("Ref gives parameters, pseudo parameters and each resource type's local physical id")
    func references() throws {
        #expect(try Self.value("!Ref Stage") == .string("dev"))
        #expect(try Self.value("!Ref Stage", ["Stage": "prod"]) == .string("prod"))
        #expect(try Self.value("!Ref Languages") == .list([.string("en"), .string("fr"), .string("de")]))
        #expect(try Self.value("!Ref AWS::Region") == .string("us-east-1"))
        #expect(try Self.value("!Ref AWS::AccountId") == .string("123456789012"))
        #expect(try Self.value("!Ref JobsTable") == .string("mediagen-local-JobsTable"))
        #expect(try Self.value("!Ref NamedTable") == .string("mediagen-local-named"))
        #expect(try Self.value("!Ref Uploads") == .string("mediagen-local-uploads"))
        #expect(try Self.value("!Ref Topic") == .string("arn:aws:sns:us-east-1:123456789012:mediagen-local-Topic"))
        #expect(try Self.value("!Ref Queue") == .string("https://sqs.us-east-1.amazonaws.com/123456789012/mediagen-local-Queue"))
        #expect(try Self.value("!Ref Machine") == .string("arn:aws:states:us-east-1:123456789012:stateMachine:mediagen-local-Machine"))
    }

    @Test("Fn::GetAtt gives ARNs and names, and names the resource or attribute it cannot find")
    func attributes() throws {
        #expect(try Self.value("!GetAtt JobsTable.Arn") == .string("arn:aws:dynamodb:us-east-1:123456789012:table/mediagen-local-JobsTable"))
        #expect(try Self.value("!GetAtt Queue.Arn") == .string("arn:aws:sqs:us-east-1:123456789012:mediagen-local-Queue"))
        #expect(try Self.value("{'Fn::GetAtt': [Uploads, Arn]}") == .string("arn:aws:s3:::mediagen-local-uploads"))
        #expect(try Self.value("!GetAtt Pool.ProviderURL") == .string("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool"))
        #expect(throws: TemplateError.unresolved("Fn::GetAtt Missing.Arn: no such resource")) { try Self.value("!GetAtt Missing.Arn") }
        #expect(throws: TemplateError.self) { try Self.value("!GetAtt Uploads.NoSuchThing") }
    }

    @Test("Fn::Sub replaces parameters, pseudo parameters, Resource.Attribute, its own variables, and keeps ${!Literal}")
    func substitution() throws {
        #expect(try Self.value(#"!Sub "https://cognito-idp.${AWS::Region}.amazonaws.com/${Pool}""#)
                == .string("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool"))
        #expect(try Self.value(#"!Sub "${JobsTable.Arn}/index/*""#)
                == .string("arn:aws:dynamodb:us-east-1:123456789012:table/mediagen-local-JobsTable/index/*"))
        #expect(try Self.value(#"!Sub ["${Greeting}, ${Stage} ${!Literal}", {Greeting: !Join ["", [hel, lo]]}]"#)
                == .string("hello, dev ${Literal}"))
        #expect(throws: TemplateError.self) { try Self.value(#"!Sub "${Nope}""#) }
    }

    @Test("conditions, Fn::If and AWS::NoValue choose and drop values")
    func conditions() throws {
        #expect(try Self.value("!If [IsProd, big, small]") == .string("small"))
        #expect(try Self.value("!If [IsProd, big, small]", ["Stage": "prod"]) == .string("big"))
        #expect(try Self.value("{A: !If [IsProd, x, !Ref AWS::NoValue], B: 1}") == .map(["B": .number(1)]))
        #expect(try Self.value("[a, !Ref AWS::NoValue, b]") == .list([.string("a"), .string("b")]))
        let resolver = try Self.resolver()
        #expect(try resolver.condition("Both"))
        #expect(try !resolver.exists(resolver.template.resources["Prod"]!))
    }

    @Test("Join, Select, Split, FindInMap, Base64 and GetAZs evaluate as CloudFormation does")
    func functions() throws {
        #expect(try Self.value("!Join [':', [a, !Ref Stage]]") == .string("a:dev"))
        #expect(try Self.value("!Select [1, !Ref Languages]") == .string("fr"))
        #expect(try Self.value("!Split ['/', a/b/c]") == .list([.string("a"), .string("b"), .string("c")]))
        #expect(try Self.value("!FindInMap [Models, !Ref Stage, text]") == .string("amazon.nova-lite-v1:0"))
        #expect(try Self.value("!Base64 hi") == .string("aGk="))
        #expect(try Self.value("!Select [0, !GetAZs '']") == .string("us-east-1a"))
        #expect(try Self.value("!Ref Count") == .string("3"))
        #expect(throws: TemplateError.self) { try Self.value("!Select [5, !Ref Languages]") }
        #expect(throws: TemplateError.unsupported("Fn::ImportValue has no local meaning")) { try Self.value("!ImportValue shared") }
    }

    @Test("bad parameters and references are errors that name them")
    func namedErrors() throws {
        #expect(throws: TemplateError.unresolved("parameter NoDefault has no Default; pass a value for it")) { try Self.value("!Ref NoDefault") }
        #expect(try Self.value("!Ref NoDefault", ["NoDefault": "given"]) == .string("given"))
        #expect(throws: TemplateError.structure("parameter Stage is qa, not one of dev, prod")) { try Self.value("!Ref Stage", ["Stage": "qa"]) }
        #expect(throws: TemplateError.unresolved("Ref Ghost: no parameter or resource has that name")) { try Self.value("!Ref Ghost") }
        #expect(throws: TemplateError.unresolved("condition Missing is not defined")) { try Self.value("!If [Missing, a, b]") }
    }

    @Test("templates that do not parse or lack resources are refused with the reason")
    func badTemplates() {
        #expect(throws: TemplateError.self) { try SAMTemplate(yaml: "Resources: [unclosed") }
        #expect(throws: TemplateError.structure("the template has no Resources")) { try SAMTemplate(yaml: "Parameters: {}") }
        #expect(throws: TemplateError.structure("resource Bad has no Type")) { try SAMTemplate(yaml: "Resources: {Bad: {Properties: {}}}") }
        #expect(throws: TemplateError.syntax("unknown tag !Reff")) { try SAMTemplate(yaml: "Resources: {A: {Type: !Reff X}}") }
    }
}
