import AWSClients
import AWSCore
import Foundation

/// Where the twin reads media and writes job outputs: S3 (moto, locally), behind a small seam.
public protocol TwinStorage: Sendable {
    /// The object's bytes, or nil when it does not exist.
    func get(bucket: String, key: String) async throws -> Data?
    func put(bucket: String, key: String, data: Data, contentType: String) async throws
}

/// ``TwinStorage`` on S3 through our own client (pointed at moto by the harness).
public struct S3TwinStorage: TwinStorage {
    public let s3: S3Client

    public init(_ s3: S3Client) { self.s3 = s3 }

    public func get(bucket: String, key: String) async throws -> Data? {
        do {
            return try await s3.getObject(bucket: bucket, key: key).body
        } catch let error as AWSServiceError where error.statusCode == 404 {
            return nil
        }
    }

    public func put(bucket: String, key: String, data: Data, contentType: String) async throws {
        _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: key, body: data, contentType: contentType))
    }
}

/// An `s3://bucket/key` or `https://s3….amazonaws.com/bucket/key` / `https://bucket.s3….amazonaws.com/key` URI.
public struct S3Location: Sendable, Equatable {
    public var bucket: String
    public var key: String

    public init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    public init?(uri: String) {
        if uri.hasPrefix("s3://") {
            let rest = uri.dropFirst(5)
            guard let slash = rest.firstIndex(of: "/"), slash != rest.startIndex else { return nil }
            bucket = String(rest[..<slash])
            key = String(rest[rest.index(after: slash)...])
        } else if let url = URL(string: uri), let host = url.host, uri.hasPrefix("https://") || uri.hasPrefix("http://") {
            let path = url.path.split(separator: "/", maxSplits: 1).map(String.init)
            if host.hasPrefix("s3.") || host.hasPrefix("s3-") {
                guard path.count == 2 else { return nil }
                bucket = path[0]
                key = path[1]
            } else if let range = host.range(of: ".s3.") {
                bucket = String(host[..<range.lowerBound])
                key = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard !key.isEmpty else { return nil }
    }

    /// The path-style HTTPS URL Transcribe and MediaConvert report.
    public func httpsURL(region: String) -> String { "https://s3.\(region).amazonaws.com/\(bucket)/\(key)" }
}
