// Benchmark of the hand-written SigV4 signer, one thread (one core).
// Run with `make bench` (release build). Prints operations per second for:
//   - header signing of a typical JSON request (Transcribe StartTranscriptionJob, with a session token)
//   - presigning an S3 GET URL
import Foundation
import SigV4

let credentials = Credentials(
    accessKeyId: "ASIAEXAMPLEEXAMPLE12", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    sessionToken: "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJGMEQCIFakeTokenForBenchmarkOnlyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")
let body = Data(#"{"TranscriptionJobName":"job-7f3c1e2a-9d4b-4c6e-8a1f-2b3c4d5e6f70","LanguageCode":"en-US","MediaFormat":"mp4","Media":{"MediaFileUri":"s3://mediagen-uploads/users/42/videos/episode-01.mp4"},"OutputBucketName":"mediagen-outputs","OutputKey":"transcripts/job-7f3c1e2a.json","Settings":{"ShowSpeakerLabels":true,"MaxSpeakerLabels":4},"Subtitles":{"Formats":["vtt","srt"]}}"#.utf8)
let headers: [(name: String, value: String)] = [
    ("Content-Type", "application/x-amz-json-1.1"),
    ("X-Amz-Target", "Transcribe.StartTranscriptionJob"),
    ("Content-Length", String(body.count)),
    ("User-Agent", "mediagen/1.0"),
]
let transcribe = SigV4Signer(credentials: credentials, region: "us-east-1", service: "transcribe")
let s3 = SigV4Signer(credentials: credentials, region: "us-east-1", service: "s3", options: .s3)
let start = Date(timeIntervalSince1970: 1_767_225_600)

/// Runs `body` in rounds until `seconds` have passed; returns operations per second.
func measure(_ name: String, seconds: Double = Double(ProcessInfo.processInfo.environment["BENCH_SECONDS"] ?? "") ?? 3, _ body: (Int) throws -> Int) rethrows -> Double {
    var checksum = 0
    for i in 0..<2_000 { checksum &+= try body(i) }  // warm-up
    let clock = ContinuousClock()
    var operations = 0
    let began = clock.now
    var elapsed = Duration.zero
    while elapsed < .seconds(seconds) {
        for i in 0..<5_000 { checksum &+= try body(operations + i) }
        operations += 5_000
        elapsed = clock.now - began
    }
    let perSecond = Double(operations) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    print("\(name): \(Int(perSecond)) ops/s (\(operations) operations, checksum \(checksum & 0xFF))")
    return perSecond
}

let headerRate = try measure("header sign, Transcribe StartTranscriptionJob JSON") { i in
    let signed = try transcribe.sign(
        method: "POST", url: "https://transcribe.us-east-1.amazonaws.com/", headers: headers,
        payload: .data(body), date: start + Double(i & 1023))
    return signed.authorization.utf8.count
}
let presignRate = try measure("presign, S3 GET") { i in
    let url = try s3.presign(
        method: "GET", url: "https://mediagen-outputs.s3.us-east-1.amazonaws.com/renders/episode-01/poster%20final.png",
        payload: .unsigned, expires: 3600, date: start + Double(i & 1023))
    return url.url.utf8.count
}
print("target: 250000 header signs/s on one core -> \(headerRate >= 250_000 ? "met" : "NOT met")")
_ = presignRate
