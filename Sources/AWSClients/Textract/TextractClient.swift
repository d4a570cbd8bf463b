import AWSCore
import Foundation

/// Amazon Textract (awsJson 1.1): text detection in images and documents, synchronous or as an asynchronous job.
public struct TextractClient: Sendable {
    public static let wireProtocol = WireProtocol.awsJson(version: "1.1", targetPrefix: "Textract")
    /// Document bytes accepted by DetectDocumentText: botocore's textract 2018-06-27 model gives `ImageBlob` a
    /// `max` of 10,485,760 bytes.
    public static let maximumDocumentBytes = 10_485_760

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .textract, wireProtocol: Self.wireProtocol)
    }

    /// Detects the lines and words of a single-page document (PNG, JPEG, TIFF or PDF) given as bytes or an S3 object.
    public func detectDocumentText(_ document: TextractDocument) async throws -> DetectDocumentTextOutput {
        try document.validate("DetectDocumentText")
        return try await client.json("DetectDocumentText", input: DetectDocumentTextInput(document: document))
    }

    /// Starts an asynchronous text detection job over a document in S3 and returns its job id.
    public func startDocumentTextDetection(_ input: StartDocumentTextDetectionInput) async throws -> String {
        try input.validate()
        let output: StartDocumentTextDetectionOutput = try await client.json("StartDocumentTextDetection", input: input)
        return output.jobId
    }

    /// One page of a text detection job's results: its status and up to `maxResults` blocks.
    public func getDocumentTextDetection(
        jobId: String, maxResults: Int? = nil, nextToken: String? = nil
    ) async throws -> GetDocumentTextDetectionOutput {
        let input = GetDocumentTextDetectionInput(jobId: jobId, maxResults: maxResults, nextToken: nextToken)
        try input.validate()
        return try await client.json("GetDocumentTextDetection", input: input)
    }

    /// All of a text detection job's results, following `NextToken` until the last page: the blocks and
    /// warnings of every page, with the status, metadata and model version of the last one.
    public func getAllDocumentTextDetection(jobId: String, maxResults: Int? = nil) async throws -> GetDocumentTextDetectionOutput {
        var result = try await getDocumentTextDetection(jobId: jobId, maxResults: maxResults)
        var nextToken = result.nextToken
        while let token = nextToken {
            let page = try await getDocumentTextDetection(jobId: jobId, maxResults: maxResults, nextToken: token)
            result.blocks += page.blocks
            result.warnings = (result.warnings ?? []) + (page.warnings ?? [])
            result.jobStatus = page.jobStatus ?? result.jobStatus
            result.statusMessage = page.statusMessage ?? result.statusMessage
            result.documentMetadata = page.documentMetadata ?? result.documentMetadata
            result.detectDocumentTextModelVersion = page.detectDocumentTextModelVersion ?? result.detectDocumentTextModelVersion
            nextToken = page.nextToken
        }
        result.nextToken = nil
        return result
    }
}
