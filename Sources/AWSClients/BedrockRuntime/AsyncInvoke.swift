import AWSCore
import Foundation

/// Input of StartAsyncInvoke: a model, its input document, and the S3 location for the output.
public struct StartAsyncInvokeInput: Encodable, Sendable, Equatable {
    public var modelId: String
    /// The model's input document, e.g. a Nova Reel video request.
    public var modelInput: JSON
    public var outputDataConfig: AsyncInvokeOutputDataConfig
    /// The same token returns the same invocation, so a retry never starts a second one. When `nil`, a
    /// random token is sent (as the AWS SDKs do).
    public var clientRequestToken: String?
    public var tags: [Tag]?

    public init(
        modelId: String, modelInput: JSON, outputDataConfig: AsyncInvokeOutputDataConfig,
        clientRequestToken: String? = nil, tags: [Tag]? = nil
    ) {
        self.modelId = modelId
        self.modelInput = modelInput
        self.outputDataConfig = outputDataConfig
        self.clientRequestToken = clientRequestToken
        self.tags = tags
    }

    /// The input carrying `modelInput` (e.g. a ``NovaReelVideoRequest``) encoded as the JSON document.
    public init(
        modelId: String, modelInput: some Encodable, outputDataConfig: AsyncInvokeOutputDataConfig,
        clientRequestToken: String? = nil, tags: [Tag]? = nil
    ) throws {
        let json: JSON
        do {
            json = try JSONDecoder().decode(JSON.self, from: AWSJSONCoding.makeEncoder().encode(modelInput))
        } catch {
            throw ProtocolError.bodyEncodingFailed("\(type(of: modelInput)): \(error)")
        }
        self.init(
            modelId: modelId, modelInput: json, outputDataConfig: outputDataConfig, clientRequestToken: clientRequestToken, tags: tags)
    }

    /// A tag on the invocation.
    public struct Tag: Codable, Sendable, Equatable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    enum CodingKeys: String, CodingKey { case modelId, modelInput, outputDataConfig, clientRequestToken, tags }

    func validate() throws(ClientInputError) {
        if modelId.isEmpty { throw .missingField("StartAsyncInvoke", "modelId") }
        if modelInput == .null || modelInput == .object([:]) { throw .missingField("StartAsyncInvoke", "modelInput") }
        // A Nova Reel TEXT_VIDEO document must carry a prompt, however it was built.
        if modelInput["taskType"] == "TEXT_VIDEO", (modelInput["textToVideoParams"]?["text"]?.stringValue ?? "").isEmpty {
            throw .missingField("StartAsyncInvoke", "textToVideoParams.text")
        }
        if outputDataConfig.s3OutputDataConfig.s3Uri.isEmpty {
            throw .missingField("StartAsyncInvoke", "outputDataConfig.s3OutputDataConfig.s3Uri")
        }
        if clientRequestToken?.isEmpty == true { throw .missingField("StartAsyncInvoke", "clientRequestToken") }
    }

    func operationRequest() throws -> OperationRequest {
        var body = self
        if body.clientRequestToken == nil { body.clientRequestToken = UUID().uuidString.lowercased() }
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/async-invoke")
        try builder.setJSONBody(body)
        return try builder.build()
    }
}

/// Where an asynchronous invocation writes its output.
public struct AsyncInvokeOutputDataConfig: Codable, Sendable, Equatable {
    public var s3OutputDataConfig: S3OutputDataConfig

    public init(s3Uri: String, kmsKeyId: String? = nil, bucketOwner: String? = nil) {
        s3OutputDataConfig = S3OutputDataConfig(s3Uri: s3Uri, kmsKeyId: kmsKeyId, bucketOwner: bucketOwner)
    }

    /// An `s3://bucket/prefix` URI, an optional KMS key, and the bucket owner's account when it is another account.
    public struct S3OutputDataConfig: Codable, Sendable, Equatable {
        public var s3Uri: String
        public var kmsKeyId: String?
        public var bucketOwner: String?
    }
}

struct StartAsyncInvokeOutput: Decodable, Sendable {
    var invocationArn: String
}

/// Output of GetAsyncInvoke.
public struct GetAsyncInvokeOutput: Decodable, Sendable, Equatable {
    public enum Status: String, Decodable, Sendable { case inProgress = "InProgress", completed = "Completed", failed = "Failed" }

    public var invocationArn: String
    public var modelArn: String
    public var clientRequestToken: String?
    public var status: Status
    /// Why the invocation failed, when it did.
    public var failureMessage: String?
    public var submitTime: Date
    public var lastModifiedTime: Date?
    public var endTime: Date?
    /// Where the output is (a folder under the requested URI named after the invocation).
    public var outputDataConfig: AsyncInvokeOutputDataConfig
}
