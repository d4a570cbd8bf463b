import AWSClients
import AWSCore
import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// A request the twin answered although it should have refused it.
struct ExpectedRefusal: Error {
    let body: String
}

/// Polly served by the twin, through our PollyClient, with task outputs in S3 (moto) and audio decoded by
/// independent decoders (Tests/Support/media_probe.py).
@Suite("Local twin: Polly", .serialized, .motoServer)
struct TwinPollyTests {
    static let text = "Welcome to the festival. Tonight we open with a film about the sea, and the director is here!"

    static func withPolly(clock: TwinTestClock = TwinTestClock(), _ body: (PollyClient, S3Client, TwinPolly) async throws -> Void) async throws {
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0, accessKey: moto.accessKeyId, secret: moto.secretAccessKey)
        direct.endpoint = moto.endpoint
        let s3 = try S3Client(direct)
        let polly = TwinPolly(storage: S3TwinStorage(s3), scheduledFor: 1, processingFor: 2, now: { clock.now })
        let server = TwinServer(services: [polly], verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]),
                                forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        do { try await body(try PollyClient(TwinTests.configuration(port: running.port)), s3, polly) } catch {
            await running.stop()
            throw error
        }
        await running.stop()
    }

    /// Sends a SynthesizeSpeech body as is (our client refuses some of these before sending) and returns Polly's error.
    static func refusal(_ polly: PollyClient, _ body: JSON) async throws -> AWSServiceError {
        var builder = RestRequestBuilder(method: "POST", uriTemplate: "/v1/speech")
        try builder.setJSONBody(body)
        do {
            _ = try await polly.client.send(try builder.build())
        } catch let error as AWSServiceError {
            return error
        }
        throw ExpectedRefusal(body: "\(body)")
    }

    static func marks(_ polly: PollyClient, _ text: String, _ types: [SpeechMarkType], ssml: Bool = false, voice: String = "Joanna") async throws -> [SpeechMark] {
        try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: text, textType: ssml ? .ssml : nil, voiceId: voice, outputFormat: .json,
                                                               speechMarkTypes: types)).speechMarks()
    }

    @Test("SynthesizeSpeech mp3 is MPEG audio FFmpeg decodes, as long as the speech marks say, with Content-Type and billed characters")
    func mp3MatchesMarks() async throws {
        try await Self.withPolly { polly, _, _ in
            let audio = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: Self.text, voiceId: "Joanna", outputFormat: .mp3))
            #expect(audio.contentType == "audio/mpeg")
            #expect(audio.requestCharacters == Self.text.count)
            let probe = try await TwinMediaEncoderTests.probe(Array(audio.audioStream))
            #expect(probe["codec"]?.stringValue?.hasPrefix("mp3") == true)
            #expect(probe["sampleRate"] == .int(22050))
            let duration = try #require(probe["mutagenLength"]?.number)
            let marks = try await Self.marks(polly, Self.text, [.sentence, .word])
            let words = marks.filter { $0.type == .word }
            #expect(words.map(\.value).prefix(4) == ["Welcome", "to", "the", "festival"])
            #expect(words.count == 18)
            #expect(words.allSatisfy { $0.text(in: Self.text) == $0.value })
            #expect(words.map(\.time) == words.map(\.time).sorted())
            #expect(marks.filter { $0.type == .sentence }.map(\.value) == ["Welcome to the festival.", "Tonight we open with a film about the sea, and the director is here!"])
            // The audio ends a moment after the last word starts: 18 words at about 150 a minute.
            #expect(words.last!.seconds < duration && duration < words.last!.seconds + 1.2)
            #expect(duration > 5 && duration < 9)
            let again = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: Self.text, voiceId: "Joanna", outputFormat: .mp3))
            #expect(again.audioStream == audio.audioStream)
        }
    }

    @Test("pcm is 16-bit mono at the asked rate for the same duration; ogg_vorbis decodes as Vorbis at the neural default 24 kHz")
    func pcmAndOgg() async throws {
        try await Self.withPolly { polly, _, _ in
            let mp3 = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: Self.text, voiceId: "Matthew", engine: .neural, outputFormat: .mp3))
            let mp3Probe = try await TwinMediaEncoderTests.probe(Array(mp3.audioStream))
            let mp3Seconds = try #require(mp3Probe["mutagenLength"]?.number)
            let pcm = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: Self.text, voiceId: "Matthew", engine: .neural, outputFormat: .pcm, sampleRate: "8000"))
            #expect(pcm.contentType == "audio/pcm")
            #expect(pcm.audioStream.count % 2 == 0)
            #expect(abs(Double(pcm.audioStream.count) / 2 / 8000 - mp3Seconds) < 576.0 / 24000 + 0.001)
            let ogg = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: Self.text, voiceId: "Matthew", engine: .neural, outputFormat: .oggVorbis))
            #expect(ogg.contentType == "audio/ogg")
            let probe = try await TwinMediaEncoderTests.probe(Array(ogg.audioStream))
            #expect(probe["codec"] == "vorbis")
            #expect(probe["sampleRate"] == .int(24000))
            #expect(abs((probe["mutagenLength"]?.number ?? 0) - mp3Seconds) < 576.0 / 24000 + 0.001)
        }
    }

    @Test("ogg_opus decodes at 48 kHz, mulaw and alaw are 8-bit 8 kHz with Polly's content types, all as long as the timeline")
    func opusAndG711() async throws {
        try await Self.withPolly { polly, _, _ in
            let seconds = try PollySynthesis(["Text": .string(Self.text), "VoiceId": "Joanna", "OutputFormat": "mulaw"], task: false).timeline.duration
            let opus = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: Self.text, voiceId: "Joanna", outputFormat: .oggOpus))
            #expect(opus.contentType == "audio/ogg")
            let probe = try await TwinMediaEncoderTests.probe(Array(opus.audioStream))
            #expect(probe["codec"]?.stringValue?.contains("opus") == true)
            #expect(abs((probe["mutagenLength"]?.number ?? 0) - seconds) < 0.001)
            for (format, type, silence) in [(PollyOutputFormat.mulaw, "audio/mulaw", UInt8(0xFF)), (.alaw, "audio/alaw", 0xD5)] {
                let audio = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: Self.text, voiceId: "Joanna", outputFormat: format))
                #expect(audio.contentType == type)
                #expect(audio.audioStream.count == Int((seconds * 8000).rounded(.up)))
                #expect(audio.audioStream.allSatisfy { $0 == silence })
            }
            let error = try await Self.refusal(polly, ["Text": "hi", "VoiceId": "Joanna", "OutputFormat": "ogg_opus", "SampleRate": "24000"])
            #expect(error.code == "InvalidSampleRateException")
        }
    }

    @Test("pcm carries espeak-ng's speech when it is installed (silence otherwise), at exactly the timeline's length")
    func espeakSpeech() async throws {
        try await Self.withPolly { polly, _, _ in
            let body: JSONValue = ["Text": .string(Self.text), "VoiceId": "Lucia", "OutputFormat": "pcm"]
            let seconds = try PollySynthesis(body, task: false).timeline.duration
            let pcm = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: Self.text, voiceId: "Lucia", outputFormat: .pcm))
            #expect(pcm.audioStream.count == 2 * Int((seconds * 16000).rounded(.up)))
            let samples = stride(from: 0, to: pcm.audioStream.count - 1, by: 2).map { Int16(bitPattern: UInt16(pcm.audioStream[$0]) | UInt16(pcm.audioStream[$0 + 1]) << 8) }
            let peak = samples.map { abs(Int($0)) }.max() ?? 0
            if EspeakSpeech.executable != nil {
                #expect(peak > 1000, "espeak-ng is installed: the pcm should be speech")
                // Paced to the timeline, the speech has ended before the audio does (nothing cut mid-word).
                #expect((samples.suffix(800).map { abs(Int($0)) }.max() ?? 0) < 300)
            } else {
                #expect(peak == 0)
            }
        }
    }

    @Test("SSML: prosody rate speeds words up, breaks add their time, marks carry byte offsets into the SSML, visemes follow words")
    func ssmlTiming() async throws {
        try await Self.withPolly { polly, _, _ in
            let plain = "<speak><s>The hero returns home tonight.</s></speak>"
            let fast = #"<speak><s><prosody rate="x-fast">The hero returns home tonight.</prosody></s><break time="1500ms"/><mark name="cue-2"/>Then &amp; now.</speak>"#
            let slowWords = try await Self.marks(polly, plain, [.word], ssml: true).filter { $0.type == .word }
            let fastMarks = try await Self.marks(polly, fast, [.word, .ssml, .viseme, .sentence], ssml: true)
            let fastWords = fastMarks.filter { $0.type == .word }
            #expect(fastWords.map(\.value) == ["The", "hero", "returns", "home", "tonight", "Then", "now"])
            #expect(fastWords[4].time < slowWords[4].time)
            #expect(fastWords.allSatisfy { $0.text(in: fast) == $0.value })
            let mark = try #require(fastMarks.first { $0.type == .ssml })
            #expect(mark.value == "cue-2")
            #expect(mark.text(in: fast) == #"<mark name="cue-2"/>"#)
            #expect(mark.time - fastWords[4].time >= 1500)
            let visemes = fastMarks.filter { $0.type == .viseme }
            #expect(visemes.contains { $0.value == "p" } && visemes.contains { $0.value == "sil" })
            #expect(visemes.allSatisfy { $0.start == nil })
            #expect(fastMarks.filter { $0.type == .sentence }.count == 2)
            let rate = try await Self.marks(polly, #"<speak><prosody rate="50%">The hero returns home tonight.</prosody></speak>"#, [.word], ssml: true)
            #expect(rate[4].time > slowWords[4].time)
        }
    }

    @Test("Japanese and Mandarin: words of two characters with UTF-8 byte offsets; a Han character takes longer than a letter")
    func cjk() async throws {
        try await Self.withPolly { polly, _, _ in
            let japanese = "今日は映画祭です。"
            let marks = try await Self.marks(polly, japanese, [.word, .sentence], voice: "Takumi")
            let words = marks.filter { $0.type == .word }
            #expect(words.map(\.value) == ["今日", "は映", "画祭", "です"])
            #expect(words.allSatisfy { $0.text(in: japanese) == $0.value })
            #expect(marks.first { $0.type == .sentence }?.text(in: japanese) == japanese)
            let chinese = try await Self.marks(polly, "电影节今晚开幕", [.word], voice: "Zhiyu")
            let english = try await Self.marks(polly, "filmfestival", [.word], voice: "Zhiyu")
            #expect(chinese.count == 4 && english.count == 1)
            let chineseAudio = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: "电影节今晚开幕", voiceId: "Zhiyu", outputFormat: .pcm))
            let englishAudio = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: "filmfestival", voiceId: "Zhiyu", outputFormat: .pcm))
            #expect(chineseAudio.audioStream.count > englishAudio.audioStream.count)
        }
    }

    @Test("Polly's errors: InvalidSsmlException, TextLengthExceededException, EngineNotSupportedException, an unknown voice, bad sample rate")
    func errors() async throws {
        try await Self.withPolly { polly, _, _ in
            for ssml in ["<speak><prosody>open</speak>", "<speak><blink>x</blink></speak>", "no root", #"<speak><break time="20s"/></speak>"#] {
                let error = try await Self.refusal(polly, ["Text": .string(ssml), "TextType": "ssml", "VoiceId": "Joanna", "OutputFormat": "mp3"])
                #expect(error.code == "InvalidSsmlException", "\(ssml)")
                #expect(error.statusCode == 400)
            }
            // 3,001 billed characters, though tags make the text longer: too long. 3,000 billed with tags: fine.
            let tooLong = try await Self.refusal(polly, ["Text": .string("<speak>" + String(repeating: "a", count: 3001) + "</speak>"), "TextType": "ssml", "VoiceId": "Joanna", "OutputFormat": "mp3"])
            #expect(tooLong.code == "TextLengthExceededException")
            let longest = try await polly.synthesizeSpeech(SynthesizeSpeechInput(text: "<speak>" + String(repeating: "a ", count: 1500) + "</speak>", textType: .ssml, voiceId: "Joanna", outputFormat: .mp3))
            #expect(longest.requestCharacters == 3000)
            let engine = try await Self.refusal(polly, ["Text": "hi", "VoiceId": "Kazuha", "OutputFormat": "mp3"])
            #expect(engine.code == "EngineNotSupportedException")
            let voice = try await Self.refusal(polly, ["Text": "hi", "VoiceId": "Nobody", "OutputFormat": "mp3"])
            #expect(voice.code == "ValidationException")
            #expect(voice.message.contains("voiceId"))
            let rate = try await Self.refusal(polly, ["Text": "hi", "VoiceId": "Joanna", "OutputFormat": "pcm", "SampleRate": "22050"])
            #expect(rate.code == "InvalidSampleRateException")
            let marks = try await Self.refusal(polly, ["Text": "hi", "VoiceId": "Joanna", "OutputFormat": "mp3", "SpeechMarkTypes": ["word"]])
            #expect(marks.code == "MarksNotSupportedForFormatException")
        }
    }

    @Test("DescribeVoices lists real voices per language and filters by engine, language and additional languages")
    func voices() async throws {
        try await Self.withPolly { polly, _, _ in
            let all = try await polly.describeVoices()
            for language in ["en-US", "en-GB", "es-ES", "es-US", "fr-FR", "de-DE", "it-IT", "pt-BR", "ja-JP", "ko-KR", "cmn-CN", "hi-IN", "ar-AE"] {
                #expect(all.contains { $0.languageCode == language }, "\(language)")
            }
            let lea = try #require(all.first { $0.id == "Lea" })
            #expect(lea.name == "Léa" && lea.gender == "Female" && lea.languageName == "French")
            let neural = try await polly.describeVoices(engine: .neural, languageCode: "ja-JP")
            #expect(Set(neural.compactMap(\.id)) == ["Takumi", "Kazuha", "Tomoko"])
            let hindiOnly = try await polly.describeVoices(languageCode: "hi-IN")
            let hindi = try await polly.describeVoices(languageCode: "hi-IN", includeAdditionalLanguageCodes: true)
            #expect(hindiOnly.compactMap(\.id) == ["Aditi"])
            #expect(Set(hindi.compactMap(\.id)) == ["Aditi", "Kajal"])
            #expect(hindi.first { $0.id == "Kajal" }?.additionalLanguageCodes == ["hi-IN"])
        }
    }

    @Test("a synthesis task goes scheduled → inProgress → completed on the clock and writes decodable audio to S3; an injected failure ends it failed")
    func tasks() async throws {
        let clock = TwinTestClock()
        try await Self.withPolly(clock: clock) { polly, s3, service in
            let bucket = "twin-polly-\(UUID().uuidString.prefix(6).lowercased())"
            _ = try await s3.client.s3("PUT", bucket: bucket)
            let input = StartSpeechSynthesisTaskInput(text: Self.text, voiceId: "Lucia", outputFormat: .mp3, outputS3BucketName: bucket, outputS3KeyPrefix: "dub/es/")
            let started = try await polly.startSpeechSynthesisTask(input)
            let id = try #require(started.taskId)
            #expect(started.taskStatus == .scheduled)
            #expect(started.outputUri == "https://s3.us-east-1.amazonaws.com/\(bucket)/dub/es/\(id).mp3")
            #expect(try await polly.getSpeechSynthesisTask(taskId: id).taskStatus == .scheduled)
            clock.advance(1.5)
            #expect(try await polly.getSpeechSynthesisTask(taskId: id).taskStatus == .inProgress)
            clock.advance(2)
            let done = try await polly.getSpeechSynthesisTask(taskId: id)
            #expect(done.taskStatus == .completed)
            #expect(done.requestCharacters == Self.text.count)
            let object = try await s3.getObject(bucket: bucket, key: "dub/es/\(id).mp3").body
            let objectProbe = try await TwinMediaEncoderTests.probe(Array(object))
            #expect(objectProbe["codec"]?.stringValue?.hasPrefix("mp3") == true)

            var request = TwinRequest(method: "POST", path: "/v1/synthesisTasks", query: "", headers: [],
                                      body: JSONValue.object(["Text": "hola", "VoiceId": "Lucia", "OutputFormat": "mp3", "OutputS3BucketName": .string(bucket)]).serializedData())
            request.injectedJobFailure = "Unable to synthesize: injected by the scenario"
            let answer = try JSONValue(parsing: await service.handle(request).body)
            let failingId = try #require(answer["SynthesisTask"]?["TaskId"]?.stringValue)
            clock.advance(5)
            let failed = try await polly.getSpeechSynthesisTask(taskId: failingId)
            #expect(failed.taskStatus == .failed)
            #expect(failed.taskStatusReason == "Unable to synthesize: injected by the scenario")
            let completed = try await polly.listSpeechSynthesisTasks(status: .completed)
            #expect(completed.synthesisTasks?.compactMap(\.taskId) == [id])
            let page = try await polly.listSpeechSynthesisTasks(maxResults: 1)
            #expect(page.synthesisTasks?.first?.taskId == failingId)
            let rest = try await polly.listSpeechSynthesisTasks(maxResults: 1, nextToken: page.nextToken)
            #expect(rest.synthesisTasks?.first?.taskId == id && rest.nextToken == nil)
            do {
                _ = try await polly.getSpeechSynthesisTask(taskId: "missing-task")
                Issue.record("expected SynthesisTaskNotFoundException")
            } catch let error as AWSServiceError {
                #expect(error.code == "SynthesisTaskNotFoundException")
            }
        }
    }

    @Test("a Polly request signed with the wrong secret gets InvalidSignatureException in Polly's restJson error shape")
    func wrongSecret() async throws {
        let moto = try #require(MotoServer.current).connection
        var direct = TwinTests.configuration(port: 0)
        direct.endpoint = moto.endpoint
        let server = TwinServer(services: [TwinPolly(storage: S3TwinStorage(try S3Client(direct)))],
                                verifier: TwinSignatureVerifier(secrets: [TwinTests.accessKey: TwinTests.secret]), forwarder: TwinForwarder(target: URL(string: moto.endpoint)!))
        let running = try await server.start()
        do {
            _ = try await PollyClient(TwinTests.configuration(port: running.port, secret: "wrong")).describeVoices()
            Issue.record("expected InvalidSignatureException")
        } catch let error as AWSServiceError {
            #expect(error.code == "InvalidSignatureException")
            #expect(error.statusCode == 403)
            #expect(!error.message.isEmpty)
        }
        await running.stop()
    }
}
