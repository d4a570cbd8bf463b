// The Dubbing use case: `POST /dubbing` starts a job (HandlerKit) whose workflow (StateMachines/dubbing.asl.json)
// calls this same function's steps: Transcribe with speakers, poll, segment into cues, and per language translate,
// caption, cast a Polly voice per speaker, voice every cue fitted to its time, mix the dub track, and hand
// MediaConvert the job that lays it over the video. `GET /voices?language=` lists the voices.
import AWSClients
import AWSCore
import HandlerKit
import LambdaRuntime
import MediaKit

await LambdaRuntime.run { _ in
    let environment = HandlerEnvironment()
    let configuration = try DubbingConfiguration(environment)
    let aws = try AWSClientConfiguration.fromEnvironment()
    let s3 = try S3Client(aws)
    let polly = try PollyClient(aws)
    let store = DynamoDBJobStore(dynamodb: try DynamoDBClient(aws), tableName: configuration.workflow.jobsTable)
    let jobSteps = JobSteps(store: store)
    let speech = TranscriptionSteps(transcribe: try TranscribeClient(aws), s3: s3, jobs: jobSteps, uploadsBucket: configuration.uploadsBucket,
                                    outputsBucket: configuration.outputsBucket, maximumPolls: configuration.workflow.maximumPolls)
    let catalog = VoiceCatalog(polly: polly, engine: configuration.engine)
    let steps = DubbingSteps(configuration: configuration, speech: speech, s3: s3, translator: AmazonTranslate(client: try TranslateClient(aws)),
                             voices: catalog, jobs: jobSteps)
    let voicing = CueVoicing(polly: polly, engine: configuration.engine, rules: CueFitRules(maxRate: configuration.maximumRate))
    let synthesize = SynthesisStep(configuration: configuration, s3: s3, voicing: voicing, jobs: jobSteps)
    let mix = MixStep(configuration: configuration, s3: s3, jobs: jobSteps)

    var dispatcher = StepDispatcher<Void>()
    dispatcher.register("startTranscription", input: DubbingState.self) { state in try await speech.start(state) }
    dispatcher.register("checkTranscription", input: DubbingState.self) { state in try await speech.check(state) }
    dispatcher.register("segment", input: DubbingState.self) { state in try await steps.segment(state) }
    dispatcher.register("extractOriginal", input: DubbingState.self) { state in try await steps.extractOriginal(state) }
    dispatcher.register("prepareLanguage", input: DubbingState.self) { state in try await steps.prepareLanguage(state) }
    dispatcher.register("synthesize", input: DubbingState.self) { state in try await synthesize(state) }
    dispatcher.register("mix", input: DubbingState.self) { state in try await mix(state) }
    dispatcher.register("finishDubbing", input: DubbingFinish.self) { input in
        try await jobSteps.finish(JobSteps.FinishInput(jobId: input.jobId, outputs: input.merged))
    }
    jobSteps.registerFinishing(on: &dispatcher)

    var router = HTTPRouter<LambdaContext>(cors: CORSConfiguration())
    VoiceRoutes.add(to: &router, catalog: catalog)
    if let stateMachineArn = configuration.workflow.stateMachineArn {
        let starter = JobStarter(useCase: "Dubbing", store: store, workflow: StepFunctionsWorkflow(client: try StepFunctionsClient(aws), stateMachineArn: stateMachineArn))
        starter.addRoute("/dubbing", to: &router) { body, owner throws(HTTPError) in
            try DubbingRequest.parse(body, owner: owner, targetsKnown: DubbingLanguages.known)
        }
    }
    let routes = router, dispatch = dispatcher
    return LambdaClosureByteHandler { payload, context in
        if StepDispatcher<Void>.stepName(in: payload) != nil { return try await dispatch.dispatch(payload) }
        return try await routes.handle(payload: payload, context: context)
    }
}
