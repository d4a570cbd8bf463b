import Foundation
import Testing
@testable import LambdaRuntime

@Suite("API Gateway REST API proxy events")
struct EventAPIGatewayV1Tests {
    /// The API Gateway developer guide's proxy integration input sample, with a Cognito user pool authorizer.
    static let sample = #"""
    {
      "resource": "/my/path",
      "path": "/my/path",
      "httpMethod": "GET",
      "headers": {"header1": "value1", "header2": "value2"},
      "multiValueHeaders": {"header1": ["value1"], "header2": ["value1", "value2"]},
      "queryStringParameters": {"parameter1": "value1", "parameter2": "value"},
      "multiValueQueryStringParameters": {"parameter1": ["value1", "value2"], "parameter2": ["value"]},
      "requestContext": {
        "accountId": "123456789012",
        "apiId": "id",
        "authorizer": {"claims": {"sub": "7d8ca528-4931-4254-9273-ea5ee853f271", "cognito:username": "alice", "auth_time": 1583349317}, "scopes": null},
        "domainName": "id.execute-api.us-east-1.amazonaws.com",
        "domainPrefix": "id",
        "extendedRequestId": "request-id",
        "httpMethod": "GET",
        "identity": {
          "accessKey": null,
          "accountId": null,
          "caller": null,
          "cognitoAuthenticationProvider": null,
          "cognitoAuthenticationType": null,
          "cognitoIdentityId": null,
          "cognitoIdentityPoolId": null,
          "principalOrgId": null,
          "sourceIp": "192.0.2.1",
          "user": null,
          "userAgent": "user-agent",
          "userArn": null
        },
        "path": "/my/path",
        "protocol": "HTTP/1.1",
        "requestId": "id=",
        "requestTime": "04/Mar/2020:19:15:17 +0000",
        "requestTimeEpoch": 1583349317135,
        "resourceId": null,
        "resourcePath": "/my/path",
        "stage": "$default"
      },
      "pathParameters": null,
      "stageVariables": null,
      "body": "Hello from Lambda!",
      "isBase64Encoded": false
    }
    """#

    @Test("the developer guide's proxy sample decodes with every field")
    func decodesSample() throws {
        let event = try JSONDecoder().decode(APIGatewayRequest.self, from: Data(Self.sample.utf8))
        #expect(event.resource == "/my/path")
        #expect(event.path == "/my/path")
        #expect(event.httpMethod == "GET")
        #expect(event.headers == ["header1": "value1", "header2": "value2"])
        #expect(event.multiValueHeaders == ["header1": ["value1"], "header2": ["value1", "value2"]])
        #expect(event.queryStringParameters == ["parameter1": "value1", "parameter2": "value"])
        #expect(event.multiValueQueryStringParameters == ["parameter1": ["value1", "value2"], "parameter2": ["value"]])
        #expect(event.pathParameters == nil)
        #expect(event.stageVariables == nil)
        #expect(event.body == "Hello from Lambda!")
        #expect(event.isBase64Encoded == false)
        let context = event.requestContext
        #expect(context.accountId == "123456789012")
        #expect(context.extendedRequestId == "request-id")
        #expect(context.requestId == "id=")
        #expect(context.requestTimeEpoch == 1_583_349_317_135)
        #expect(context.resourceId == nil)
        #expect(context.resourcePath == "/my/path")
        #expect(context.stage == "$default")
        #expect(context.identity.sourceIp == "192.0.2.1")
        #expect(context.identity.userAgent == "user-agent")
        #expect(context.identity.userArn == nil)
        #expect(context.authorizer?.claims == [
            "sub": "7d8ca528-4931-4254-9273-ea5ee853f271", "cognito:username": "alice", "auth_time": "1583349317",
        ])
        #expect(context.authorizer?.scopes == nil)
    }

    @Test("a proxy response encodes with AWS's field names")
    func encodesResponse() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let response = APIGatewayResponse(
            statusCode: 200, headers: ["Content-Type": "text/plain"], multiValueHeaders: ["Set-Cookie": ["a=1", "b=2"]],
            body: "ok", isBase64Encoded: false
        )
        #expect(String(decoding: try encoder.encode(response), as: UTF8.self)
            == #"{"body":"ok","headers":{"Content-Type":"text\/plain"},"isBase64Encoded":false,"multiValueHeaders":{"Set-Cookie":["a=1","b=2"]},"statusCode":200}"#)
    }
}
