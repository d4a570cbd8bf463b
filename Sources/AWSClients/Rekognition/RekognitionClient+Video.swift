/// Stored-video analysis: `start…` returns a job id; `get…` returns one page; the collecting helpers
/// (`contentModeration(jobId:)`, …) follow `NextToken` and return every detection.
extension RekognitionClient {
    /// Starts unsafe-content detection; returns the job id.
    public func startContentModeration(
        _ video: RekognitionVideo, minConfidence: Double? = nil, options: VideoJobOptions = .init()
    ) async throws -> String {
        var input = StartVideoJobInput(video, options)
        input.minConfidence = minConfidence
        return try await start("StartContentModeration", input)
    }

    /// Starts shot and technical-cue detection; `segmentTypes` must not be empty.
    public func startSegmentDetection(
        _ video: RekognitionVideo, segmentTypes: [SegmentType], filters: SegmentDetectionFilters? = nil,
        options: VideoJobOptions = .init()
    ) async throws -> String {
        if segmentTypes.isEmpty { throw ClientInputError.missingField("StartSegmentDetection", "SegmentTypes") }
        var input = StartVideoJobInput(video, options)
        input.segmentTypes = segmentTypes
        input.filters = filters
        return try await start("StartSegmentDetection", input)
    }

    /// Starts label detection; `features` is `[.generalLabels]` or `nil`.
    public func startLabelDetection(
        _ video: RekognitionVideo, minConfidence: Double? = nil, features: [DetectLabelsFeature]? = nil,
        options: VideoJobOptions = .init()
    ) async throws -> String {
        var input = StartVideoJobInput(video, options)
        input.minConfidence = minConfidence
        input.features = features
        return try await start("StartLabelDetection", input)
    }

    /// Starts face detection, with the default attributes or all of them.
    public func startFaceDetection(
        _ video: RekognitionVideo, faceAttributes: FaceAttributesLevel? = nil, options: VideoJobOptions = .init()
    ) async throws -> String {
        var input = StartVideoJobInput(video, options)
        input.faceAttributes = faceAttributes
        return try await start("StartFaceDetection", input)
    }

    /// Starts celebrity recognition.
    public func startCelebrityRecognition(_ video: RekognitionVideo, options: VideoJobOptions = .init()) async throws -> String {
        try await start("StartCelebrityRecognition", StartVideoJobInput(video, options))
    }

    /// One page of GetContentModeration.
    public func getContentModeration(jobId: String, _ query: VideoResultsQuery = .init()) async throws
        -> VideoAnalysisResult<ContentModerationDetection>
    { try await page("GetContentModeration", jobId, query) }

    /// One page of GetSegmentDetection (`sortBy` and `aggregateBy` are not sent: the operation has neither).
    public func getSegmentDetection(jobId: String, _ query: VideoResultsQuery = .init()) async throws
        -> VideoAnalysisResult<SegmentDetection>
    {
        try await page("GetSegmentDetection", jobId, VideoResultsQuery(maxResults: query.maxResults, nextToken: query.nextToken))
    }

    /// One page of GetLabelDetection.
    public func getLabelDetection(jobId: String, _ query: VideoResultsQuery = .init()) async throws
        -> VideoAnalysisResult<LabelDetection>
    { try await page("GetLabelDetection", jobId, query) }

    /// One page of GetFaceDetection (`sortBy` and `aggregateBy` are not sent: the operation has neither).
    public func getFaceDetection(jobId: String, _ query: VideoResultsQuery = .init()) async throws
        -> VideoAnalysisResult<FaceDetection>
    { try await page("GetFaceDetection", jobId, VideoResultsQuery(maxResults: query.maxResults, nextToken: query.nextToken)) }

    /// One page of GetCelebrityRecognition (`aggregateBy` is not sent).
    public func getCelebrityRecognition(jobId: String, _ query: VideoResultsQuery = .init()) async throws
        -> VideoAnalysisResult<CelebrityRecognition>
    {
        try await page(
            "GetCelebrityRecognition", jobId,
            VideoResultsQuery(maxResults: query.maxResults, nextToken: query.nextToken, sortBy: query.sortBy))
    }

    /// Every moderation detection of the job, all pages collected.
    public func contentModeration(
        jobId: String, sortBy: VideoResultsSortBy? = nil, aggregateBy: VideoResultsAggregateBy? = nil
    ) async throws
        -> VideoAnalysisResult<ContentModerationDetection>
    { try await collect { try await getContentModeration(jobId: jobId, VideoResultsQuery(nextToken: $0, sortBy: sortBy, aggregateBy: aggregateBy)) } }

    /// Every segment of the job, all pages collected.
    public func segmentDetection(jobId: String) async throws -> VideoAnalysisResult<SegmentDetection> {
        try await collect { try await getSegmentDetection(jobId: jobId, VideoResultsQuery(nextToken: $0)) }
    }

    /// Every label detection of the job, all pages collected.
    public func labelDetection(
        jobId: String, sortBy: VideoResultsSortBy? = nil, aggregateBy: VideoResultsAggregateBy? = nil
    ) async throws
        -> VideoAnalysisResult<LabelDetection>
    { try await collect { try await getLabelDetection(jobId: jobId, VideoResultsQuery(nextToken: $0, sortBy: sortBy, aggregateBy: aggregateBy)) } }

    /// Every face detection of the job, all pages collected.
    public func faceDetection(jobId: String) async throws -> VideoAnalysisResult<FaceDetection> {
        try await collect { try await getFaceDetection(jobId: jobId, VideoResultsQuery(nextToken: $0)) }
    }

    /// Every celebrity recognition of the job, all pages collected.
    public func celebrityRecognition(jobId: String, sortBy: VideoResultsSortBy? = nil) async throws -> VideoAnalysisResult<CelebrityRecognition> {
        try await collect { try await getCelebrityRecognition(jobId: jobId, VideoResultsQuery(nextToken: $0, sortBy: sortBy)) }
    }

    private func start(_ operation: String, _ input: StartVideoJobInput) async throws -> String {
        try input.validate(operation)
        let output: StartVideoJobOutput = try await client.json(operation, input: input)
        return output.jobId
    }

    private func page<Detection>(_ operation: String, _ jobId: String, _ query: VideoResultsQuery) async throws
        -> VideoAnalysisResult<Detection>
    {
        if jobId.isEmpty { throw ClientInputError.missingField(operation, "JobId") }
        return try await client.json(operation, input: GetVideoJobInput(
            jobId: jobId, maxResults: query.maxResults, nextToken: query.nextToken, sortBy: query.sortBy,
            aggregateBy: query.aggregateBy))
    }

    /// Follows `NextToken` from the first page; the result is the first page with every page's detections.
    private func collect<Detection>(
        _ fetch: (String?) async throws -> VideoAnalysisResult<Detection>
    ) async throws -> VideoAnalysisResult<Detection> {
        var result = try await fetch(nil)
        var nextToken = result.nextToken
        while let token = nextToken {
            let next = try await fetch(token)
            result.detections += next.detections
            nextToken = next.nextToken
        }
        result.nextToken = nil
        return result
    }
}
