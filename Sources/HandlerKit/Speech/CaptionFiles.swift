import AWSClients
import Foundation
import MediaKit

/// Writes a language's cues as caption files (`srt`, `vtt`) under `outputs/<jobId>/`; answers output name
/// (`srt:es`) → key, as the job's outputs list them.
public struct CaptionFiles: Sendable {
    public let s3: S3Client
    public let bucket: String

    public init(s3: S3Client, bucket: String) {
        self.s3 = s3
        self.bucket = bucket
    }

    /// The formats a request may ask for.
    public static let formats: Set = ["srt", "vtt"]

    public func write(_ cues: [CaptionCue], language: String, jobId: String, formats: [String]) async throws -> [String: String] {
        var outputs: [String: String] = [:]
        for format in formats {
            let key = "outputs/\(jobId)/\(language).\(format)"
            let text = format == "vtt" ? WebVTTFormat.serialize(cues) : SRTFormat.serialize(cues)
            _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: key, body: Data(text.utf8),
                                                        contentType: format == "vtt" ? "text/vtt; charset=utf-8" : "application/x-subrip; charset=utf-8"))
            outputs["\(format):\(language)"] = key
        }
        return outputs
    }
}
