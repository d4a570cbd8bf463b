import AWSClients
import Foundation

/// Turns an output's S3 key into a URL the caller can download it from for a while.
public protocol OutputDelivery: Sendable {
    func url(forKey key: String, expires: Date) async throws -> String
}

/// CloudFront signed URLs (canned policy) on the distribution in front of the outputs bucket.
public struct CloudFrontDelivery: OutputDelivery {
    /// `https://d111.cloudfront.net` or a custom domain, without a trailing slash.
    public let baseURL: String
    public let signer: CloudFrontSigner

    public init(baseURL: String, signer: CloudFrontSigner) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.signer = signer
    }

    public func url(forKey key: String, expires: Date) async throws -> String {
        let path = key.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? String($0) }
            .joined(separator: "/")
        return try signer.signedURL("\(baseURL)/\(path)", expires: expires)
    }
}

/// S3 presigned GET URLs on the outputs bucket (when no CloudFront signing key is configured).
public struct S3PresignedDelivery: OutputDelivery {
    public let s3: S3Client
    public let bucket: String
    /// The clock the expiry is measured from.
    public let now: @Sendable () -> Date

    public init(s3: S3Client, bucket: String, now: @escaping @Sendable () -> Date = Date.init) {
        self.s3 = s3
        self.bucket = bucket
        self.now = now
    }

    public func url(forKey key: String, expires: Date) async throws -> String {
        let seconds = max(1, min(Int(expires.timeIntervalSince(now()).rounded(.up)), 7 * 24 * 3600))
        return try await s3.presignedGetURL(bucket: bucket, key: key, expires: seconds)
    }
}
