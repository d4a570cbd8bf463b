import Foundation
import Testing
@testable import AWSCore

@Suite("EndpointResolver")
struct EndpointResolverTests {
    private let aws = EndpointResolver(environment: [:])

    @Test("standard endpoints are <prefix>.<region>.amazonaws.com signed in the region")
    func standardHosts() throws {
        let cases: [(AWSService, String)] = [
            (.bedrockRuntime, "https://bedrock-runtime.us-west-2.amazonaws.com"),
            (.mediatailor, "https://api.mediatailor.us-west-2.amazonaws.com"),
            (.mediaconvert, "https://mediaconvert.us-west-2.amazonaws.com"),
            (.stepFunctions, "https://states.us-west-2.amazonaws.com"),
            (.opensearch, "https://es.us-west-2.amazonaws.com"),
            (.cloudwatch, "https://monitoring.us-west-2.amazonaws.com"),
            (.sts, "https://sts.us-west-2.amazonaws.com"),
            (.s3, "https://s3.us-west-2.amazonaws.com"),
        ]
        for (service, url) in cases {
            let endpoint = try aws.resolve(service, region: "us-west-2")
            #expect(endpoint.url == url)
            #expect(endpoint.signingRegion == "us-west-2")
            #expect(endpoint.signingName == service.signingName)
            #expect(!endpoint.isCustomEndpoint)
            #expect(endpoint.s3AddressingStyle == .virtualHosted)
        }
        #expect(try aws.resolve(.bedrockRuntime, region: "eu-west-1").signingName == "bedrock")
    }

