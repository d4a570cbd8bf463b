import AWSCore

/// What each policy of a guardrail found. Automated reasoning findings are kept as raw JSON.
public struct GuardrailAssessment: Decodable, Sendable, Equatable {
    public var topicPolicy: TopicPolicy?
    public var contentPolicy: ContentPolicy?
    public var wordPolicy: WordPolicy?
    public var sensitiveInformationPolicy: SensitiveInformationPolicy?
    public var contextualGroundingPolicy: ContextualGroundingPolicy?
    public var automatedReasoningPolicy: JSON?
    public var invocationMetrics: InvocationMetrics?

    /// Denied topics that matched.
    public struct TopicPolicy: Decodable, Sendable, Equatable {
        public var topics: [Topic]
        public struct Topic: Decodable, Sendable, Equatable {
            public var name: String
            public var type: String
            /// `BLOCKED` or `NONE`.
            public var action: String
            public var detected: Bool?
        }
    }

    /// Harmful-content filters (`HATE`, `INSULTS`, `SEXUAL`, `VIOLENCE`, `MISCONDUCT`, `PROMPT_ATTACK`).
    public struct ContentPolicy: Decodable, Sendable, Equatable {
        public var filters: [Filter]
        public struct Filter: Decodable, Sendable, Equatable {
            public var type: String
            /// `NONE`, `LOW`, `MEDIUM` or `HIGH`.
            public var confidence: String
            public var filterStrength: String?
            public var action: String
            public var detected: Bool?
        }
    }

    /// Custom words and managed word lists (profanity) that matched.
    public struct WordPolicy: Decodable, Sendable, Equatable {
        public var customWords: [Word]
        public var managedWordLists: [Word]
        public struct Word: Decodable, Sendable, Equatable {
            public var match: String
            /// `PROFANITY` for managed lists; absent for custom words.
            public var type: String?
            public var action: String
            public var detected: Bool?
        }
    }

    /// PII entities and regular expressions that matched.
    public struct SensitiveInformationPolicy: Decodable, Sendable, Equatable {
        public var piiEntities: [PIIEntity]
        public var regexes: [Regex]
        public struct PIIEntity: Decodable, Sendable, Equatable {
            public var match: String
            /// `EMAIL`, `PHONE`, `NAME`…
            public var type: String
            /// `ANONYMIZED`, `BLOCKED` or `NONE`.
            public var action: String
            public var detected: Bool?
        }
        public struct Regex: Decodable, Sendable, Equatable {
            public var name: String?
            public var match: String?
            public var regex: String?
            public var action: String
            public var detected: Bool?
        }
    }

    /// Grounding and relevance scores against their thresholds.
    public struct ContextualGroundingPolicy: Decodable, Sendable, Equatable {
        public var filters: [Filter]?
        public struct Filter: Decodable, Sendable, Equatable {
            /// `GROUNDING` or `RELEVANCE`.
            public var type: String
            public var threshold: Double
            public var score: Double
            public var action: String
            public var detected: Bool?
        }
    }

    /// Latency and usage of this evaluation.
    public struct InvocationMetrics: Decodable, Sendable, Equatable {
        public var guardrailProcessingLatency: Int?
        public var usage: GuardrailUsage?
    }
}
