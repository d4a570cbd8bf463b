import Foundation

/// Input of StartSpeechSynthesisTask: a synthesis whose output Polly writes to S3.
public struct StartSpeechSynthesisTaskInput: Encodable, Sendable, Equatable {
    public var text: String
    public var textType: PollyTextType?
    public var voiceId: String
    public var engine: PollyEngine?
    public var outputFormat: PollyOutputFormat
    public var outputS3BucketName: String
    /// The key prefix of the output object (Polly appends `<TaskId>.<ext>`).
    public var outputS3KeyPrefix: String?
    public var sampleRate: String?
    /// Told when the task finishes.
    public var snsTopicArn: String?
    public var speechMarkTypes: [SpeechMarkType]?
    public var languageCode: String?
    public var lexiconNames: [String]?

    public init(
        text: String, textType: PollyTextType? = nil, voiceId: String, engine: PollyEngine? = nil,
        outputFormat: PollyOutputFormat, outputS3BucketName: String, outputS3KeyPrefix: String? = nil,
        sampleRate: String? = nil, snsTopicArn: String? = nil, speechMarkTypes: [SpeechMarkType]? = nil,
        languageCode: String? = nil, lexiconNames: [String]? = nil
    ) {
        self.text = text
        self.textType = textType
        self.voiceId = voiceId
        self.engine = engine
        self.outputFormat = outputFormat
        self.outputS3BucketName = outputS3BucketName
        self.outputS3KeyPrefix = outputS3KeyPrefix
        self.sampleRate = sampleRate
        self.snsTopicArn = snsTopicArn
        self.speechMarkTypes = speechMarkTypes
        self.languageCode = languageCode
        self.lexiconNames = lexiconNames
    }

    enum CodingKeys: String, CodingKey {
        case text = "Text", textType = "TextType", voiceId = "VoiceId", engine = "Engine", outputFormat = "OutputFormat"
        case outputS3BucketName = "OutputS3BucketName", outputS3KeyPrefix = "OutputS3KeyPrefix"
        case sampleRate = "SampleRate", snsTopicArn = "SnsTopicArn", speechMarkTypes = "SpeechMarkTypes"
        case languageCode = "LanguageCode", lexiconNames = "LexiconNames"
    }

    func validate() throws(ClientInputError) {
        let operation = "StartSpeechSynthesisTask"
        try PollyCharacterCount.check(
            text, textType: textType, operation: operation,
            totalLimit: PollyCharacterCount.synthesisTaskTotal, billedLimit: PollyCharacterCount.synthesisTaskBilled)
        if outputS3BucketName.isEmpty { throw .missingField(operation, "OutputS3BucketName") }
        try PollyInputRules.check(
            operation: operation, voiceId: voiceId, outputFormat: outputFormat, textType: textType,
            speechMarkTypes: speechMarkTypes, lexiconNames: lexiconNames)
    }
}

/// An asynchronous synthesis task.
public struct SpeechSynthesisTask: Decodable, Sendable, Equatable {
    public var engine: PollyEngine?
    public var taskId: String?
    public var taskStatus: SynthesisTaskStatus?
    public var taskStatusReason: String?
    /// Where the output is (an `https://s3…` URL).
    public var outputUri: String?
    public var creationTime: Date?
    public var requestCharacters: Int?
    public var snsTopicArn: String?
    public var lexiconNames: [String]?
    public var outputFormat: PollyOutputFormat?
    public var sampleRate: String?
    public var speechMarkTypes: [SpeechMarkType]?
    public var textType: PollyTextType?
    public var voiceId: String?
    public var languageCode: String?

    enum CodingKeys: String, CodingKey {
        case engine = "Engine", taskId = "TaskId", taskStatus = "TaskStatus", taskStatusReason = "TaskStatusReason"
        case outputUri = "OutputUri", creationTime = "CreationTime", requestCharacters = "RequestCharacters"
        case snsTopicArn = "SnsTopicArn", lexiconNames = "LexiconNames", outputFormat = "OutputFormat"
        case sampleRate = "SampleRate", speechMarkTypes = "SpeechMarkTypes", textType = "TextType", voiceId = "VoiceId"
        case languageCode = "LanguageCode"
    }
}

/// `scheduled`, `inProgress`, `completed` or `failed`; other values decode as-is.
public struct SynthesisTaskStatus: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let scheduled = Self(rawValue: "scheduled"), inProgress = Self(rawValue: "inProgress")
    public static let completed = Self(rawValue: "completed"), failed = Self(rawValue: "failed")
}

struct SynthesisTaskOutput: Decodable, Sendable {
    var synthesisTask: SpeechSynthesisTask
    enum CodingKeys: String, CodingKey { case synthesisTask = "SynthesisTask" }
}
