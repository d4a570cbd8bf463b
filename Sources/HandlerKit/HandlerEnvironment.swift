import AWSClients
import Foundation

/// The configuration a handler reads from the environment its template gives it.
public struct HandlerEnvironment: Sendable {
    /// A variable a handler needs is missing or empty: the function cannot start (an init error naming it).
    public struct Missing: Error, Sendable, Equatable, CustomStringConvertible {
        public let variable: String
        public var description: String { "the environment variable \(variable) is not set (the template gives it to the function)" }
    }

    public let values: [String: String]

    public init(_ values: [String: String] = ProcessInfo.processInfo.environment) { self.values = values }

    /// The variable's value; ``Missing`` when it is absent or empty.
    public func require(_ name: String) throws(Missing) -> String {
        guard let value = values[name], !value.isEmpty else { throw Missing(variable: name) }
        return value
    }

    /// The variable's value, or nil when absent or empty.
    public func optional(_ name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// How outputs are delivered: CloudFront signed URLs when `CLOUDFRONT_URL`, `CLOUDFRONT_KEY_PAIR_ID` and
    /// `CLOUDFRONT_PRIVATE_KEY_PEM` are all set, S3 presigned GETs on `OUTPUTS_BUCKET` otherwise.
    public func delivery(s3: S3Client) throws -> any OutputDelivery {
        if let url = optional("CLOUDFRONT_URL"), let keyPairId = optional("CLOUDFRONT_KEY_PAIR_ID"), let pem = optional("CLOUDFRONT_PRIVATE_KEY_PEM") {
            return CloudFrontDelivery(baseURL: url, signer: try CloudFrontSigner(keyPairId: keyPairId, privateKeyPEM: pem))
        }
        return S3PresignedDelivery(s3: s3, bucket: try require("OUTPUTS_BUCKET"))
    }
}
