import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Polly client")
struct PollyClientTests {
    @Test("SynthesizeSpeech returns the body as audio with Content-Type and x-amzn-RequestCharacters")
    func audioResponse() async throws {
        let audio = Data([0x49, 0x44, 0x33, 0x04, 0x00, 0xFF, 0xFB])
        let transport = FakeTransport([HTTPResponse(
            status: 200, headers: ["Content-Type": "audio/mpeg", "x-amzn-RequestCharacters": "12"], body: audio)])
        let output = try await PollyClient(FakeTransport.configuration(transport)).synthesizeSpeech(
            SynthesizeSpeechInput(text: "Hello world!", voiceId: "Joanna", engine: .neural, outputFormat: .mp3))
        #expect(output.audioStream == audio)
        #expect(output.contentType == "audio/mpeg")
        #expect(output.requestCharacters == 12)
        #expect(transport.requests.first?.url.hasSuffix("/v1/speech") == true)
    }

    @Test("speech marks come back as JSON lines and parse into typed marks")
    func speechMarks() async throws {
        let text = "<speak>Mary had <mark name=\"lamb\"/>a little lamb.</speak>"
        let lines = """
        {"time":0,"type":"sentence","start":7,"end":51,"value":"Mary had <mark name=\\"lamb\\"/>a little lamb."}
        {"time":6,"type":"word","start":7,"end":11,"value":"Mary"}
        {"time":6,"type":"viseme","value":"p"}
        {"time":373,"type":"ssml","start":16,"end":35,"value":"lamb"}

        """
        let transport = FakeTransport([HTTPResponse(
            status: 200, headers: ["Content-Type": "application/x-json-stream"], body: Data(lines.utf8))])
        let output = try await PollyClient(FakeTransport.configuration(transport)).synthesizeSpeech(SynthesizeSpeechInput(
            text: text, textType: .ssml, voiceId: "Joanna", outputFormat: .json, speechMarkTypes: [.sentence, .word, .viseme, .ssml]))
        let marks = try output.speechMarks()
        #expect(marks.count == 4)
        #expect(marks.map(\.type) == [.sentence, .word, .viseme, .ssml])
        #expect(marks[1] == SpeechMark(time: 6, type: .word, start: 7, end: 11, value: "Mary"))
        #expect(marks[1].text(in: text) == "Mary")
        #expect(marks[2].start == nil && marks[2].text(in: text) == nil)
        #expect(marks[3].seconds == 0.373)
        #expect(marks[3].value == "lamb")
    }

    @Test("billed characters leave SSML tags out and count an entity as one character")
    func billedCharacters() {
        #expect(PollyCharacterCount.billed("Hello <b>", textType: .text) == 9)
        #expect(PollyCharacterCount.billed("<speak>Hello <break time=\"1s\"/>world</speak>", textType: .ssml) == 11)
        #expect(PollyCharacterCount.billed("<speak>Tom &amp; Jerry&#233;</speak>", textType: .ssml) == 12)
        #expect(PollyCharacterCount.billed("<speak><prosody rate=\"a>b\">Hi</prosody><!-- note --></speak>", textType: .ssml) == 2)
        #expect(PollyCharacterCount.total("<speak>é</speak>") == 16)
    }

