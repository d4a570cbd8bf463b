import Foundation
import Testing
@testable import LambdaRuntime

@Suite("API Gateway HTTP API payload 2.0 events")
struct EventAPIGatewayV2Tests {
    /// The AWS Lambda developer guide's HTTP API payload 2.0 sample.
    static let sample = #"""
    {
      "version": "2.0",
      "routeKey": "$default",
      "rawPath": "/my/path",
      "rawQueryString": "parameter1=value1&parameter1=value2&parameter2=value",
      "cookies": ["cookie1", "cookie2"],
      "headers": {"header1": "value1", "header2": "value1,value2"},
      "queryStringParameters": {"parameter1": "value1,value2", "parameter2": "value"},
      "requestContext": {
        "accountId": "123456789012",
        "apiId": "api-id",
        "authentication": {
          "clientCert": {
            "clientCertPem": "CERT_CONTENT",
            "subjectDN": "www.example.com",
            "issuerDN": "Example issuer",
            "serialNumber": "a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1",
            "validity": {"notBefore": "May 28 12:30:02 2019 GMT", "notAfter": "Aug  5 09:36:04 2021 GMT"}
          }
        },
        "authorizer": {
          "jwt": {"claims": {"claim1": "value1", "claim2": "value2"}, "scopes": ["scope1", "scope2"]}
        },
        "domainName": "id.execute-api.us-east-1.amazonaws.com",
        "domainPrefix": "id",
        "http": {
          "method": "POST",
          "path": "/my/path",
          "protocol": "HTTP/1.1",
          "sourceIp": "192.0.2.1",
          "userAgent": "agent"
        },
        "requestId": "id",
        "routeKey": "$default",
        "stage": "$default",
        "time": "12/Mar/2020:19:03:58 +0000",
        "timeEpoch": 1583348638390
      },
      "body": "Hello from Lambda",
      "pathParameters": {"parameter1": "value1"},
      "isBase64Encoded": false,
      "stageVariables": {"stageVariable1": "value1", "stageVariable2": "value2"}
    }
    """#

    @Test("the developer guide's payload 2.0 sample decodes with every field")
    func decodesSample() throws {
        let event = try JSONDecoder().decode(APIGatewayV2Request.self, from: Data(Self.sample.utf8))
        #expect(event.version == "2.0")
        #expect(event.routeKey == "$default")
        #expect(event.rawPath == "/my/path")
        #expect(event.rawQueryString == "parameter1=value1&parameter1=value2&parameter2=value")
        #expect(event.cookies == ["cookie1", "cookie2"])
        #expect(event.headers == ["header1": "value1", "header2": "value1,value2"])
        #expect(event.queryStringParameters == ["parameter1": "value1,value2", "parameter2": "value"])
        #expect(event.pathParameters == ["parameter1": "value1"])
        #expect(event.stageVariables == ["stageVariable1": "value1", "stageVariable2": "value2"])
        #expect(event.body == "Hello from Lambda")
        #expect(event.isBase64Encoded == false)
        let context = event.requestContext
        #expect(context.accountId == "123456789012")
        #expect(context.apiId == "api-id")
        #expect(context.domainName == "id.execute-api.us-east-1.amazonaws.com")
        #expect(context.domainPrefix == "id")
        #expect(context.http == .init(method: "POST", path: "/my/path", protocol: "HTTP/1.1", sourceIp: "192.0.2.1", userAgent: "agent"))
        #expect(context.requestId == "id")
        #expect(context.routeKey == "$default")
        #expect(context.stage == "$default")
        #expect(context.time == "12/Mar/2020:19:03:58 +0000")
        #expect(context.timeEpoch == 1_583_348_638_390)
        #expect(context.authorizer?.jwt?.claims == ["claim1": "value1", "claim2": "value2"])
        #expect(context.authorizer?.jwt?.scopes == ["scope1", "scope2"])
        #expect(context.authentication?.clientCert?.serialNumber == "a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1")
        #expect(context.authentication?.clientCert?.validity.notAfter == "Aug  5 09:36:04 2021 GMT")
    }

    @Test("a request survives an encode and decode round trip unchanged")
    func roundTrip() throws {
        let event = try JSONDecoder().decode(APIGatewayV2Request.self, from: Data(Self.sample.utf8))
        let again = try JSONDecoder().decode(APIGatewayV2Request.self, from: JSONEncoder().encode(event))
        #expect(again == event)
    }

    @Test("IAM and Lambda authorizer results decode, and a minimal GET without optional fields decodes")
    func iamAndLambdaAuthorizers() throws {
        let json = #"""
        {"version":"2.0","routeKey":"GET /jobs/{id}","rawPath":"/jobs/42",
         "requestContext":{"accountId":"111122223333","apiId":"abc123","domainName":"abc123.execute-api.eu-west-1.amazonaws.com",
          "domainPrefix":"abc123","http":{"method":"GET","path":"/jobs/42","protocol":"HTTP/1.1","sourceIp":"203.0.113.9","userAgent":"curl/8.5.0"},
          "requestId":"JKJaXmPLvHcESHA=","routeKey":"GET /jobs/{id}","stage":"$default","time":"03/Feb/2024:10:11:12 +0000","timeEpoch":1706955072000,
          "authorizer":{
            "iam":{"accessKey":"ASIAEXAMPLE","accountId":"111122223333","callerId":"AIDAEXAMPLE","cognitoIdentity":null,
                   "principalOrgId":"o-abc","userArn":"arn:aws:iam::111122223333:user/alice","userId":"AIDAEXAMPLE"},
            "lambda":{"tenant":"acme","tier":2,"beta":true}
          }},
         "isBase64Encoded":false}
        """#
        let event = try JSONDecoder().decode(APIGatewayV2Request.self, from: Data(json.utf8))
        #expect(event.rawQueryString == "")
        #expect(event.headers == [:])
        #expect(event.cookies == nil)
        #expect(event.body == nil)
        let authorizer = try #require(event.requestContext.authorizer)
        #expect(authorizer.iam?.userArn == "arn:aws:iam::111122223333:user/alice")
        #expect(authorizer.iam?.principalOrgId == "o-abc")
        #expect(authorizer.iam?.cognitoIdentity == nil)
        #expect(authorizer.lambda == ["tenant": .string("acme"), "tier": .int(2), "beta": .bool(true)])
    }

    @Test("Cognito JWT claims that arrive as numbers are read as their text")
    func lenientClaims() throws {
        let json = #"{"claims":{"sub":"abc","exp":1706955072,"email_verified":true},"scopes":null}"#
        let jwt = try JSONDecoder().decode(APIGatewayV2Request.JWT.self, from: Data(json.utf8))
        #expect(jwt.claims == ["sub": "abc", "exp": "1706955072", "email_verified": "true"])
        #expect(jwt.scopes == nil)
    }

    @Test("a response encodes with AWS's field names and leaves out what is unset")
    func encodesResponse() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let response = APIGatewayV2Response(
            statusCode: 201, headers: ["Content-Type": "application/json"], cookies: ["session=abc; Secure"],
            body: #"{"id":"42"}"#, isBase64Encoded: false
        )
        let json = String(decoding: try encoder.encode(response), as: UTF8.self)
        #expect(json == #"{"body":"{\"id\":\"42\"}","cookies":["session=abc; Secure"],"headers":{"Content-Type":"application/json"},"isBase64Encoded":false,"statusCode":201}"#)
        let bare = String(decoding: try encoder.encode(APIGatewayV2Response(statusCode: 204)), as: UTF8.self)
        #expect(bare == #"{"statusCode":204}"#)
        let multi = APIGatewayV2Response(statusCode: 200, multiValueHeaders: ["Link": ["<a>", "<b>"]])
        #expect(String(decoding: try encoder.encode(multi), as: UTF8.self) == #"{"multiValueHeaders":{"Link":["<a>","<b>"]},"statusCode":200}"#)
    }
}
