import Foundation
import Testing

@testable import AWSCore

/// Expected paths and queries were produced by botocore 1.43.11: the same call made with a
/// `before-send` hook that captures the prepared request (S3 with path-style addressing).
@Suite("restJson URI templates and request bindings")
struct ProtocolRestJSONTests {
    let august30 = Date(timeIntervalSince1970: 1_440_938_160)

    @Test("a Bedrock model ARN becomes one path segment with / and : escaped")
    func bedrockInvokeModel() throws {
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/model/{modelId}/invoke")
        builder.setLabel(
            "modelId", "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0")
        builder.setHeader("Accept", "application/json")
        builder.setPayload(Data(#"{"prompt":"hi"}"#.utf8), contentType: "application/json")
        let request = try builder.build()
        #expect(request.method == "POST")
        #expect(request.encodedPathAndQuery
            == "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.anthropic.claude-3-5-sonnet-20241022-v2%3A0/invoke")
        #expect(request.headers == ["Accept": "application/json", "Content-Type": "application/json"])
        #expect(request.body == Data(#"{"prompt":"hi"}"#.utf8))
    }

    @Test("a greedy label encodes each segment but keeps the slashes, and a header date is an HTTP-date")
    func s3GetObject() throws {
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/{Bucket}/{Key+}")
        builder.setLabel("Bucket", "media-bucket")
        builder.setLabel("Key", "uploads/My Clip (1)/é+x~y.mp4")
        builder.setHeader("If-Modified-Since", august30)
        let request = try builder.build()
        #expect(request.encodedPathAndQuery == "/media-bucket/uploads/My%20Clip%20%281%29/%C3%A9%2Bx~y.mp4")
        #expect(request.headers["If-Modified-Since"] == "Sun, 30 Aug 2015 12:36:00 GMT")
        #expect(request.body.isEmpty)
    }

    @Test("a literal query in the template comes first, written as a bare key when it has no value")
    func templateQuery() throws {
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/{Bucket}/{Key+}?uploads")
        builder.setLabel("Bucket", "media-bucket")
        builder.setLabel("Key", "a/b c.mp4")
        #expect(try builder.build().encodedPathAndQuery == "/media-bucket/a/b%20c.mp4?uploads")

        var jobs = RestRequestBuilder(method: "GET", uriTemplate: "/2017-08-29/jobs?x=y")
        jobs.addQuery("a", "b c")
        let request = try jobs.build()
        #expect(request.path == "/2017-08-29/jobs")
        #expect(request.encodedPathAndQuery == "/2017-08-29/jobs?x=y&a=b%20c")
    }

    @Test("query bindings keep their order, encode strictly and skip nil values")
    func mediaConvertListJobs() throws {
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/2017-08-29/jobs")
        builder.addQuery("maxResults", 5)
        builder.addQuery("nextToken", nil as String?)
        builder.addQuery("order", "ASCENDING")
        builder.addQuery("queue", "arn:aws:mediaconvert:us-east-1:1:queues/Default")
        #expect(try builder.build().encodedPathAndQuery
            == "/2017-08-29/jobs?maxResults=5&order=ASCENDING&queue=arn%3Aaws%3Amediaconvert%3Aus-east-1%3A1%3Aqueues%2FDefault")
    }

