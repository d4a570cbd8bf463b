import AWSCore
import Foundation

/// Input of ApplyGuardrail: text to evaluate against a guardrail version, as a prompt (`INPUT`) or an answer (`OUTPUT`).
public struct ApplyGuardrailInput: Encodable, Sendable, Equatable {
    public enum Source: String, Codable, Sendable { case input = "INPUT", output = "OUTPUT" }
    public enum OutputScope: String, Codable, Sendable { case interventions = "INTERVENTIONS", full = "FULL" }

    /// A guardrail id or ARN.
    public var guardrailIdentifier: String
    /// A version number or `DRAFT`.
    public var guardrailVersion: String
    public var source: Source
    public var content: [GuardrailTextBlock]
    /// `FULL` also returns the entries nothing was detected in.
    public var outputScope: OutputScope?

    public init(
        guardrailIdentifier: String, guardrailVersion: String, source: Source, content: [GuardrailTextBlock],
        outputScope: OutputScope? = nil
    ) {
        self.guardrailIdentifier = guardrailIdentifier
        self.guardrailVersion = guardrailVersion
        self.source = source
        self.content = content
        self.outputScope = outputScope
    }

    private struct TextMember: Encodable { var text: GuardrailTextBlock }
    enum CodingKeys: String, CodingKey { case source, content, outputScope }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(content.map(TextMember.init), forKey: .content)
        try container.encodeIfPresent(outputScope, forKey: .outputScope)
    }

    func validate() throws(ClientInputError) {
        if guardrailIdentifier.isEmpty { throw .missingField("ApplyGuardrail", "guardrailIdentifier") }
        if guardrailVersion.isEmpty { throw .missingField("ApplyGuardrail", "guardrailVersion") }
        if content.isEmpty { throw .missingField("ApplyGuardrail", "content") }
        if content.contains(where: { $0.text.isEmpty }) { throw .missingField("ApplyGuardrail", "content.text.text") }
    }

    func operationRequest() throws -> OperationRequest {
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/guardrail/{guardrailIdentifier}/version/{guardrailVersion}/apply")
        builder.setLabel("guardrailIdentifier", guardrailIdentifier)
        builder.setLabel("guardrailVersion", guardrailVersion)
        try builder.setJSONBody(self)
        return try builder.build()
    }
}

/// Text for a guardrail, with qualifiers (`grounding_source`, `query`, `guard_content`) for contextual grounding.
public struct GuardrailTextBlock: Codable, Sendable, Equatable {
    public var text: String
    public var qualifiers: [String]?
    public init(_ text: String, qualifiers: [String]? = nil) {
        self.text = text
        self.qualifiers = qualifiers
    }
}

/// Output of ApplyGuardrail: whether the guardrail intervened, the text to use instead, and what each policy found.
public struct ApplyGuardrailOutput: Decodable, Sendable, Equatable {
    /// `NONE` or `GUARDRAIL_INTERVENED`.
    public var action: String
    public var actionReason: String?
    /// The replacement texts (the blocked message, or the text with PII masked).
    public var outputs: [Output]
    public var assessments: [GuardrailAssessment]
    public var usage: GuardrailUsage

    public var intervened: Bool { action == "GUARDRAIL_INTERVENED" }

    /// One output text.
    public struct Output: Decodable, Sendable, Equatable {
        public var text: String?
    }
}

/// The policy units a guardrail evaluation used (what it is billed by).
public struct GuardrailUsage: Decodable, Sendable, Equatable {
    public var topicPolicyUnits: Int
    public var contentPolicyUnits: Int
    public var wordPolicyUnits: Int
    public var sensitiveInformationPolicyUnits: Int
    public var sensitiveInformationPolicyFreeUnits: Int
    public var contextualGroundingPolicyUnits: Int
    public var contentPolicyImageUnits: Int?
}
