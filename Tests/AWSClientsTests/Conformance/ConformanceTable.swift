/// The conformance table: every row of every service, in one list, so its size is plain to read.
/// Each service's rows are in `Conformance+<Service>.swift`.
enum ConformanceTable {
    static let all: [ConformanceRow] =
        bedrockRuntime + transcribe + translate + polly + rekognition + mediaConvert + mediaTailor + personalize
        + s3 + dynamodb + sns + sqs + stepFunctions + comprehend + textract + kinesis + firehose + appConfigData
}
