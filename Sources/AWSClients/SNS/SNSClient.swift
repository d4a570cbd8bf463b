import AWSCore
import Foundation

/// Amazon SNS (query protocol, version 2010-03-31): publish to a topic or a target.
public struct SNSClient: Sendable {
    public static let wireProtocol = WireProtocol.query(apiVersion: "2010-03-31")
    /// A message (with its attributes) may be at most 256 KB (262,144 bytes).
    public static let maximumMessageBytes = 262_144

    public let client: AWSClient

    public init(_ configuration: AWSClientConfiguration) throws {
        client = try configuration.client(for: .sns, wireProtocol: Self.wireProtocol)
    }

    /// Publishes a message; refuses an empty message, a missing destination and a message over 256 KB.
    public func publish(_ input: SNSPublishInput) async throws -> SNSPublishOutput {
        try input.validate()
        let result = try await client.query("Publish", parameters: input.queryFields)
        guard let messageId = result.childText("MessageId") else {
            throw AWSClientError.invalidResponse(operation: "Publish", detail: "no MessageId in the answer")
        }
        return SNSPublishOutput(messageId: messageId, sequenceNumber: result.childText("SequenceNumber"))
    }
}

/// Output of Publish.
public struct SNSPublishOutput: Sendable, Equatable {
    public var messageId: String
    /// FIFO topics only.
    public var sequenceNumber: String?
}
