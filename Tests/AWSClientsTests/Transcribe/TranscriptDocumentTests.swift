import Foundation
import Testing
import AWSClients

@Suite("Transcribe transcript document")
struct TranscriptDocumentTests {
    /// Shaped like the documented batch output with diarization, audio segments and language identification.
    static let document = #"""
    {"jobName":"my-first-transcription-job","accountId":"111122223333","status":"COMPLETED",
     "results":{
      "language_code":"en-GB",
      "language_identification":[{"score":"0.9883","code":"en-GB"},{"score":"0.0117","code":"de-DE"}],
      "transcripts":[{"transcript":"I've been on hold. Sorry."}],
      "speaker_labels":{"channel_label":"ch_0","speakers":2,"segments":[
        {"start_time":"4.87","speaker_label":"spk_0","end_time":"6.88","items":[
          {"start_time":"4.87","speaker_label":"spk_0","end_time":"5.02"},
          {"start_time":"5.02","speaker_label":"spk_0","end_time":"5.17"},
          {"start_time":"5.17","speaker_label":"spk_0","end_time":"5.29"}]},
        {"start_time":"8.49","speaker_label":"spk_1","end_time":"9.24","items":[
          {"start_time":"8.49","speaker_label":"spk_1","end_time":"9.24"}]}]},
      "items":[
        {"id":0,"start_time":"4.87","speaker_label":"spk_0","end_time":"5.02","alternatives":[{"confidence":"1.0","content":"I've"}],"type":"pronunciation"},
        {"id":1,"start_time":"5.02","speaker_label":"spk_0","end_time":"5.17","alternatives":[{"confidence":"0.998","content":"been"}],"type":"pronunciation"},
        {"id":2,"start_time":"5.17","speaker_label":"spk_0","end_time":"5.29","alternatives":[{"confidence":"0.9464","content":"on"}],"type":"pronunciation"},
        {"id":3,"start_time":"5.29","speaker_label":"spk_0","end_time":"5.64","alternatives":[{"confidence":"1.0","content":"hold"}],"type":"pronunciation"},
        {"id":4,"speaker_label":"spk_0","alternatives":[{"confidence":"0.0","content":"."}],"type":"punctuation"},
        {"id":5,"start_time":"8.49","speaker_label":"spk_1","end_time":"9.24","alternatives":[{"confidence":"0.9","content":"Sorry"}],"type":"pronunciation"},
        {"id":6,"speaker_label":"spk_1","alternatives":[{"confidence":"0.0","content":"."}],"type":"punctuation"}],
      "audio_segments":[
        {"id":0,"transcript":"I've been on hold.","start_time":"4.87","end_time":"5.64","speaker_label":"spk_0","items":[0,1,2,3,4]},
        {"id":1,"transcript":"Sorry.","start_time":"8.49","end_time":"9.24","speaker_label":"spk_1","items":[5,6]}]
     }}
    """#

    @Test("the documented transcript decodes with items, speakers, audio segments and identified languages")
    func decodes() throws {
        let transcript = try TranscriptDocument.decode(Data(Self.document.utf8))
        #expect(transcript.jobName == "my-first-transcription-job")
        #expect(transcript.accountId == "111122223333")
        #expect(transcript.status == "COMPLETED")
        #expect(transcript.text == "I've been on hold. Sorry.")
        #expect(transcript.results.items.count == 7)
        #expect(transcript.words.map(\.content) == ["I've", "been", "on", "hold", "Sorry"])
        #expect(transcript.speakers == ["spk_0", "spk_1"])
        #expect(transcript.results.speakerLabels?.speakers == 2)
        #expect(transcript.results.speakerLabels?.segments.first?.items?.count == 3)
        #expect(transcript.results.audioSegments?.map(\.items) == [[0, 1, 2, 3, 4], [5, 6]])
        #expect(transcript.results.languageCode == "en-GB")
        #expect(transcript.results.languageIdentification?.first?.value == 0.9883)
    }

    @Test("times and confidences read as Double seconds; punctuation has no time")
    func accessors() throws {
        let transcript = try TranscriptDocument.decode(Data(Self.document.utf8))
        let word = try #require(transcript.item(id: 2))
        #expect(word.start == 5.17)
        #expect(word.end == 5.29)
        #expect(word.confidence == 0.9464)
        #expect(word.speakerLabel == "spk_0")
        let stop = try #require(transcript.item(id: 4))
        #expect(stop.type == .punctuation)
        #expect(stop.start == nil && stop.end == nil)
        let segment = try #require(transcript.results.audioSegments?.last)
        #expect(segment.start == 8.49 && segment.end == 9.24)
        #expect(transcript.results.speakerLabels?.segments.last?.end == 9.24)
        #expect(transcript.results.speakerLabels?.segments.first?.items?.first?.start == 4.87)
    }

    @Test("a minimal transcript without speakers or segments decodes, and re-encodes to the same document")
    func minimalRoundTrip() throws {
        let minimal = #"{"jobName":"j","accountId":"1","status":"COMPLETED","results":{"transcripts":[{"transcript":"Hi."}],"items":[{"start_time":"0.1","end_time":"0.4","alternatives":[{"confidence":"0.99","content":"Hi"}],"type":"pronunciation"},{"alternatives":[{"confidence":"0.0","content":"."}],"type":"punctuation"}]}}"#
        let transcript = try TranscriptDocument.decode(Data(minimal.utf8))
        #expect(transcript.results.speakerLabels == nil)
        #expect(transcript.results.audioSegments == nil)
        #expect(transcript.words.first?.id == nil)
        let again = try TranscriptDocument.decode(try JSONEncoder().encode(transcript))
        #expect(again == transcript)
    }
}
