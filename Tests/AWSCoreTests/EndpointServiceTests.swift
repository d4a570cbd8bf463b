import Testing
@testable import AWSCore

@Suite("AWSService catalogue")
struct EndpointServiceTests {
    // (service, serviceId, endpointPrefix, signing name) as in botocore's service-2.json metadata.
    static let expected: [(AWSService, String, String, String)] = [
        (.bedrock, "Bedrock", "bedrock", "bedrock"),
        (.bedrockRuntime, "Bedrock Runtime", "bedrock-runtime", "bedrock"),
        (.transcribe, "Transcribe", "transcribe", "transcribe"),
        (.translate, "Translate", "translate", "translate"),
        (.polly, "Polly", "polly", "polly"),
        (.rekognition, "Rekognition", "rekognition", "rekognition"),
        (.mediaconvert, "MediaConvert", "mediaconvert", "mediaconvert"),
        (.mediatailor, "MediaTailor", "api.mediatailor", "mediatailor"),
        (.personalizeRuntime, "Personalize Runtime", "personalize-runtime", "personalize"),
        (.personalizeEvents, "Personalize Events", "personalize-events", "personalize"),
        (.opensearch, "OpenSearch", "es", "es"),
        (.opensearchServerless, "OpenSearchServerless", "aoss", "aoss"),
        (.s3, "S3", "s3", "s3"),
        (.dynamodb, "DynamoDB", "dynamodb", "dynamodb"),
        (.sns, "SNS", "sns", "sns"),
        (.sqs, "SQS", "sqs", "sqs"),
        (.stepFunctions, "SFN", "states", "states"),
        (.comprehend, "Comprehend", "comprehend", "comprehend"),
        (.textract, "Textract", "textract", "textract"),
        (.kinesis, "Kinesis", "kinesis", "kinesis"),
        (.firehose, "Firehose", "firehose", "firehose"),
        (.appconfig, "AppConfig", "appconfig", "appconfig"),
        (.appconfigdata, "AppConfigData", "appconfigdata", "appconfig"),
        (.cloudfront, "CloudFront", "cloudfront", "cloudfront"),
        (.lambda, "Lambda", "lambda", "lambda"),
        (.sts, "STS", "sts", "sts"),
        (.cognitoIdentityProvider, "Cognito Identity Provider", "cognito-idp", "cognito-idp"),
        (.eventbridge, "EventBridge", "events", "events"),
        (.cloudwatchLogs, "CloudWatch Logs", "logs", "logs"),
        (.cloudwatch, "CloudWatch", "monitoring", "monitoring"),
        (.secretsManager, "Secrets Manager", "secretsmanager", "secretsmanager"),
        (.ssm, "SSM", "ssm", "ssm"),
        (.kms, "KMS", "kms", "kms"),
        (.iam, "IAM", "iam", "iam"),
    ]

    @Test("every service carries botocore's service id, endpoint prefix and signing name")
    func metadata() {
        for (service, sdkId, prefix, signingName) in Self.expected {
            #expect(service.sdkId == sdkId)
            #expect(service.endpointPrefix == prefix, "\(sdkId)")
            #expect(service.signingName == signingName, "\(sdkId)")
        }
        #expect(Set(AWSService.allKnown) == Set(Self.expected.map(\.0)))
        #expect(AWSService.allKnown.count == Self.expected.count)
    }

    @Test("the override variable is the service id upper-cased with spaces and dashes as underscores")
    func environmentVariableNames() {
        // The names botocore's ConfiguredEndpointProvider computes for these clients.
        let names: [(AWSService, String)] = [
            (.bedrockRuntime, "AWS_ENDPOINT_URL_BEDROCK_RUNTIME"), (.stepFunctions, "AWS_ENDPOINT_URL_SFN"),
            (.cloudwatchLogs, "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS"), (.eventbridge, "AWS_ENDPOINT_URL_EVENTBRIDGE"),
            (.cognitoIdentityProvider, "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER"),
            (.secretsManager, "AWS_ENDPOINT_URL_SECRETS_MANAGER"),
            (.opensearchServerless, "AWS_ENDPOINT_URL_OPENSEARCHSERVERLESS"),
            (.personalizeEvents, "AWS_ENDPOINT_URL_PERSONALIZE_EVENTS"), (.mediatailor, "AWS_ENDPOINT_URL_MEDIATAILOR"),
            (.appconfigdata, "AWS_ENDPOINT_URL_APPCONFIGDATA"), (.s3, "AWS_ENDPOINT_URL_S3"),
        ]
        for (service, name) in names {
            #expect(service.endpointURLEnvironmentVariable == name)
        }
        #expect(AWSService(sdkId: "Foo-Bar Baz", endpointPrefix: "foo").endpointURLEnvironmentVariable
            == "AWS_ENDPOINT_URL_FOO_BAR_BAZ")
    }

    @Test("a service without an explicit signing name signs with its endpoint prefix")
    func defaultSigningName() {
        #expect(AWSService(sdkId: "X", endpointPrefix: "x-prefix").signingName == "x-prefix")
    }
}
