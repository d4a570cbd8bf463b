import Crypto
import Foundation

/// Job ids: `job-` and 32 lowercase hex digits — valid as a Step Functions execution name, a Transcribe or
/// MediaConvert job name and an S3 key part, so the same id names every AWS job a workflow starts.
public enum JobIdentifier {
    /// A fresh id.
    public static func random() -> String {
        "job-" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// The id a retried request gets again: the same caller, use case and `Idempotency-Key` give the same id.
    public static func idempotent(owner: String, useCase: String, key: String) -> String {
        let digest = SHA256.hash(data: Data("\(owner)\u{0}\(useCase)\u{0}\(key)".utf8))
        return "job-" + digest.prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `text` has the shape of a job id.
    public static func isValid(_ text: String) -> Bool {
        text.count == 36 && text.hasPrefix("job-") && text.dropFirst(4).allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