    @Test("China regions use amazonaws.com.cn, with botocore's Transcribe and MediaConvert exceptions")
    func china() throws {
        #expect(try aws.resolve(.dynamodb, region: "cn-north-1").url == "https://dynamodb.cn-north-1.amazonaws.com.cn")
        #expect(try aws.resolve(.s3, region: "cn-northwest-1").url == "https://s3.cn-northwest-1.amazonaws.com.cn")
        #expect(try aws.resolve(.transcribe, region: "cn-north-1").url
            == "https://cn.transcribe.cn-north-1.amazonaws.com.cn")
        #expect(try aws.resolve(.mediaconvert, region: "cn-northwest-1").url
            == "https://subscribe.mediaconvert.cn-northwest-1.amazonaws.com.cn")
    }

    @Test("IAM and CloudFront resolve to their partition's global endpoint signed in its home region")
    func globalServices() throws {
        let iam = try aws.resolve(.iam, region: "eu-central-1")
        #expect(iam.url == "https://iam.amazonaws.com")
        #expect(iam.signingRegion == "us-east-1")
        let cloudfront = try aws.resolve(.cloudfront, region: "ap-southeast-2")
        #expect(cloudfront.url == "https://cloudfront.amazonaws.com")
        #expect(cloudfront.signingRegion == "us-east-1")
        let chinaIAM = try aws.resolve(.iam, region: "cn-northwest-1")
        #expect(chinaIAM.url == "https://iam.cn-north-1.amazonaws.com.cn")
        #expect(chinaIAM.signingRegion == "cn-north-1")
        let chinaCloudFront = try aws.resolve(.cloudfront, region: "cn-north-1")
        #expect(chinaCloudFront.url == "https://cloudfront.cn-northwest-1.amazonaws.com.cn")
        #expect(chinaCloudFront.signingRegion == "cn-northwest-1")
        let govIAM = try aws.resolve(.iam, region: "us-gov-east-1")
        #expect(govIAM.url == "https://iam.us-gov.amazonaws.com")
        #expect(govIAM.signingRegion == "us-gov-west-1")
    }

    @Test("the service variable beats AWS_ENDPOINT_URL, and custom endpoints use path-style S3")
    func environmentPrecedence() throws {
        let resolver = EndpointResolver(environment: [
            "AWS_ENDPOINT_URL": "http://localhost:5000/",
            "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": "http://twin:4010/bedrock",
        ])
        let bedrock = try resolver.resolve(.bedrockRuntime, region: "us-east-1")
        #expect(bedrock.url == "http://twin:4010/bedrock")
        #expect(bedrock.isCustomEndpoint)
        #expect(bedrock.signingName == "bedrock")
        #expect(bedrock.signingRegion == "us-east-1")
        let s3 = try resolver.resolve(.s3, region: "us-east-1")
        #expect(s3.url == "http://localhost:5000")
        #expect(s3.s3AddressingStyle == .path)
        #expect(s3.isCustomEndpoint)
    }

    @Test("an endpoint passed in code beats every variable")
    func explicitEndpoint() throws {
        let resolver = EndpointResolver(environment: [
            "AWS_ENDPOINT_URL": "http://localhost:5000", "AWS_ENDPOINT_URL_SQS": "http://localhost:9324",
        ])
        let endpoint = try resolver.resolve(.sqs, region: "eu-west-1", endpoint: "HTTPS://Queue.Example.com:8443")
        #expect(endpoint.url == "https://Queue.Example.com:8443")
        #expect(endpoint.isCustomEndpoint)
    }

    @Test("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true ignores the variables but not an endpoint in code")
    func ignoreConfigured() throws {
        let environment = [
            "AWS_ENDPOINT_URL": "http://localhost:5000", "AWS_ENDPOINT_URL_SNS": "http://localhost:5001",
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "TRUE",
        ]
        let resolver = EndpointResolver(environment: environment)
        #expect(try resolver.resolve(.sns, region: "us-east-1").url == "https://sns.us-east-1.amazonaws.com")
        #expect(try resolver.resolve(.sns, region: "us-east-1", endpoint: "http://127.0.0.1:1").url
            == "http://127.0.0.1:1")
        var notTrue = environment
        notTrue["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "1"
        #expect(try EndpointResolver(environment: notTrue).resolve(.sns, region: "us-east-1").url
            == "http://localhost:5001")
    }

    @Test("empty override variables are skipped")
    func emptyVariables() throws {
        let resolver = EndpointResolver(environment: ["AWS_ENDPOINT_URL_KMS": "", "AWS_ENDPOINT_URL": ""])
        #expect(try resolver.resolve(.kms, region: "us-east-1").url == "https://kms.us-east-1.amazonaws.com")
    }

    @Test("custom endpoints keep IPv6 hosts, ports and base paths, without a trailing slash")
    func customURLForms() throws {
        let cases: [(String, String)] = [
            ("http://[::1]:4566/", "http://[::1]:4566"),
            ("http://127.0.0.1:5000//", "http://127.0.0.1:5000"),
            ("https://proxy.internal/aws/s3/", "https://proxy.internal/aws/s3"),
            ("http://localhost.", "http://localhost."),
        ]
        for (raw, normalised) in cases {
            #expect(try aws.resolve(.s3, region: "us-east-1", endpoint: raw).url == normalised)
        }
    }

    @Test("an unusable custom endpoint is an error naming the variable it came from")
    func invalidCustomEndpoints() {
        let bad: [(String, String)] = [
            ("localhost:5000", "does not parse"), ("ftp://files.example.com", "not http or https"),
            ("http://", "no host"), ("http://:5000", "no host"), ("http://localhost:5000/?x=1", "query"),
            ("http://local host", "whitespace"), ("http://user:pw@localhost", "user information"),
            ("http://localhost:99999", "port"), ("http://under_score", "valid hostname"),
            ("http://localhost#top", "fragment"),
        ]
        for (url, reason) in bad {
            let resolver = EndpointResolver(environment: ["AWS_ENDPOINT_URL_S3": url])
            let error = #expect(throws: EndpointError.self, "\(url)") {
                try resolver.resolve(.s3, region: "us-east-1")
            }
            #expect(error?.kind == "invalidEndpointURL")
            #expect(error?.description.contains("AWS_ENDPOINT_URL_S3") == true, "\(url)")
            #expect(error?.description.contains(reason) == true, "\(url): \(String(describing: error))")
        }
        let global = #expect(throws: EndpointError.self) {
            try EndpointResolver(environment: ["AWS_ENDPOINT_URL": "moto:5000"]).resolve(.sqs, region: "us-east-1")
        }
        #expect(global?.description.contains("AWS_ENDPOINT_URL ") == true)
        let explicit = #expect(throws: EndpointError.self) {
            try aws.resolve(.sqs, region: "us-east-1", endpoint: "")
        }
        #expect(explicit?.description.contains("the endpoint passed in code") == true)
    }

    @Test("an empty or malformed region is a clear error")
    func badRegions() {
        #expect(throws: EndpointError.emptyRegion) { try aws.resolve(.s3, region: "") }
        #expect(EndpointError.emptyRegion.description.contains("AWS_REGION"))
        for region in ["us east 1", "us-east-1/evil", "-us", "123", "us.east"] {
            #expect(throws: EndpointError.invalidRegion(region), "\(region)") { try aws.resolve(.s3, region: region) }
        }
        #expect(throws: EndpointError.emptyRegion) {
            try EndpointResolver(environment: ["AWS_ENDPOINT_URL": "http://localhost:5000"]).resolve(.s3, region: "")
        }
    }
}

@Suite("EndpointResolver with the process environment", .serialized)
struct EndpointResolverProcessEnvironmentTests {
    @Test("the default resolver reads AWS_ENDPOINT_URL_<SERVICE> from the process environment")
    func processEnvironment() throws {
        let name = AWSService.polly.endpointURLEnvironmentVariable
        let previous = ProcessInfo.processInfo.environment[name]
        setenv(name, "http://127.0.0.1:4010", 1)
        defer {
            if let previous { setenv(name, previous, 1) } else { unsetenv(name) }
        }
        #expect(try EndpointResolver().resolve(.polly, region: "us-east-1").url == "http://127.0.0.1:4010")
    }
}
