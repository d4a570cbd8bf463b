import Foundation
import Testing
@testable import LambdaRuntime

/// The shapes `sam local generate-event` writes (its templates rendered with its default values), so events
/// made by developers with SAM decode and route like AWS's own.
@Suite("sam local generate-event shapes")
struct EventSAMShapeTests {
    static let httpAPI = #"""
    {
      "version": "2.0",
      "routeKey": "$default",
      "rawPath": "/path/to/resource",
      "rawQueryString": "parameter1=value1&parameter1=value2&parameter2=value",
      "cookies": ["cookie1", "cookie2"],
      "headers": {"Header1": "value1", "Header2": "value1,value2"},
      "queryStringParameters": {"parameter1": "value1,value2", "parameter2": "value"},
      "requestContext": {
        "accountId": "123456789012",
        "apiId": "api-id",
        "authentication": {"clientCert": {"clientCertPem": "CERT_CONTENT", "subjectDN": "www.example.com", "issuerDN": "Example issuer",
          "serialNumber": "a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1:a1",
          "validity": {"notBefore": "May 28 12:30:02 2019 GMT", "notAfter": "Aug  5 09:36:04 2021 GMT"}}},
        "authorizer": {"jwt": {"claims": {"claim1": "value1", "claim2": "value2"}, "scopes": ["scope1", "scope2"]}},
        "domainName": "id.execute-api.us-east-1.amazonaws.com",
        "domainPrefix": "id",
        "http": {"method": "POST", "path": "/path/to/resource", "protocol": "HTTP/1.1", "sourceIp": "192.168.0.1/32", "userAgent": "agent"},
        "requestId": "id",
        "routeKey": "$default",
        "stage": "$default",
        "time": "12/Mar/2020:19:03:58 +0000",
        "timeEpoch": 1583348638390
      },
      "body": "eyJ0ZXN0IjoiYm9keSJ9",
      "pathParameters": {"parameter1": "value1"},
      "isBase64Encoded": true,
      "stageVariables": {"stageVariable1": "value1", "stageVariable2": "value2"}
    }
    """#

    static let awsProxy = #"""
    {
      "body": "eyJ0ZXN0IjoiYm9keSJ9",
      "resource": "/{proxy+}",
      "path": "/path/to/resource",
      "httpMethod": "POST",
      "isBase64Encoded": true,
      "queryStringParameters": {"foo": "bar"},
      "multiValueQueryStringParameters": {"foo": ["bar"]},
      "pathParameters": {"proxy": "/path/to/resource"},
      "stageVariables": {"baz": "qux"},
      "headers": {"Accept": "text/html", "Host": "1234567890.execute-api.us-east-1.amazonaws.com", "X-Forwarded-Port": "443"},
      "multiValueHeaders": {"Accept": ["text/html"], "X-Forwarded-Port": ["443"]},
      "requestContext": {
        "accountId": "123456789012",
        "resourceId": "123456",
        "stage": "prod",
        "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
        "requestTime": "09/Apr/2015:12:34:56 +0000",
        "requestTimeEpoch": 1428582896000,
        "identity": {
          "cognitoIdentityPoolId": null, "accountId": null, "cognitoIdentityId": null, "caller": null, "accessKey": null,
          "sourceIp": "127.0.0.1", "cognitoAuthenticationType": null, "cognitoAuthenticationProvider": null,
          "userArn": null, "userAgent": "Custom User Agent String", "user": null
        },
        "path": "/prod/path/to/resource",
        "resourcePath": "/{proxy+}",
        "httpMethod": "POST",
        "apiId": "1234567890",
        "protocol": "HTTP/1.1"
      }
    }
    """#

    static let scheduled = #"""
    {
      "id": "cdc73f9d-aea9-11e3-9d5a-835b769c0d9c",
      "detail-type": "Scheduled Event",
      "source": "aws.events",
      "account": "123456789012",
      "time": "1970-01-01T00:00:00Z",
      "region": "us-east-1",
      "resources": ["arn:aws:events:us-east-1:123456789012:rule/ExampleRule"],
      "detail": {}
    }
    """#

    static let s3Delete = #"""
    {"Records":[{"eventVersion":"2.0","eventSource":"aws:s3","awsRegion":"us-east-1","eventTime":"1970-01-01T00:00:00.000Z",
      "eventName":"ObjectRemoved:Delete","userIdentity":{"principalId":"EXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
      "responseElements":{"x-amz-request-id":"EXAMPLE123456789","x-amz-id-2":"EXAMPLE123/5678abcdefghijklambdaisawesome/mnopqrstuvwxyzABCDEFGH"},
      "s3":{"s3SchemaVersion":"1.0","configurationId":"testConfigRule","bucket":{"name":"example-bucket","ownerIdentity":{"principalId":"EXAMPLE"},
      "arn":"arn:aws:s3:::example-bucket"},"object":{"key":"test%2Fkey","sequencer":"0A1B2C3D4E5F678901"}}}]}
    """#

    @Test("SAM's HTTP API event decodes and routes, its base64 body and capitalised headers honoured")
    func httpAPI() async throws {
        let event = try JSONDecoder().decode(APIGatewayV2Request.self, from: Data(Self.httpAPI.utf8))
        #expect(event.isBase64Encoded)
        #expect(event.header("header2") == "value1,value2")
        #expect(event.requestContext.http.sourceIp == "192.168.0.1/32")
        struct Test: Codable, Sendable { var test: String }
        var router = HTTPRouter<Void>()
        router.onJSON(.post, "/path/to/{rest}", body: Test.self) { body, request, _ in
            ["test": body.test, "rest": request.pathParameters["rest"] ?? "", "header1": request.header("HEADER1") ?? ""]
        }
        let response = await router.handle(event)
        #expect(response.statusCode == 200)
        #expect(response.body == #"{"header1":"value1","rest":"resource","test":"body"}"#)
    }

    @Test("SAM's REST proxy event decodes")
    func awsProxy() throws {
        let event = try JSONDecoder().decode(APIGatewayRequest.self, from: Data(Self.awsProxy.utf8))
        #expect(event.resource == "/{proxy+}")
        #expect(event.pathParameters == ["proxy": "/path/to/resource"])
        #expect(event.body.flatMap { Data(base64Encoded: $0) } == Data(#"{"test":"body"}"#.utf8))
        #expect(event.requestContext.stage == "prod")
        #expect(event.requestContext.domainName == nil)
        #expect(event.requestContext.identity.sourceIp == "127.0.0.1")
        #expect(event.requestContext.authorizer == nil)
    }

    @Test("SAM's scheduled event, which has no version field, decodes as version 0")
    func scheduled() throws {
        let event = try JSONDecoder().decode(RawEventBridgeEvent.self, from: Data(Self.scheduled.utf8))
        #expect(event.version == "0")
        #expect(event.detailType == "Scheduled Event")
        #expect(event.detail == .object([:]))
    }

    @Test("SAM's S3 delete event decodes, its key decoded")
    func s3Delete() throws {
        let event = try JSONDecoder().decode(S3Event.self, from: Data(Self.s3Delete.utf8))
        #expect(event.records[0].eventVersion == "2.0")
        #expect(event.records[0].s3.object.decodedKey == "test/key")
        #expect(event.records[0].s3.bucket.arn == "arn:aws:s3:::example-bucket")
    }
}
