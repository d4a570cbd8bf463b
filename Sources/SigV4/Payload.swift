import Foundation

/// What the signature says about the body.
public enum Payload: Sendable, Equatable {
    /// No body (the hash of the empty string).
    case empty
    /// The body bytes; the signer hashes them.
    case data(Data)
    /// A SHA-256 already computed by the caller, as lowercase hex.
    case precomputedSHA256(String)
    /// `UNSIGNED-PAYLOAD`: the body is not covered (S3 streaming uploads, S3 presigned URLs).
    case unsigned

    static let emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
}