    @Test("text over 3,000 billed characters, over 6,000 in all, or empty is refused; SSML tags do not count")
    func synthesizeLimits() async throws {
        let transport = FakeTransport([HTTPResponse(status: 200, body: Data())])
        let client = try PollyClient(FakeTransport.configuration(transport))
        func synthesize(_ text: String, _ type: PollyTextType? = nil) async throws {
            _ = try await client.synthesizeSpeech(SynthesizeSpeechInput(text: text, textType: type, voiceId: "Joanna", outputFormat: .mp3))
        }
        await #expect(throws: ClientInputError.missingField) { try await synthesize("") }
        do {
            try await synthesize(String(repeating: "a", count: 3_001))
            Issue.record("3,001 billed characters were accepted")
        } catch let error as ClientInputError {
            #expect(error == .tooLarge)
            #expect(error.detail.contains("3001 billed characters") && error.detail.contains("3000"))
        }
        let tagged = "<speak>" + String(repeating: "<s>aaaaaaaaaa</s>", count: 300) + "</speak>"  // 5,115 in all, 3,000 billed
        try await synthesize(tagged, .ssml)
        #expect(transport.requests.count == 1)
        await #expect(throws: ClientInputError.tooLarge) { try await synthesize(tagged + "a", .ssml) }
        let bloated = "<speak>" + String(repeating: "<break/>", count: 800) + "hi</speak>"  // 6,417 in all, 2 billed
        await #expect(throws: ClientInputError.tooLarge) { try await synthesize(bloated, .ssml) }
        await #expect(throws: ClientInputError.invalidValue) {
            _ = try await client.synthesizeSpeech(SynthesizeSpeechInput(text: "hi", voiceId: "Joanna", outputFormat: .mp3, speechMarkTypes: [.word]))
        }
        await #expect(throws: ClientInputError.missingField) {
            _ = try await client.synthesizeSpeech(SynthesizeSpeechInput(text: "hi", voiceId: "", outputFormat: .mp3))
        }
        #expect(transport.requests.count == 1)
    }

    @Test("StartSpeechSynthesisTask accepts 100,000 billed characters and refuses 100,001 or an empty bucket")
    func taskLimits() async throws {
        let transport = FakeTransport(json: [#"{"SynthesisTask":{"TaskId":"t1","TaskStatus":"scheduled"}}"#], contentType: "application/json")
        let client = try PollyClient(FakeTransport.configuration(transport))
        func start(_ text: String, bucket: String = "media-out") async throws -> SpeechSynthesisTask {
            try await client.startSpeechSynthesisTask(StartSpeechSynthesisTaskInput(
                text: text, voiceId: "Joanna", engine: .longForm, outputFormat: .mp3, outputS3BucketName: bucket))
        }
        let task = try await start(String(repeating: "a", count: 100_000))
        #expect(task.taskId == "t1" && task.taskStatus == .scheduled)
        await #expect(throws: ClientInputError.tooLarge) { _ = try await start(String(repeating: "a", count: 100_001)) }
        await #expect(throws: ClientInputError.missingField) { _ = try await start("hi", bucket: "") }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.getSpeechSynthesisTask(taskId: "") }
        #expect(transport.requests.count == 1)
    }

    @Test("GetSpeechSynthesisTask decodes the documented task")
    func decodesTask() async throws {
        let body = #"{"SynthesisTask":{"Engine":"long-form","TaskId":"57548c6b-d21a-4885-962f-450952569dc7","TaskStatus":"completed","OutputUri":"https://s3.us-east-1.amazonaws.com/media-out/dubbing/57548c6b-d21a-4885-962f-450952569dc7.mp3","CreationTime":1712345678.123,"RequestCharacters":1523,"SnsTopicArn":"arn:aws:sns:us-east-1:123456789012:polly-done","LexiconNames":["brands"],"OutputFormat":"mp3","SampleRate":"24000","SpeechMarkTypes":[],"TextType":"text","VoiceId":"Joanna","LanguageCode":"en-US"}}"#
        let transport = FakeTransport(json: [body], contentType: "application/json")
        let task = try await PollyClient(FakeTransport.configuration(transport))
            .getSpeechSynthesisTask(taskId: "57548c6b-d21a-4885-962f-450952569dc7")
        #expect(task.taskStatus == .completed)
        #expect(task.engine == .longForm)
        #expect(task.outputUri?.hasSuffix(".mp3") == true)
        #expect(task.requestCharacters == 1523)
        #expect(task.creationTime == Date(timeIntervalSince1970: 1712345678.123))
        #expect(transport.requests.first?.method == "GET")
        #expect(transport.requests.first?.url.hasSuffix("/v1/synthesisTasks/57548c6b-d21a-4885-962f-450952569dc7") == true)
    }

    @Test("DescribeVoices follows NextToken across pages and decodes voices")
    func voicesPaging() async throws {
        let transport = FakeTransport(json: [
            #"{"Voices":[{"Gender":"Female","Id":"Joanna","LanguageCode":"en-US","LanguageName":"US English","Name":"Joanna","SupportedEngines":["neural","standard","generative","long-form"]}],"NextToken":"p2/+="}"#,
            #"{"Voices":[{"Gender":"Male","Id":"Mathieu","LanguageCode":"fr-FR","LanguageName":"French","Name":"Mathieu","AdditionalLanguageCodes":["fr-CA"],"SupportedEngines":["standard"]}]}"#,
        ], contentType: "application/json")
        let voices = try await PollyClient(FakeTransport.configuration(transport)).describeVoices(engine: .standard)
        #expect(voices.map(\.id) == ["Joanna", "Mathieu"])
        #expect(voices[0].supportedEngines?.contains(.longForm) == true)
        #expect(voices[1].additionalLanguageCodes == ["fr-CA"])
        #expect(transport.requests.count == 2)
        #expect(transport.requests[1].url.contains("NextToken=p2%2F%2B%3D"))
        #expect(transport.requests[1].url.contains("Engine=standard"))
    }

    @Test("a Polly error surfaces as AWSServiceError with the service's code")
    func serviceError() async throws {
        let transport = FakeTransport([FakeTransport.error(
            400, #"{"message":"Maximum text length has been exceeded"}"#, errorType: "TextLengthExceededException:http://internal.amazon.com/coral/com.amazonaws.tropical.service/")])
        let client = try PollyClient(FakeTransport.configuration(transport))
        let error = await #expect(throws: AWSServiceError.self) {
            _ = try await client.synthesizeSpeech(SynthesizeSpeechInput(text: "hi", voiceId: "Joanna", outputFormat: .mp3))
        }
        #expect(error?.code == "TextLengthExceededException")
        #expect(error?.message == "Maximum text length has been exceeded")
    }
}
