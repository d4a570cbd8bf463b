import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    private static let frame = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9])
    private static let channel: JSON = ["SNSTopicArn": "arn:aws:sns:us-east-1:123456789012:rekognition-done",
                                        "RoleArn": "arn:aws:iam::123456789012:role/RekognitionPublish"]
    private static let options = VideoJobOptions(
        clientRequestToken: "job-42-moderation",
        notificationChannel: NotificationChannel(
            snsTopicArn: "arn:aws:sns:us-east-1:123456789012:rekognition-done",
            roleArn: "arn:aws:iam::123456789012:role/RekognitionPublish"),
        jobTag: "job-42")

    static let rekognition: [ConformanceRow] = imageRows + startRows + getRows

    private static let imageRows: [ConformanceRow] = [
        ConformanceRow(
            "rekognition.DetectLabels from image bytes", service: "rekognition", operation: "DetectLabels",
            params: ["Image": ["Bytes": .bytes(frame)], "MaxLabels": 10, "MinConfidence": 75.5, "Features": ["GENERAL_LABELS"]]
        ) { configuration in
            _ = try await RekognitionClient(configuration).detectLabels(
                .bytes(frame), options: DetectLabelsOptions(maxLabels: 10, minConfidence: 75.5, features: [.generalLabels]))
        },
        ConformanceRow(
            "rekognition.DetectModerationLabels from S3", service: "rekognition", operation: "DetectModerationLabels",
            params: ["Image": ["S3Object": ["Bucket": "media-in", "Name": "posters/p 1.png", "Version": "v2"]], "MinConfidence": 60]
        ) { configuration in
            _ = try await RekognitionClient(configuration).detectModerationLabels(
                .s3(bucket: "media-in", name: "posters/p 1.png", version: "v2"), minConfidence: 60)
        },
        ConformanceRow(
            "rekognition.DetectText with a word filter", service: "rekognition", operation: "DetectText",
            params: ["Image": ["S3Object": ["Bucket": "media-in", "Name": "frame.jpg"]],
                     "Filters": ["WordFilter": ["MinConfidence": 90, "MinBoundingBoxHeight": 0.05, "MinBoundingBoxWidth": 0.02]]]
        ) { configuration in
            _ = try await RekognitionClient(configuration).detectText(
                .s3(bucket: "media-in", name: "frame.jpg"),
                wordFilter: DetectTextWordFilter(minConfidence: 90, minBoundingBoxHeight: 0.05, minBoundingBoxWidth: 0.02))
        },
        ConformanceRow(
            "rekognition.RecognizeCelebrities from image bytes", service: "rekognition", operation: "RecognizeCelebrities",
            params: ["Image": ["Bytes": .bytes(frame)]]
        ) { configuration in
            _ = try await RekognitionClient(configuration).recognizeCelebrities(.bytes(frame))
        },
    ]

    private static let video: JSON = ["S3Object": ["Bucket": "media-in", "Name": "videos/trailer.mp4"]]

    private static let startRows: [ConformanceRow] = [
        ConformanceRow(
            "rekognition.StartContentModeration with token, channel and tag", service: "rekognition",
            operation: "StartContentModeration",
            params: ["Video": video, "MinConfidence": 70, "ClientRequestToken": "job-42-moderation",
                     "NotificationChannel": channel, "JobTag": "job-42"]
        ) { configuration in
            _ = try await RekognitionClient(configuration).startContentModeration(
                .s3(bucket: "media-in", name: "videos/trailer.mp4"), minConfidence: 70, options: options)
        },
        ConformanceRow(
            "rekognition.StartSegmentDetection with shot and technical cue filters", service: "rekognition",
            operation: "StartSegmentDetection",
            params: ["Video": video, "SegmentTypes": ["SHOT", "TECHNICAL_CUE"],
                     "Filters": ["ShotFilter": ["MinSegmentConfidence": 80],
                                 "TechnicalCueFilter": ["MinSegmentConfidence": 60,
                                                        "BlackFrame": ["MaxPixelThreshold": 0.2, "MinCoveragePercentage": 99]]]]
        ) { configuration in
            _ = try await RekognitionClient(configuration).startSegmentDetection(
                .s3(bucket: "media-in", name: "videos/trailer.mp4"), segmentTypes: [.shot, .technicalCue],
                filters: SegmentDetectionFilters(
                    technicalCueFilter: .init(minSegmentConfidence: 60, blackFrame: .init(maxPixelThreshold: 0.2, minCoveragePercentage: 99)),
                    shotFilter: .init(minSegmentConfidence: 80)))
        },
        ConformanceRow(
            "rekognition.StartLabelDetection", service: "rekognition", operation: "StartLabelDetection",
            params: ["Video": video, "MinConfidence": 50, "Features": ["GENERAL_LABELS"], "JobTag": "labels"]
        ) { configuration in
            _ = try await RekognitionClient(configuration).startLabelDetection(
                .s3(bucket: "media-in", name: "videos/trailer.mp4"), minConfidence: 50, features: [.generalLabels],
                options: VideoJobOptions(jobTag: "labels"))
        },
        ConformanceRow(
            "rekognition.StartFaceDetection", service: "rekognition", operation: "StartFaceDetection",
            params: ["Video": video, "FaceAttributes": "ALL", "ClientRequestToken": "faces-1"]
        ) { configuration in
            _ = try await RekognitionClient(configuration).startFaceDetection(
                .s3(bucket: "media-in", name: "videos/trailer.mp4"), faceAttributes: .all,
                options: VideoJobOptions(clientRequestToken: "faces-1"))
        },
        ConformanceRow(
            "rekognition.StartCelebrityRecognition", service: "rekognition", operation: "StartCelebrityRecognition",
            params: ["Video": video, "NotificationChannel": channel]
        ) { configuration in
            _ = try await RekognitionClient(configuration).startCelebrityRecognition(
                .s3(bucket: "media-in", name: "videos/trailer.mp4"),
                options: VideoJobOptions(notificationChannel: options.notificationChannel))
        },
    ]

    private static let getRows: [ConformanceRow] = [
        ConformanceRow(
            "rekognition.GetContentModeration sorted and aggregated", service: "rekognition", operation: "GetContentModeration",
            params: ["JobId": "a1b2c3", "MaxResults": 100, "NextToken": "page-2", "SortBy": "TIMESTAMP", "AggregateBy": "SEGMENTS"]
        ) { configuration in
            _ = try await RekognitionClient(configuration).getContentModeration(
                jobId: "a1b2c3", VideoResultsQuery(maxResults: 100, nextToken: "page-2", sortBy: .timestamp, aggregateBy: .segments))
        },
        ConformanceRow(
            "rekognition.GetSegmentDetection", service: "rekognition", operation: "GetSegmentDetection",
            params: ["JobId": "a1b2c3", "MaxResults": 50]
        ) { configuration in
            _ = try await RekognitionClient(configuration).getSegmentDetection(jobId: "a1b2c3", VideoResultsQuery(maxResults: 50))
        },
        ConformanceRow(
            "rekognition.GetLabelDetection", service: "rekognition", operation: "GetLabelDetection",
            params: ["JobId": "a1b2c3", "SortBy": "NAME", "AggregateBy": "TIMESTAMPS"]
        ) { configuration in
            _ = try await RekognitionClient(configuration).getLabelDetection(
                jobId: "a1b2c3", VideoResultsQuery(sortBy: .name, aggregateBy: .timestamps))
        },
        ConformanceRow(
            "rekognition.GetFaceDetection", service: "rekognition", operation: "GetFaceDetection",
            params: ["JobId": "a1b2c3", "NextToken": "t"]
        ) { configuration in
            _ = try await RekognitionClient(configuration).getFaceDetection(jobId: "a1b2c3", VideoResultsQuery(nextToken: "t"))
        },
        ConformanceRow(
            "rekognition.GetCelebrityRecognition", service: "rekognition", operation: "GetCelebrityRecognition",
            params: ["JobId": "a1b2c3", "SortBy": "ID", "MaxResults": 10]
        ) { configuration in
            _ = try await RekognitionClient(configuration).getCelebrityRecognition(
                jobId: "a1b2c3", VideoResultsQuery(maxResults: 10, sortBy: .id))
        },
    ]
}
