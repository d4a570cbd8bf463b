import ArgumentParser
import AWSClients
import AWSCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LocalHarness

/// `mediagen-local demo`: the Subtitle job end to end on local defaults — moto and the twin for AWS, a signed-in
/// caller, an upload through `POST /uploads`, `POST /subtitles`, `GET /jobs/{id}` until it finishes — printing the
/// job, its steps and where its outputs are.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the Subtitle job end to end on a sample, with no AWS account.")

    @Option(help: "The sample transcript the twin's Transcribe hears in the media.")
    var sample = "samples/subtitle/festival-intro.transcript.txt"

    @Option(help: "Target languages, comma separated.")
    var languages = "fr,de,es,ja"

    @OptionGroup var awsOptions: AWSOptions

    @OptionGroup var templateOptions: TemplateOptions

    func run() async throws {
        let transcript: String
        do {
            transcript = try String(contentsOfFile: sample, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read the sample \(sample): \(error.localizedDescription)")
        }
        let application = try templateOptions.application()
        let signingKey = try templateOptions.signingKey()
        let platform = try await LocalPlatform.start(
            application: application, locator: templateOptions.locator, signingKey: signingKey,
            options: LocalPlatform.Options(output: .standardError, sharedEnvironment: TemplateOptions.sharedEnvironment(),
                                           templateDirectory: URL(fileURLWithPath: templateOptions.template).deletingLastPathComponent(),
                                           aws: try awsOptions.options(host: "127.0.0.1")),
            log: { _ in })
        do {
            try await demo(platform, application: application, signingKey: signingKey, transcript: transcript)
        } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
    }

    private func demo(_ platform: LocalPlatform, application: LocalApplication, signingKey: LocalSigningKey, transcript: String) async throws {
        let token = try LocalPlatform.mintToken(application: application, signingKey: signingKey, request: TokenRequest(subject: "demo-user", username: "demo"))
        let api = DemoAPI(base: "http://127.0.0.1:\(platform.gatewayServer.port)", token: token)
        print("mediagen-local demo: the Subtitle use case on local AWS (moto + the twin at \(platform.aws?.endpoint ?? "?"))\n")

        let media = SilentWAV.make(seconds: SilentWAV.speakingSeconds(transcript))
        let upload = try await api.call("POST", "/uploads", ["fileName": "festival-intro.wav", "contentType": "audio/wav", "size": .int(media.count)])
        guard let key = upload["key"]?.stringValue, let url = upload["uploadUrl"]?.stringValue else { throw DemoFailure("POST /uploads answered \(upload.serialized())") }
        try await api.put(url, body: media, contentType: "audio/wav")
        try await api.put(try await api.sidecarURL(for: key, platform: platform), body: Data(transcript.utf8), contentType: "text/plain")
        print("1. POST /uploads → PUT \(media.count) bytes of audio to s3://…/\(key) (with the transcript the twin hears beside it)")

        let targets = languages.split(separator: ",").map { JSONValue.string($0.trimmingCharacters(in: .whitespaces)) }
        let started = try await api.call("POST", "/subtitles", ["source": .string(key), "sourceLanguage": "en-US", "targetLanguages": .array(targets), "formats": ["srt", "vtt"]])
        guard let jobId = started["jobId"]?.stringValue else { throw DemoFailure("POST /subtitles answered \(started.serialized())") }
        print("2. POST /subtitles → 202 {jobId: \(jobId)}")
        print("3. GET /jobs/\(jobId) until it finishes:")

        var shown: Set<String> = []
        var job: JSONValue = .null
        for _ in 0..<900 {
            job = try await api.call("GET", "/jobs/\(jobId)")
            for step in job["steps"]?.arrayValue ?? [] {
                let line = "   \(step["status"]?.stringValue ?? "?") \(step["name"]?.stringValue ?? "?")\(step["detail"]?.stringValue.map { " — \($0)" } ?? "")"
                if shown.insert(line).inserted { print(line) }
            }
            if job["status"] == "SUCCEEDED" || job["status"] == "FAILED" { break }
            try await Task.sleep(for: .milliseconds(250))
        }
        print("   job \(job["status"]?.stringValue ?? "?") (progress \(job["progress"].map { $0.serialized() } ?? "?")%)")
        guard job["status"] == "SUCCEEDED" else {
            throw DemoFailure("the job did not succeed: \(job["error"].map { $0.serialized() } ?? "no error recorded")")
        }
        print("4. Outputs (signed URLs, valid until \(job["outputsExpireAt"]?.stringValue ?? "?")):")
        for output in job["outputs"]?.arrayValue ?? [] {
            print("   \(output["name"]?.stringValue ?? "?")\t\(output["key"]?.stringValue ?? "?")")
        }
        for name in ["srt:en", "srt:\(targets.first?.stringValue ?? "fr")"] {
            guard let url = job["outputs"]?.arrayValue?.first(where: { $0["name"]?.stringValue == name })?["url"]?.stringValue else { continue }
            let text = try await api.get(url)
            print("\n--- \(name), first cues ---")
            print(text.components(separatedBy: "\n\n").prefix(3).joined(separator: "\n\n"))
        }
    }
}

struct DemoFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The demo's HTTP calls, as a web or mobile client makes them.
struct DemoAPI {
    let base: String
    let token: String

    func call(_ method: String, _ path: String, _ body: JSONValue? = nil) async throws -> JSONValue {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        if let body {
            request.httpBody = body.serializedData()
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else { throw DemoFailure("\(method) \(path) answered \(status): \(String(decoding: data, as: UTF8.self))") }
        return try JSONValue(parsing: data)
    }

    func put(_ url: String, body: Data, contentType: String) async throws {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "PUT"
        request.httpBody = body
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw DemoFailure("PUT \(url) failed: \(String(decoding: data, as: UTF8.self))") }
    }

    func get(_ url: String) async throws -> String {
        let (data, _) = try await URLSession.shared.data(from: URL(string: url)!)
        return String(decoding: data, as: UTF8.self)
    }

    /// A presigned PUT for the sidecar transcript beside `key` (the twin's stand-in for speech in the audio).
    func sidecarURL(for key: String, platform: LocalPlatform) async throws -> String {
        guard let aws = platform.aws, let bucket = aws.provisioned.first(where: { $0.logicalId == "UploadsBucket" })?.name else {
            throw DemoFailure("the uploads bucket was not created")
        }
        let s3 = try S3Client(aws.clientConfiguration())
        return try await s3.presignedPutURL(bucket: bucket, key: key + ".transcript.txt", expires: 300, contentType: "text/plain")
    }
}

/// A silent 16 kHz mono 16-bit PCM WAV file.
enum SilentWAV {
    static func make(seconds: Double) -> Data {
        let rate = 16_000, samples = Int(seconds * Double(rate)), bytes = samples * 2
        var data = Data("RIFF".utf8)
        func le32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { data.append(contentsOf: $0) } }
        func le16(_ value: Int) { withUnsafeBytes(of: UInt16(value).littleEndian) { data.append(contentsOf: $0) } }
        le32(36 + bytes)
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        le32(16); le16(1); le16(1); le32(rate); le32(rate * 2); le16(2); le16(16)
        data.append(contentsOf: Array("data".utf8))
        le32(bytes)
        data.append(Data(count: bytes))
        return data
    }

    /// About 2.6 words a second, as the twin's Transcribe times speech.
    static func speakingSeconds(_ transcript: String) -> Double {
        Double(transcript.split(whereSeparator: \.isWhitespace).count) / 2.6 + 1
    }
}