    @Test("query timestamps default to ISO 8601, booleans to true/false, and lists repeat the name")
    func queryScalars() throws {
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/items")
        builder.addQuery("since", august30)
        builder.addQuery("epoch", august30, format: .epochSeconds)
        builder.addQuery("all", true)
        builder.addQuery("id", ["a", "b"])
        builder.addQuery([("x-id", "GetObject")])
        #expect(try builder.build().encodedQuery
            == "since=2015-08-30T12%3A36%3A00Z&epoch=1440938160&all=true&id=a&id=b&x-id=GetObject")
    }

    @Test("a label timestamp defaults to ISO 8601")
    func labelTimestamp() throws {
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/day/{date}")
        builder.setLabel("date", august30)
        #expect(try builder.build().path == "/day/2015-08-30T12%3A36%3A00Z")
    }

    @Test("header bindings write lists with quoting, booleans, integers and prefixed maps")
    func headers() throws {
        var builder = RestRequestBuilder(method: "PUT", uriTemplate: "/{Bucket}")
        builder.setLabel("Bucket", "b")
        builder.setHeader("X-List", ["a", "b,c", "d\"e"])
        builder.setHeader("X-Empty", [] as [String])
        builder.setHeader("X-Flag", false)
        builder.setHeader("Content-Length-Hint", 42)
        builder.setHeader("X-Missing", nil as String?)
        builder.setHeaders(prefix: "x-amz-meta-", [("title", "Trailer"), ("lang", "fr")])
        builder.setHeader("X-Epoch", august30, format: .epochSeconds)
        let request = try builder.build()
        #expect(request.headers == [
            "X-List": #"a,"b,c","d\"e""#, "X-Flag": "false", "Content-Length-Hint": "42",
            "x-amz-meta-title": "Trailer", "x-amz-meta-lang": "fr", "X-Epoch": "1440938160",
        ])
    }

    struct StartJob: Encodable {
        var name: String
        var createdAt: Date
    }

    @Test("a JSON body is encoded with the AWS coder and labelled application/json unless a content type is set")
    func jsonBody() throws {
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/2017-08-29/jobs")
        try builder.setJSONBody(StartJob(name: "a/b", createdAt: august30))
        let request = try builder.build()
        #expect(String(decoding: request.body, as: UTF8.self) == #"{"createdAt":1440938160,"name":"a/b"}"#)
        #expect(request.headers["Content-Type"] == "application/json")

        var custom = RestRequestBuilder(method: "POST", uriTemplate: "/x")
        custom.setHeader("Content-Type", "application/x-amz-json-1.1")
        try custom.setJSONBody(EmptyInput())
        let customRequest = try custom.build()
        #expect(customRequest.headers.values(for: "content-type") == ["application/x-amz-json-1.1"])
        #expect(customRequest.body == Data("{}".utf8))
    }

    @Test("a payload without a content type sends the bytes and no Content-Type")
    func rawPayload() throws {
        var builder = RestRequestBuilder(method: "PUT", uriTemplate: "/{Bucket}/{Key+}")
        builder.setLabel("Bucket", "b")
        builder.setLabel("Key", "k")
        builder.setPayload(Data([1, 2, 3]))
        let request = try builder.build()
        #expect(request.body == Data([1, 2, 3]))
        #expect(!request.headers.contains("Content-Type"))
    }

    @Test("a missing label is an error naming the label")
    func missingLabel() {
        let builder = RestRequestBuilder(method: "POST", uriTemplate: "/model/{modelId}/invoke")
        #expect(throws: ProtocolError.missingLabel("modelId")) { try builder.build() }
        #expect(ProtocolError.missingLabel("modelId").description
            == "ProtocolError.missingLabel: no value for URI label 'modelId'")
    }

    @Test("an empty label, greedy or not, is an error naming the label")
    func emptyLabel() {
        var builder = RestRequestBuilder(method: "GET", uriTemplate: "/{Bucket}/{Key+}")
        builder.setLabel("Bucket", "b")
        builder.setLabel("Key", "")
        #expect(throws: ProtocolError.emptyLabel("Key")) { try builder.build() }
        builder.setLabel("Bucket", "")
        #expect(throws: ProtocolError.emptyLabel("Bucket")) { try builder.build() }
        #expect(ProtocolError.emptyLabel("Key").description == "ProtocolError.emptyLabel: the URI label 'Key' is empty")
    }

    @Test("malformed templates are refused with the reason")
    func badTemplates() {
        #expect(throws: ProtocolError.invalidURITemplate("/model/{modelId/invoke", "unclosed '{'")) {
            try URITemplate("/model/{modelId/invoke")
        }
        #expect(throws: ProtocolError.invalidURITemplate("model/{id}", "the path must start with '/'")) {
            try URITemplate("model/{id}")
        }
        #expect(throws: ProtocolError.invalidURITemplate("/a/{}", "a label has no name")) { try URITemplate("/a/{}") }
        #expect(throws: ProtocolError.invalidURITemplate("/a/{+}", "a label has no name")) { try URITemplate("/a/{+}") }
        #expect(throws: ProtocolError.invalidURITemplate("/a}", "'}' without '{'")) { try URITemplate("/a}") }
    }

    @Test("a template lists its label names without the greedy marker")
    func labelNames() throws {
        #expect(try URITemplate("/{Bucket}/{Key+}?tagging").labelNames == ["Bucket", "Key"])
    }
}
