import AWSClients
import AWSCore
import Foundation

/// S3 rows use eu-west-1 (botocore keeps the legacy global host for us-east-1) and DNS-compatible bucket
/// names, so both sides address the bucket virtual-hosted. XML bodies are compared byte for byte.
extension ConformanceTable {
    static let s3: [ConformanceRow] = [
        ConformanceRow(
            "s3.PutObject with content type, metadata, cache control, disposition and SSE", service: "s3", operation: "PutObject",
            params: ["Bucket": "media-bucket", "Key": "uploads/my clip+1 ሴ.mp4", "Body": .bytes(Data("hello".utf8)),
                     "ContentType": "video/mp4", "Metadata": ["owner": "user-1", "job-id": "j 1"], "CacheControl": "max-age=60",
                     "ContentDisposition": "attachment; filename=\"clip.mp4\"", "ServerSideEncryption": "AES256"],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).putObject(S3PutObjectInput(
                bucket: "media-bucket", key: "uploads/my clip+1 ሴ.mp4", body: Data("hello".utf8), contentType: "video/mp4",
                metadata: ["owner": "user-1", "job-id": "j 1"], cacheControl: "max-age=60",
                contentDisposition: "attachment; filename=\"clip.mp4\"", serverSideEncryption: "AES256"))
        },
        ConformanceRow(
            "s3.PutObject with KMS, storage class, ACL and tagging", service: "s3", operation: "PutObject",
            params: ["Bucket": "media-bucket", "Key": "a.txt", "Body": .bytes(Data("x".utf8)), "ServerSideEncryption": "aws:kms",
                     "SSEKMSKeyId": "alias/media", "StorageClass": "STANDARD_IA", "ACL": "private", "Tagging": "use=poster&tier=1"],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).putObject(S3PutObjectInput(
                bucket: "media-bucket", key: "a.txt", body: Data("x".utf8), serverSideEncryption: "aws:kms",
                sseKMSKeyId: "alias/media", storageClass: "STANDARD_IA", acl: "private", tagging: "use=poster&tier=1"))
        },
        ConformanceRow(
            "s3.PutObject with only a body", service: "s3", operation: "PutObject",
            params: ["Bucket": "media-bucket", "Key": "raw/data.bin", "Body": .bytes(Data([0, 1, 2, 3]))], region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).putObject(S3PutObjectInput(bucket: "media-bucket", key: "raw/data.bin", body: Data([0, 1, 2, 3])))
        },
        ConformanceRow(
            "s3.CopyObject keeping the source metadata", service: "s3", operation: "CopyObject",
            params: ["Bucket": "media-bucket", "Key": "b.txt", "CopySource": ["Bucket": "media-bucket", "Key": "a~b/c.txt"]],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).copyObject(sourceBucket: "media-bucket", sourceKey: "a~b/c.txt", bucket: "media-bucket", key: "b.txt")
        },
        ConformanceRow(
            "s3.GetObject", service: "s3", operation: "GetObject", params: ["Bucket": "media-bucket", "Key": "posters/final v2.png"],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).getObject(bucket: "media-bucket", key: "posters/final v2.png")
        },
        ConformanceRow(
            "s3.GetObject with a range", service: "s3", operation: "GetObject",
            params: ["Bucket": "media-bucket", "Key": "video.mp4", "Range": "bytes=0-1023"], region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).getObject(bucket: "media-bucket", key: "video.mp4", range: "bytes=0-1023")
        },
        ConformanceRow(
            "s3.HeadObject", service: "s3", operation: "HeadObject", params: ["Bucket": "media-bucket", "Key": "a/b.json"],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).headObject(bucket: "media-bucket", key: "a/b.json")
        },
        ConformanceRow(
            "s3.DeleteObject", service: "s3", operation: "DeleteObject", params: ["Bucket": "media-bucket", "Key": "tmp/x~y.bin"],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            try await S3Client(configuration).deleteObject(bucket: "media-bucket", key: "tmp/x~y.bin")
        },
        ConformanceRow(
            "s3.CopyObject with an encoded source key and REPLACE metadata", service: "s3", operation: "CopyObject",
            params: ["Bucket": "media-bucket", "Key": "renders/out.mp4",
                     "CopySource": ["Bucket": "source-bucket", "Key": "in/my clip+1 ሴ&(2).mp4"],
                     "MetadataDirective": "REPLACE", "ContentType": "video/mp4", "Metadata": ["stage": "render"]],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).copyObject(
                sourceBucket: "source-bucket", sourceKey: "in/my clip+1 ሴ&(2).mp4", bucket: "media-bucket", key: "renders/out.mp4",
                metadataDirective: .replace, contentType: "video/mp4", metadata: ["stage": "render"])
        },
        ConformanceRow(
            "s3.ListObjectsV2 with prefix, delimiter, token, max keys and start after", service: "s3", operation: "ListObjectsV2",
            params: ["Bucket": "media-bucket", "Prefix": "jobs/a b/", "Delimiter": "/", "ContinuationToken": "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=",
                     "MaxKeys": 50, "StartAfter": "jobs/a b/0"],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).listObjects(S3ListObjectsInput(
                bucket: "media-bucket", prefix: "jobs/a b/", delimiter: "/",
                continuationToken: "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=", maxKeys: 50, startAfter: "jobs/a b/0"))
        },
        ConformanceRow(
            "s3.ListObjectsV2 of a whole bucket", service: "s3", operation: "ListObjectsV2", params: ["Bucket": "media-bucket"],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).listObjects(S3ListObjectsInput(bucket: "media-bucket"))
        },
        ConformanceRow(
            "s3.CreateMultipartUpload with content type and metadata", service: "s3", operation: "CreateMultipartUpload",
            params: ["Bucket": "media-bucket", "Key": "big/video 1.mp4", "ContentType": "video/mp4", "Metadata": ["job": "j-1"]],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).createMultipartUpload(S3PutObjectInput(
                bucket: "media-bucket", key: "big/video 1.mp4", body: Data(), contentType: "video/mp4", metadata: ["job": "j-1"]))
        },
        ConformanceRow(
            "s3.UploadPart", service: "s3", operation: "UploadPart",
            params: ["Bucket": "media-bucket", "Key": "big/video 1.mp4", "PartNumber": 3, "UploadId": "VXBsb2FkIElE+/=",
                     "Body": .bytes(Data("part three".utf8))],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).uploadPart(
                bucket: "media-bucket", key: "big/video 1.mp4", uploadId: "VXBsb2FkIElE+/=", partNumber: 3, body: Data("part three".utf8))
        },
        ConformanceRow(
            "s3.CompleteMultipartUpload with the parts document", service: "s3", operation: "CompleteMultipartUpload",
            params: ["Bucket": "media-bucket", "Key": "big/video 1.mp4", "UploadId": "VXBsb2FkIElE+/=",
                     "MultipartUpload": ["Parts": [["ETag": "\"a54357aff0632cce46d942af68356b38\"", "PartNumber": 1],
                                                   ["ETag": "\"0c78aef83f66abc1fa1e8477f296d394\"", "PartNumber": 2]]]],
            region: "eu-west-1", body: .bytes
        ) { configuration in
            _ = try await S3Client(configuration).completeMultipartUpload(
                bucket: "media-bucket", key: "big/video 1.mp4", uploadId: "VXBsb2FkIElE+/=",
                parts: [S3CompletedPart(partNumber: 1, eTag: "\"a54357aff0632cce46d942af68356b38\""),
                        S3CompletedPart(partNumber: 2, eTag: "\"0c78aef83f66abc1fa1e8477f296d394\"")])
        },
        ConformanceRow(
            "s3.AbortMultipartUpload", service: "s3", operation: "AbortMultipartUpload",
            params: ["Bucket": "media-bucket", "Key": "big/video 1.mp4", "UploadId": "VXBsb2FkIElE+/="], region: "eu-west-1", body: .bytes
        ) { configuration in
            try await S3Client(configuration).abortMultipartUpload(bucket: "media-bucket", key: "big/video 1.mp4", uploadId: "VXBsb2FkIElE+/=")
        },
    ]
}
