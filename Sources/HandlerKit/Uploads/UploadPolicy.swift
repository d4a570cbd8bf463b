import Foundation

/// What `POST /uploads` accepts: content types and the largest size.
public struct UploadPolicy: Sendable, Equatable {
    public var allowedContentTypes: Set<String>
    /// Bytes; S3 takes at most 5 GB in one PUT.
    public var maximumBytes: Int
    /// How long the upload URL stays valid, seconds.
    public var urlLifetime: Int

    public init(
        allowedContentTypes: Set<String> = UploadPolicy.mediaTypes, maximumBytes: Int = 5 * 1024 * 1024 * 1024, urlLifetime: Int = 900
    ) {
        self.allowedContentTypes = allowedContentTypes
        self.maximumBytes = maximumBytes
        self.urlLifetime = urlLifetime
    }

    /// Video, audio, images, documents and caption files.
    public static let mediaTypes: Set<String> = [
        "video/mp4", "video/quicktime", "video/x-matroska", "video/webm", "audio/mpeg", "audio/mp4", "audio/wav", "audio/x-wav",
        "audio/flac", "audio/ogg", "image/png", "image/jpeg", "image/webp", "application/pdf", "text/plain", "text/vtt",
        "application/x-subrip", "application/json",
    ]

    /// A file name safe in an S3 key: letters, digits, `.`, `_` and `-` kept, anything else `_`, at most 120 characters.
    public static func safeFileName(_ name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let cleaned = String(base.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar)) ? Character(scalar) : "_"
        })
        let trimmed = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return String((trimmed.isEmpty ? "file" : trimmed).prefix(120))
    }
}
