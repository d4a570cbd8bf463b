import AWSCore
import Foundation

/// Input of ListObjectsV2.
public struct S3ListObjectsInput: Sendable, Equatable {
    public var bucket: String
    public var prefix: String?
    /// Groups keys sharing the part up to the delimiter into `commonPrefixes` (`/` gives folders).
    public var delimiter: String?
    public var continuationToken: String?
    /// At most this many keys per page (S3 answers at most 1,000).
    public var maxKeys: Int?
    public var startAfter: String?

    public init(
        bucket: String, prefix: String? = nil, delimiter: String? = nil, continuationToken: String? = nil,
        maxKeys: Int? = nil, startAfter: String? = nil
    ) {
        self.bucket = bucket
        self.prefix = prefix
        self.delimiter = delimiter
        self.continuationToken = continuationToken
        self.maxKeys = maxKeys
        self.startAfter = startAfter
    }

    /// The query, with `encoding-type=url` as botocore sends it so that any key survives the XML answer.
    var query: [(String, String)] {
        var query = [("list-type", "2")]
        let bound: [(String, String?)] = [
            ("prefix", prefix), ("delimiter", delimiter), ("max-keys", maxKeys.map(String.init)),
            ("continuation-token", continuationToken), ("start-after", startAfter),
        ]
        for case let (name, value?) in bound { query.append((name, value)) }
        query.append(("encoding-type", "url"))
        return query
    }
}

/// One object of a listing.
public struct S3ObjectSummary: Sendable, Equatable {
    public var key: String
    public var size: Int
    public var eTag: String?
    public var lastModified: Date?
    public var storageClass: String?

    public init(key: String, size: Int, eTag: String? = nil, lastModified: Date? = nil, storageClass: String? = nil) {
        self.key = key
        self.size = size
        self.eTag = eTag
        self.lastModified = lastModified
        self.storageClass = storageClass
    }
}

/// One page of ListObjectsV2.
public struct S3ListObjectsOutput: Sendable, Equatable {
    public var contents: [S3ObjectSummary]
    /// Prefixes rolled up by the delimiter.
    public var commonPrefixes: [String]
    public var isTruncated: Bool
    public var nextContinuationToken: String?
    public var keyCount: Int?

    /// Reads a `ListBucketResult` document, URL-decoding keys and prefixes (`+` is a space) when `EncodingType` is `url`.
    public init(xml result: XMLElement) {
        let encoded = result.childText("EncodingType") == "url"
        func text(_ value: String) -> String {
            guard encoded else { return value }
            let spaced = value.replacingOccurrences(of: "+", with: " ")
            return spaced.removingPercentEncoding ?? spaced
        }
        contents = result.children("Contents").map { item in
            S3ObjectSummary(
                key: text(item.childText("Key") ?? ""), size: Int(item.childText("Size") ?? "") ?? 0,
                eTag: item.childText("ETag"),
                lastModified: item.childText("LastModified").flatMap { AWSTimestamp.parse($0, as: .iso8601) },
                storageClass: item.childText("StorageClass"))
        }
        commonPrefixes = result.children("CommonPrefixes").compactMap { $0.childText("Prefix").map(text) }
        isTruncated = result.childText("IsTruncated") == "true"
        nextContinuationToken = result.childText("NextContinuationToken")
        keyCount = result.childText("KeyCount").flatMap { Int($0) }
    }
}

extension S3Client {
    /// One page of keys (ListObjectsV2).
    public func listObjects(_ input: S3ListObjectsInput) async throws -> S3ListObjectsOutput {
        try Self.check("ListObjectsV2", bucket: input.bucket)
        if let maxKeys = input.maxKeys, maxKeys < 0 {
            throw ClientInputError.invalidValue("ListObjectsV2", "MaxKeys", "must not be negative")
        }
        let response = try await client.s3("GET", bucket: input.bucket, query: input.query)
        return S3ListObjectsOutput(xml: try Self.parseXML(response, operation: "ListObjectsV2"))
    }

    /// Every object under `prefix`, following `NextContinuationToken` until the last page.
    public func listAllObjects(bucket: String, prefix: String? = nil, pageSize: Int? = nil) async throws -> [S3ObjectSummary] {
        var input = S3ListObjectsInput(bucket: bucket, prefix: prefix, maxKeys: pageSize)
        var objects: [S3ObjectSummary] = []
        while true {
            let page = try await listObjects(input)
            objects += page.contents
            guard page.isTruncated, let token = page.nextContinuationToken else { return objects }
            input.continuationToken = token
        }
    }

    /// Every key under `prefix`, across all pages.
    public func listAllKeys(bucket: String, prefix: String? = nil, pageSize: Int? = nil) async throws -> [String] {
        try await listAllObjects(bucket: bucket, prefix: prefix, pageSize: pageSize).map(\.key)
    }
}
