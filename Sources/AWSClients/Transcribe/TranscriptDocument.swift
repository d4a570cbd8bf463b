import Foundation

/// The transcript JSON a completed Transcribe job writes (`Transcript.TranscriptFileUri`).
/// Times and confidences are strings in that document; the accessors give them as `Double` seconds.
public struct TranscriptDocument: Codable, Sendable, Equatable {
    public var jobName: String?
    public var accountId: String?
    public var status: String?
    public var results: Results

    enum CodingKeys: String, CodingKey { case jobName, accountId, status, results }

    /// Decodes a transcript file's bytes.
    public static func decode(_ data: Data) throws -> TranscriptDocument {
        try JSONDecoder().decode(TranscriptDocument.self, from: data)
    }

    /// The transcript's content: full text, timed items, speakers, audio segments, identified languages.
    public struct Results: Codable, Sendable, Equatable {
        public var transcripts: [Transcript]
        public var items: [Item]
        public var speakerLabels: SpeakerLabels?
        public var audioSegments: [AudioSegment]?
        /// The language the transcript is in, when it was identified.
        public var languageCode: String?
        public var languageIdentification: [LanguageScore]?

        enum CodingKeys: String, CodingKey {
            case transcripts, items, speakerLabels = "speaker_labels", audioSegments = "audio_segments"
            case languageCode = "language_code", languageIdentification = "language_identification"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            transcripts = try container.decodeIfPresent([Transcript].self, forKey: .transcripts) ?? []
            items = try container.decodeIfPresent([Item].self, forKey: .items) ?? []
            speakerLabels = try container.decodeIfPresent(SpeakerLabels.self, forKey: .speakerLabels)
            audioSegments = try container.decodeIfPresent([AudioSegment].self, forKey: .audioSegments)
            languageCode = try container.decodeIfPresent(String.self, forKey: .languageCode)
            languageIdentification = try container.decodeIfPresent([LanguageScore].self, forKey: .languageIdentification)
        }
    }

    /// One full transcript text (one per channel with channel identification, else one).
    public struct Transcript: Codable, Sendable, Equatable {
        public var transcript: String
    }

    /// A word (`pronunciation`) or punctuation mark, with its timing and alternatives.
    public struct Item: Codable, Sendable, Equatable {
        public var id: Int?
        public var type: ItemType
        /// Seconds as Transcribe writes them ("0.64"); punctuation has none.
        public var startTime: String?
        public var endTime: String?
        public var alternatives: [Alternative]
        public var speakerLabel: String?
        public var channelLabel: String?
        public var languageCode: String?

        enum CodingKeys: String, CodingKey {
            case id, type, startTime = "start_time", endTime = "end_time", alternatives
            case speakerLabel = "speaker_label", channelLabel = "channel_label", languageCode = "language_code"
        }
    }

    /// `pronunciation` or `punctuation`; other values decode as-is.
    public struct ItemType: RawRepresentable, Codable, Hashable, Sendable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let pronunciation = Self(rawValue: "pronunciation"), punctuation = Self(rawValue: "punctuation")
    }

    /// A candidate content for an item, with its confidence ("0.9464", between 0 and 1).
    public struct Alternative: Codable, Sendable, Equatable {
        public var content: String
        public var confidence: String?
    }

    /// Speaker partitioning: how many speakers, and who spoke when.
    public struct SpeakerLabels: Codable, Sendable, Equatable {
        public var speakers: Int?
        public var channelLabel: String?
        public var segments: [SpeakerSegment]
        enum CodingKeys: String, CodingKey { case speakers, channelLabel = "channel_label", segments }
    }

    /// A stretch of one speaker's speech and the timed items in it.
    public struct SpeakerSegment: Codable, Sendable, Equatable {
        public var speakerLabel: String
        public var startTime: String
        public var endTime: String
        public var items: [SpeakerItem]?
        enum CodingKeys: String, CodingKey {
            case speakerLabel = "speaker_label", startTime = "start_time", endTime = "end_time", items
        }
    }

    /// An item's timing inside a speaker segment.
    public struct SpeakerItem: Codable, Sendable, Equatable {
        public var speakerLabel: String?
        public var startTime: String
        public var endTime: String
        enum CodingKeys: String, CodingKey { case speakerLabel = "speaker_label", startTime = "start_time", endTime = "end_time" }
    }

    /// A sentence-like segment: its text, timing and the ids of its items.
    public struct AudioSegment: Codable, Sendable, Equatable {
        public var id: Int
        public var transcript: String
        public var startTime: String
        public var endTime: String
        public var speakerLabel: String?
        public var items: [Int]
        enum CodingKeys: String, CodingKey {
            case id, transcript, startTime = "start_time", endTime = "end_time", speakerLabel = "speaker_label", items
        }
    }

    /// A candidate language and its score ("0.9883").
    public struct LanguageScore: Codable, Sendable, Equatable {
        public var code: String
        public var score: String
    }
}
