import AWSClients
import AWSCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import LocalHarness

/// Scenario files: pinned answers and injected faults, parsed with errors that name the field, applied by the
/// twin in each service's own wire shape, and replaceable at run time through the control endpoint.
@Suite("Local twin: scenarios")
struct TwinScenarioParsingTests {
    @Test("a YAML scenario with every action parses into rules in order")
    func parsesYAML() throws {
        let scenario = try TwinScenario(text: """
            rules:
              - {service: transcribe, operation: StartTranscriptionJob, calls: [1, 3], throttle: true}
              - {service: transcribe, operation: StartTranscriptionJob, failJob: "The media file is corrupt."}
              - {service: bedrock, method: POST, path: "/model/*/invoke", respond: {status: 200, body: {completion: pinned}}}
              - {service: translate, times: 2, error: {code: ServiceUnavailableException, status: 503}}
              - {service: s3, bodyContains: "secret", delayMilliseconds: 5}
            """)
        #expect(scenario.rules.count == 5)
        #expect(scenario.rules[0] == TwinScenarioRule(service: "transcribe", operation: "StartTranscriptionJob", calls: [1, 3], action: .throttle(code: nil)))
        #expect(scenario.rules[1].action == .failJob(reason: "The media file is corrupt."))
        #expect(scenario.rules[2].action == .respond(status: 200, body: ["completion": "pinned"], headers: [:]))
        #expect(scenario.rules[3].calls == [1, 2])
        #expect(scenario.rules[3].action == .error(code: "ServiceUnavailableException", message: "Injected by a mediagen-local scenario", status: 503))
        #expect(scenario.rules[4].action == .delay(milliseconds: 5))
        #expect(try TwinScenario(text: #"[{"service": "sqs", "throttle": "RequestThrottled"}]"#).rules[0].action == .throttle(code: "RequestThrottled"))
    }

    @Test("a bad scenario is refused with an error that names the rule and the field", arguments: [
        ("rules: [{operation: X, throttle: true}]", "rules[0].service"),
        ("rules: [{service: s3}]", "rules[0]"),
        ("rules: [{service: s3, throttle: true, failJob: x}]", "rules[0]"),
        ("rules: [{service: s3, throttle: true, callz: [1]}]", "rules[0].callz"),
        ("rules: [{service: s3, throttle: true, calls: [0]}]", "rules[0].calls"),
        ("rules: [{service: s3, throttle: true, calls: [1], times: 2}]", "rules[0].times"),
        ("rules: [{service: s3, error: {status: 500}}]", "rules[0].error.code"),
        ("rules: [{service: s3, error: {code: X, status: 999}}]", "rules[0].error.status"),
        ("rules: [{service: s3, respond: {headers: {a: [1]}}}]", "rules[0].respond.headers.a"),
        ("steps: []", "scenario"),
        ("rules: [{service: s3, throttle: true}", "scenario"),
    ])
    func refusesBadScenarios(text: String, location: String) {
        #expect {
            _ = try TwinScenario(text: text)
        } throws: { error in
            (error as? TwinScenarioError)?.location == location
        }
    }

    @Test("path patterns: a star stays within one segment, a double star crosses segments")
    func globs() {
        #expect(TwinScenarioRule.glob("/model/*/invoke", matches: "/model/amazon.titan-text-v1/invoke"))
        #expect(!TwinScenarioRule.glob("/model/*/invoke", matches: "/model/a/b/invoke"))
        #expect(TwinScenarioRule.glob("/2017-08-29/**", matches: "/2017-08-29/jobs/123"))
        #expect(!TwinScenarioRule.glob("/2017-08-29/jobs", matches: "/2017-08-29/jobs/123"))
    }

    @Test("rules count their own matching calls and the first applicable rule wins")
    func counting() async {
        let book = TwinScenarioBook(TwinScenario(rules: [
            TwinScenarioRule(service: "translate", operation: "TranslateText", calls: [2], action: .throttle(code: nil)),
            TwinScenarioRule(service: "translate", calls: [1, 2, 3], action: .delay(milliseconds: 0)),
        ]))
        var request = TwinRequest(method: "POST", path: "/", query: "", headers: [("X-Amz-Target", "AWSShineFrontendService_20170701.TranslateText")], body: Data())
        request.service = "translate"
        var actions: [TwinScenarioRule.Action?] = []
        for _ in 0..<4 { actions.append(await book.decide(request)) }
        #expect(actions == [.delay(milliseconds: 0), .throttle(code: nil), .delay(milliseconds: 0), nil])
        #expect(await book.applied.map(\.rule) == [1, 0, 1])
        #expect(await book.applied.map(\.call) == [1, 2, 3])
    }
}

