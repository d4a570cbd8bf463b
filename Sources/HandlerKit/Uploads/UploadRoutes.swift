import AWSClients
import Foundation
import LambdaRuntime

/// `POST /uploads {fileName, contentType, size}` → 201 `{key, uploadUrl, method, headers, expiresAt}`: a presigned
/// S3 PUT into the uploads bucket under the caller's own prefix; use cases then take that key.
public struct UploadRoutes: Sendable {
    public struct Body: Decodable, Sendable {
        public var fileName: String?
        public var contentType: String?
        public var size: Int?
    }

    public struct Answer: Codable, Sendable, Equatable {
        public var key: String
        public var uploadUrl: String
        public var method: String
        /// Headers the PUT must send (the signed Content-Type).
        public var headers: [String: String]
        public var expiresAt: String
    }

    public let s3: S3Client
    public let bucket: String
    public let policy: UploadPolicy
    public let now: @Sendable () -> Date

    public init(s3: S3Client, bucket: String, policy: UploadPolicy = UploadPolicy(), now: @escaping @Sendable () -> Date = Date.init) {
        self.s3 = s3
        self.bucket = bucket
        self.policy = policy
        self.now = now
    }

    /// Adds the route to `router`.
    public func register<Context: Sendable>(on router: inout HTTPRouter<Context>) {
        let routes = self
        router.on(.post, "/uploads") { request, _ in try await routes.create(request) }
    }

    func create(_ request: RouteRequest) async throws -> RouteResponse {
        let caller = try Caller(request)
        let body = try request.decode(Body.self)
        guard let fileName = body.fileName, !fileName.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HTTPError.invalidRequest("fileName is required")
        }
        guard let contentType = body.contentType?.lowercased(), !contentType.isEmpty else { throw HTTPError.invalidRequest("contentType is required") }
        guard policy.allowedContentTypes.contains(contentType) else {
            throw HTTPError(status: 415, code: "UnsupportedMediaType", message: "contentType '\(contentType)' is not accepted; use one of \(policy.allowedContentTypes.sorted().joined(separator: ", "))")
        }
        guard let size = body.size else { throw HTTPError.invalidRequest("size is required (bytes)") }
        guard size > 0 else { throw HTTPError.invalidRequest("size must be at least 1 byte; got \(size)") }
        guard size <= policy.maximumBytes else {
            throw HTTPError(status: 413, code: "PayloadTooLarge", message: "size \(size) bytes is over the \(policy.maximumBytes)-byte limit")
        }
        let date = now()
        let day = date.formatted(Date.ISO8601FormatStyle().year().month().day())
        let owner = UploadPolicy.safeFileName(caller.id)
        let key = "uploads/\(owner)/\(day)/\(UUID().uuidString.lowercased())/\(UploadPolicy.safeFileName(fileName))"
        let url = try await s3.presignedPutURL(bucket: bucket, key: key, expires: policy.urlLifetime, contentType: contentType)
        let answer = Answer(key: key, uploadUrl: url, method: "PUT", headers: ["Content-Type": contentType],
                            expiresAt: JobClock.timestamp(date.addingTimeInterval(TimeInterval(policy.urlLifetime))))
        return try .json(answer, status: 201)
    }
}
