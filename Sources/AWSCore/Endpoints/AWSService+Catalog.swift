// Every value below is taken from the service's botocore model (`botocore/data/<service>/<version>/
// service-2.json`, `metadata`): `serviceId` → sdkId, `endpointPrefix`, `signingName` (absent in the
// model means the endpoint prefix).

extension AWSService {
    /// Amazon Bedrock control plane (models, customisation jobs, guardrails).
    public static let bedrock = AWSService(sdkId: "Bedrock", endpointPrefix: "bedrock", signingName: "bedrock")
    /// Amazon Bedrock Runtime (InvokeModel, Converse); signs as `bedrock`.
    public static let bedrockRuntime = AWSService(
        sdkId: "Bedrock Runtime", endpointPrefix: "bedrock-runtime", signingName: "bedrock")
    /// Amazon Transcribe.
    public static let transcribe = AWSService(
        sdkId: "Transcribe", endpointPrefix: "transcribe", signingName: "transcribe")
    /// Amazon Translate.
    public static let translate = AWSService(
        sdkId: "Translate", endpointPrefix: "translate", signingName: "translate")
    /// Amazon Polly.
    public static let polly = AWSService(sdkId: "Polly", endpointPrefix: "polly")
    /// Amazon Rekognition.
    public static let rekognition = AWSService(sdkId: "Rekognition", endpointPrefix: "rekognition")
    /// AWS Elemental MediaConvert, through its regional endpoint (no DescribeEndpoints round trip).
    public static let mediaconvert = AWSService(
        sdkId: "MediaConvert", endpointPrefix: "mediaconvert", signingName: "mediaconvert")
    /// AWS Elemental MediaTailor: host `api.mediatailor.<region>…`, signs as `mediatailor`.
    public static let mediatailor = AWSService(
        sdkId: "MediaTailor", endpointPrefix: "api.mediatailor", signingName: "mediatailor")
    /// Amazon Personalize Runtime (recommendations); signs as `personalize`.
    public static let personalizeRuntime = AWSService(
        sdkId: "Personalize Runtime", endpointPrefix: "personalize-runtime", signingName: "personalize")
    /// Amazon Personalize Events (interaction tracking); signs as `personalize`.
    public static let personalizeEvents = AWSService(
        sdkId: "Personalize Events", endpointPrefix: "personalize-events", signingName: "personalize")
    /// Amazon OpenSearch Service configuration API (`es`).
    public static let opensearch = AWSService(sdkId: "OpenSearch", endpointPrefix: "es")
    /// Amazon OpenSearch Serverless (`aoss`).
    public static let opensearchServerless = AWSService(
        sdkId: "OpenSearchServerless", endpointPrefix: "aoss", signingName: "aoss")
    /// Amazon S3.
    public static let s3 = AWSService(sdkId: "S3", endpointPrefix: "s3")
    /// Amazon DynamoDB.
    public static let dynamodb = AWSService(sdkId: "DynamoDB", endpointPrefix: "dynamodb")
    /// Amazon SNS.
    public static let sns = AWSService(sdkId: "SNS", endpointPrefix: "sns")
    /// Amazon SQS.
    public static let sqs = AWSService(sdkId: "SQS", endpointPrefix: "sqs")
    /// AWS Step Functions: service id `SFN`, host and signing name `states`.
    public static let stepFunctions = AWSService(sdkId: "SFN", endpointPrefix: "states")
    /// Amazon Comprehend.
    public static let comprehend = AWSService(
        sdkId: "Comprehend", endpointPrefix: "comprehend", signingName: "comprehend")
    /// Amazon Textract.
    public static let textract = AWSService(sdkId: "Textract", endpointPrefix: "textract")
    /// Amazon Kinesis Data Streams.
    public static let kinesis = AWSService(sdkId: "Kinesis", endpointPrefix: "kinesis")
    /// Amazon Data Firehose.
    public static let firehose = AWSService(sdkId: "Firehose", endpointPrefix: "firehose")
    /// AWS AppConfig control plane.
    public static let appconfig = AWSService(
        sdkId: "AppConfig", endpointPrefix: "appconfig", signingName: "appconfig")
    /// AWS AppConfig Data (configuration sessions); signs as `appconfig`.
    public static let appconfigdata = AWSService(
        sdkId: "AppConfigData", endpointPrefix: "appconfigdata", signingName: "appconfig")
    /// Amazon CloudFront (a global service).
    public static let cloudfront = AWSService(
        sdkId: "CloudFront", endpointPrefix: "cloudfront", signingName: "cloudfront")
    /// AWS Lambda.
    public static let lambda = AWSService(sdkId: "Lambda", endpointPrefix: "lambda", signingName: "lambda")
    /// AWS STS (resolved to its regional endpoint).
    public static let sts = AWSService(sdkId: "STS", endpointPrefix: "sts")
    /// Amazon Cognito user pools (`cognito-idp`).
    public static let cognitoIdentityProvider = AWSService(
        sdkId: "Cognito Identity Provider", endpointPrefix: "cognito-idp")
    /// Amazon EventBridge (`events`).
    public static let eventbridge = AWSService(sdkId: "EventBridge", endpointPrefix: "events")
    /// Amazon CloudWatch Logs (`logs`).
    public static let cloudwatchLogs = AWSService(sdkId: "CloudWatch Logs", endpointPrefix: "logs")
    /// Amazon CloudWatch metrics (`monitoring`).
    public static let cloudwatch = AWSService(sdkId: "CloudWatch", endpointPrefix: "monitoring")
    /// AWS Secrets Manager.
    public static let secretsManager = AWSService(
        sdkId: "Secrets Manager", endpointPrefix: "secretsmanager", signingName: "secretsmanager")
    /// AWS Systems Manager (Parameter Store).
    public static let ssm = AWSService(sdkId: "SSM", endpointPrefix: "ssm")
    /// AWS KMS.
    public static let kms = AWSService(sdkId: "KMS", endpointPrefix: "kms")
    /// AWS IAM (a global service).
    public static let iam = AWSService(sdkId: "IAM", endpointPrefix: "iam")

    /// Every service above, for tables and diagnostics.
    public static let allKnown: [AWSService] = [
        .bedrock, .bedrockRuntime, .transcribe, .translate, .polly, .rekognition, .mediaconvert, .mediatailor,
        .personalizeRuntime, .personalizeEvents, .opensearch, .opensearchServerless, .s3, .dynamodb, .sns, .sqs,
        .stepFunctions, .comprehend, .textract, .kinesis, .firehose, .appconfig, .appconfigdata, .cloudfront,
        .lambda, .sts, .cognitoIdentityProvider, .eventbridge, .cloudwatchLogs, .cloudwatch, .secretsManager,
        .ssm, .kms, .iam,
    ]
}
