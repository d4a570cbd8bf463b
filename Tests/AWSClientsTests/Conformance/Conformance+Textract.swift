import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let textract: [ConformanceRow] = [
        ConformanceRow(
            "textract.DetectDocumentText with bytes", service: "textract", operation: "DetectDocumentText",
            params: ["Document": ["Bytes": .bytes(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF]))]]
        ) { configuration in
            _ = try await TextractClient(configuration).detectDocumentText(
                .bytes(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF])))
        },
        ConformanceRow(
            "textract.DetectDocumentText with an S3 object version", service: "textract", operation: "DetectDocumentText",
            params: ["Document": ["S3Object": ["Bucket": "media-uploads", "Name": "scripts/page 1 é.png", "Version": "3HL4kqtJlcpXroDTDmJ"]]]
        ) { configuration in
            _ = try await TextractClient(configuration).detectDocumentText(
                .s3Object(TextractS3Object(bucket: "media-uploads", name: "scripts/page 1 é.png", version: "3HL4kqtJlcpXroDTDmJ")))
        },
        ConformanceRow(
            "textract.StartDocumentTextDetection with token, tag, notification and output config", service: "textract",
            operation: "StartDocumentTextDetection",
            params: ["DocumentLocation": ["S3Object": ["Bucket": "media-uploads", "Name": "scripts/full.pdf"]],
                     "ClientRequestToken": "job-7f3a", "JobTag": "screenplay",
                     "NotificationChannel": ["SNSTopicArn": "arn:aws:sns:us-east-1:123456789012:textract-done",
                                             "RoleArn": "arn:aws:iam::123456789012:role/TextractPublish"],
                     "OutputConfig": ["S3Bucket": "media-outputs", "S3Prefix": "textract/"]]
        ) { configuration in
            _ = try await TextractClient(configuration).startDocumentTextDetection(StartDocumentTextDetectionInput(
                documentLocation: TextractS3Object(bucket: "media-uploads", name: "scripts/full.pdf"),
                clientRequestToken: "job-7f3a", jobTag: "screenplay",
                notificationChannel: .init(snsTopicArn: "arn:aws:sns:us-east-1:123456789012:textract-done",
                                           roleArn: "arn:aws:iam::123456789012:role/TextractPublish"),
                outputConfig: .init(s3Bucket: "media-outputs", s3Prefix: "textract/")))
        },
        ConformanceRow(
            "textract.StartDocumentTextDetection minimal", service: "textract", operation: "StartDocumentTextDetection",
            params: ["DocumentLocation": ["S3Object": ["Bucket": "media-uploads", "Name": "a.pdf"]]]
        ) { configuration in
            _ = try await TextractClient(configuration).startDocumentTextDetection(
                StartDocumentTextDetectionInput(documentLocation: TextractS3Object(bucket: "media-uploads", name: "a.pdf")))
        },
        ConformanceRow(
            "textract.GetDocumentTextDetection with MaxResults and NextToken", service: "textract",
            operation: "GetDocumentTextDetection",
            params: ["JobId": "2c9d1f0e-jobid", "MaxResults": 500, "NextToken": "page/2=="]
        ) { configuration in
            _ = try await TextractClient(configuration).getDocumentTextDetection(
                jobId: "2c9d1f0e-jobid", maxResults: 500, nextToken: "page/2==")
        },
    ]
}