@Suite("Local twin: scenarios applied", .serialized, .motoServer)
struct TwinScenarioTests {
    static func withTwin(_ scenario: TwinScenario, _ body: (Int, TwinScenarioBook, S3Client) async throws -> Void) async throws {
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        direct.endpoint = moto.endpoint
        let s3 = try S3Client(direct)
        let book = TwinScenarioBook(scenario)
        let server = TwinServer(
            services: [TwinTranslate(), TwinBedrock(), TwinTranscribe(storage: S3TwinStorage(s3), queuedFor: 0.02, processingFor: 0.05)],
            verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret, moto.accessKeyId: moto.secretAccessKey]),
            forwarder: TwinForwarder(target: URL(string: moto.endpoint)!), scenarios: book)
        let running = try await server.start()
        do { try await body(running.port, book, s3) } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    static func retrying(port: Int, attempts: Int) -> AWSClientConfiguration {
        var configuration = TwinTests.configuration(port: port)
        configuration.retry = RetryConfiguration(maxAttempts: attempts, maxBackoff: 0.05)
        return configuration
    }

    @Test("a throttled first call is retried by our client and succeeds; the twin records the one injection")
    func throttleThenSucceed() async throws {
        let scenario = TwinScenario(rules: [TwinScenarioRule(service: "translate", operation: "TranslateText", calls: [1], action: .throttle(code: nil))])
        try await Self.withTwin(scenario) { port, book, _ in
            let translate = try TranslateClient(Self.retrying(port: port, attempts: 3))
            let answer = try await translate.translateText(TranslateTextInput(text: "Good evening", sourceLanguageCode: "en", targetLanguageCode: "fr"))
            #expect(!answer.translatedText.isEmpty)
            #expect(await book.applied.count == 1)
            let once = try TranslateClient(TwinTests.configuration(port: port))
            await book.set(TwinScenario(rules: [TwinScenarioRule(service: "translate", action: .throttle(code: nil))]))
            await #expect {
                _ = try await once.translateText(TranslateTextInput(text: "Good evening", sourceLanguageCode: "en", targetLanguageCode: "fr"))
            } throws: { error in
                let error = error as? AWSServiceError
                return error?.code == "ThrottlingException" && error?.statusCode == 400 && error?.retryable == true
            }
        }
    }

    @Test("errors come in the called service's wire shape: awsJson, restJson and S3's XML through moto's forwarding")
    func errorShapes() async throws {
        let scenario = TwinScenario(rules: [
            TwinScenarioRule(service: "translate", action: .error(code: "ServiceUnavailableException", message: "down for a moment", status: 503)),
            TwinScenarioRule(service: "bedrock", path: "/model/*/invoke", action: .throttle(code: nil)),
            TwinScenarioRule(service: "s3", method: "GET", action: .error(code: "AccessDenied", message: "Access Denied", status: 403)),
        ])
        try await Self.withTwin(scenario) { port, _, _ in
            let translate = try TranslateClient(TwinTests.configuration(port: port))
            await #expect {
                _ = try await translate.translateText(TranslateTextInput(text: "Hi", sourceLanguageCode: "en", targetLanguageCode: "de"))
            } throws: { error in
                (error as? AWSServiceError).map { $0.code == "ServiceUnavailableException" && $0.statusCode == 503 && $0.message == "down for a moment" } ?? false
            }
            let bedrock = try BedrockRuntimeClient(TwinTests.configuration(port: port))
            await #expect {
                _ = try await bedrock.invokeModel(try InvokeModelInput(modelId: "amazon.titan-text-express-v1", request: TitanTextRequest(inputText: "Hello")))
            } throws: { error in
                (error as? AWSServiceError).map { $0.code == "ThrottlingException" && $0.statusCode == 429 } ?? false
            }
            let s3 = try S3Client(TwinTests.configuration(port: port))
            await #expect {
                _ = try await s3.getObject(bucket: "any-bucket", key: "any-key")
            } throws: { error in
                (error as? AWSServiceError).map { $0.code == "AccessDenied" && $0.statusCode == 403 } ?? false
            }
        }
    }

    @Test("a pinned answer replaces the service's and reaches our client as if the service had sent it")
    func pinned() async throws {
        let scenario = TwinScenario(rules: [TwinScenarioRule(
            service: "translate", operation: "TranslateText", bodyContains: "pinned please",
            action: .respond(status: 200, body: ["TranslatedText": "réponse fixée", "SourceLanguageCode": "en", "TargetLanguageCode": "fr"], headers: [:]))])
        try await Self.withTwin(scenario) { port, _, _ in
            let translate = try TranslateClient(TwinTests.configuration(port: port))
            let pinned = try await translate.translateText(TranslateTextInput(text: "pinned please", sourceLanguageCode: "en", targetLanguageCode: "fr"))
            #expect(pinned.translatedText == "réponse fixée")
            let served = try await translate.translateText(TranslateTextInput(text: "served please", sourceLanguageCode: "en", targetLanguageCode: "fr"))
            #expect(served.translatedText != "réponse fixée")
        }
    }

    @Test("failJob makes the started Transcribe job end FAILED with the scenario's reason")
    func failJob() async throws {
        let scenario = TwinScenario(rules: [TwinScenarioRule(service: "transcribe", operation: "StartTranscriptionJob", action: .failJob(reason: "The media file is corrupt."))])
        try await Self.withTwin(scenario) { port, _, s3 in
            let bucket = "scenario-\(UUID().uuidString.prefix(6).lowercased())"
            _ = try await s3.client.s3("PUT", bucket: bucket)
            _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: "clip.mp4", body: Data(count: 16)))
            _ = try await s3.putObject(S3PutObjectInput(bucket: bucket, key: "clip.mp4.transcript.txt", body: Data("Hello there.".utf8)))
            let transcribe = try TranscribeClient(TwinTests.configuration(port: port))
            let started = try await transcribe.startTranscriptionJob(StartTranscriptionJobInput(
                transcriptionJobName: "doomed", media: TranscriptionMedia(mediaFileUri: "s3://\(bucket)/clip.mp4"), languageCode: "en-US"))
            #expect(started.transcriptionJobStatus?.rawValue == "QUEUED")
            let job = try await TwinTranscribeTests.waitForEnd(transcribe, "doomed")
            #expect(job.transcriptionJobStatus?.rawValue == "FAILED")
            #expect(job.failureReason == "The media file is corrupt.")
        }
    }

    @Test("the control endpoint replaces, shows and clears the scenario; a bad one is a 400 naming the field")
    func control() async throws {
        try await Self.withTwin(TwinScenario()) { port, book, _ in
            let base = URL(string: "http://127.0.0.1:\(port)/_mediagen/scenario")!
            func call(_ method: String, _ body: String? = nil) async throws -> (Int, JSONValue) {
                var request = URLRequest(url: base)
                request.httpMethod = method
                request.httpBody = body.map { Data($0.utf8) }
                let (data, response) = try await URLSession.shared.data(for: request)
                return ((response as! HTTPURLResponse).statusCode, try JSONValue(parsing: data))
            }
            let (putStatus, put) = try await call("PUT", "rules:\n  - {service: translate, throttle: true}\n")
            #expect(putStatus == 200 && put["rules"] == 1)
            #expect(await book.scenario.rules.count == 1)
            let translate = try TranslateClient(TwinTests.configuration(port: port))
            _ = try? await translate.translateText(TranslateTextInput(text: "Hi", sourceLanguageCode: "en", targetLanguageCode: "de"))
            let (_, shown) = try await call("GET")
            #expect(shown["applied"]?.arrayValue?.first?["operation"] == "TranslateText")
            let (badStatus, bad) = try await call("PUT", "rules: [{service: translate}]")
            #expect(badStatus == 400)
            #expect(bad["error"]?["message"]?.stringValue?.hasPrefix("rules[0] needs one action") == true)
            let (_, cleared) = try await call("DELETE")
            #expect(cleared["rules"] == 0)
            #expect(try await translate.translateText(TranslateTextInput(text: "Hi", sourceLanguageCode: "en", targetLanguageCode: "de")).translatedText.isEmpty == false)
        }
    }
}

/// boto3 against the twin's Translate and Transcribe: botocore parses every answer and error.
@Suite("Local twin: boto3 sweep of Translate and Transcribe", .serialized, .motoServer)
struct TwinSpeechTextSweepTests {
    @Test("boto3 calls every Translate and Transcribe operation the twin serves and parses each answer")
    func sweep() async throws {
        try await TwinScenarioTests.withTwin(TwinScenario()) { port, _, _ in
            let moto = try #require(MotoServer.current).connection
            let output = try await TwinSweep.run(port: port, accessKey: moto.accessKeyId, secret: moto.secretAccessKey, only: ["translate", "transcribe"])
            #expect(output.contains("ok translate"))
            #expect(output.contains("ok transcribe"))
        }
    }
}
