import AWSClients
import AWSCore

/// A service the `aws-sdk:` integrations reach: the name in the resource, the client's service and awsJson
/// protocol, and the name Step Functions puts in front of its errors (the SDK's PascalCase service name,
/// e.g. `DynamoDb.ResourceNotFoundException`, `Sfn.ExecutionDoesNotExistException`).
struct SDKService: Sendable {
    let name: String
    let service: AWSService
    let wireProtocol: WireProtocol
    let errorPrefix: String

    static let all: [SDKService] = [
        SDKService(name: "dynamodb", service: .dynamodb, wireProtocol: DynamoDBClient.wireProtocol, errorPrefix: "DynamoDb"),
        SDKService(name: "sqs", service: .sqs, wireProtocol: SQSClient.wireProtocol, errorPrefix: "Sqs"),
        SDKService(name: "sfn", service: .stepFunctions, wireProtocol: StepFunctionsClient.wireProtocol, errorPrefix: "Sfn"),
        SDKService(name: "kinesis", service: .kinesis, wireProtocol: KinesisClient.wireProtocol, errorPrefix: "Kinesis"),
        SDKService(name: "firehose", service: .firehose, wireProtocol: FirehoseClient.wireProtocol, errorPrefix: "Firehose"),
        SDKService(name: "translate", service: .translate, wireProtocol: TranslateClient.wireProtocol, errorPrefix: "Translate"),
        SDKService(name: "comprehend", service: .comprehend, wireProtocol: ComprehendClient.wireProtocol, errorPrefix: "Comprehend"),
        SDKService(name: "textract", service: .textract, wireProtocol: TextractClient.wireProtocol, errorPrefix: "Textract"),
        SDKService(name: "transcribe", service: .transcribe, wireProtocol: TranscribeClient.wireProtocol, errorPrefix: "Transcribe"),
        SDKService(name: "rekognition", service: .rekognition, wireProtocol: RekognitionClient.wireProtocol, errorPrefix: "Rekognition"),
    ]

    static func named(_ name: String) -> SDKService? { all.first { $0.name == name } }
}
