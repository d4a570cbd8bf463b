// The Subtitle use case: `POST /subtitles` starts a job (HandlerKit) whose workflow (StateMachines/subtitle.asl.json)
// calls this same function's steps: Transcribe with speakers, poll, segment into cues that meet the Netflix style
// rules (MediaKit), translate in batches that keep cue boundaries, write SRT and WebVTT per language.
import AWSClients
import AWSCore
import HandlerKit
import LambdaRuntime

await LambdaRuntime.run { _ in
    let environment = HandlerEnvironment()
    let configuration = try JobWorkflowConfiguration(environment)
    let aws = try AWSClientConfiguration.fromEnvironment()
    let s3 = try S3Client(aws)
    let store = DynamoDBJobStore(dynamodb: try DynamoDBClient(aws), tableName: configuration.jobsTable)
    let jobSteps = JobSteps(store: store)
    let speech = TranscriptionSteps(transcribe: try TranscribeClient(aws), s3: s3, jobs: jobSteps, uploadsBucket: configuration.uploadsBucket,
                                    outputsBucket: configuration.outputsBucket, maximumPolls: configuration.maximumPolls)
    let subtitleSteps = SubtitleSteps(configuration: configuration, speech: speech, s3: s3,
                              translator: AmazonTranslate(client: try TranslateClient(aws)), jobs: jobSteps)

    var dispatcher = StepDispatcher<Void>()
    dispatcher.register("startTranscription", input: SubtitleSteps.State.self) { state in try await speech.start(state) }
    dispatcher.register("checkTranscription", input: SubtitleSteps.State.self) { state in try await speech.check(state) }
    dispatcher.register("segment", input: SubtitleSteps.State.self) { state in try await subtitleSteps.segment(state) }
    dispatcher.register("translate", input: SubtitleSteps.State.self) { state in try await subtitleSteps.translate(state) }
    dispatcher.register("finishSubtitles", input: SubtitleFinish.self) { input in
        try await jobSteps.finish(JobSteps.FinishInput(jobId: input.jobId, outputs: input.merged))
    }
    jobSteps.registerFinishing(on: &dispatcher)

    var router = HTTPRouter<LambdaContext>(cors: CORSConfiguration())
    if let stateMachineArn = configuration.stateMachineArn {
        let starter = JobStarter(useCase: "Subtitle", store: store, workflow: StepFunctionsWorkflow(client: try StepFunctionsClient(aws), stateMachineArn: stateMachineArn))
        starter.addRoute("/subtitles", to: &router) { body, owner throws(HTTPError) in try SubtitleRequest.parse(body, owner: owner) }
    }
    let routes = router, dispatch = dispatcher
    return LambdaClosureByteHandler { payload, context in
        if StepDispatcher<Void>.stepName(in: payload) != nil { return try await dispatch.dispatch(payload) }
        return try await routes.handle(payload: payload, context: context)
    }
}
