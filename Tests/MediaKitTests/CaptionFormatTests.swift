import MediaKit
import Testing

@Suite("SRT and WebVTT")
struct CaptionFormatTests {
    let cues = [
        CaptionCue(start: 1000, end: 3500, lines: ["Hello there.", "How are you?"]),
        CaptionCue(start: 3584, end: 5000, lines: ["Fish & chips <tonight>"]),
        CaptionCue(start: 3_725_042, end: 3_727_999, lines: ["-Over an hour in.", "-Indeed."]),
    ]

    @Test("timestamps: hh:mm:ss,ttt for SRT and hh:mm:ss.ttt for WebVTT, hours past 99")
    func timestamps() {
        #expect(CaptionTimestamp.format(3_725_042, fractionSeparator: ",") == "01:02:05,042")
        #expect(CaptionTimestamp.format(0, fractionSeparator: ".") == "00:00:00.000")
        #expect(CaptionTimestamp.format(360_000_000, fractionSeparator: ".") == "100:00:00.000")
        #expect(CaptionTimestamp.parse("01:02:05,042", fractionSeparators: [","], hoursRequired: true) == 3_725_042)
        #expect(CaptionTimestamp.parse("02:05.042", fractionSeparators: ["."], hoursRequired: false) == 125_042)
        #expect(CaptionTimestamp.parse("02:05.042", fractionSeparators: ["."], hoursRequired: true) == nil)
        #expect(CaptionTimestamp.parse("00:61:00.000", fractionSeparators: ["."], hoursRequired: false) == nil)
        #expect(CaptionTimestamp.parse("00:01:00.00", fractionSeparators: ["."], hoursRequired: false) == nil)
    }

    @Test("SRT is written with index lines and comma timestamps")
    func srtWriter() {
        let text = SRTFormat.serialize(Array(cues.prefix(1)))
        #expect(text == "1\n00:00:01,000 --> 00:00:03,500\nHello there.\nHow are you?\n\n")
    }

    @Test("SRT round-trips, with CRLF line ends too")
    func srtRoundTrip() throws {
        #expect(try SRTFormat.parse(SRTFormat.serialize(cues)).map(\.lines) == cues.map(\.lines))
        let crlf = SRTFormat.serialize(cues, lineEnding: "\r\n")
        let parsed = try SRTFormat.parse(crlf)
        #expect(parsed.map(\.start) == cues.map(\.start))
        #expect(parsed.map(\.end) == cues.map(\.end))
        #expect(parsed.map(\.lines) == cues.map(\.lines))
    }

    @Test("SRT parser tolerates a byte order mark, a missing index and extra blank lines")
    func srtTolerance() throws {
        let text = "\u{FEFF}1\r\n00:00:01,000 --> 00:00:02,000\r\nOne\r\n\r\n\r\n00:00:03,000 --> 00:00:04,000 X1:10 X2:20\r\nTwo\r\n"
        let parsed = try SRTFormat.parse(text)
        #expect(parsed.map(\.lines) == [["One"], ["Two"]])
        #expect(parsed.map(\.start) == [1000, 3000])
    }

    @Test("SRT parser reports a malformed timing line with its line number")
    func srtErrors() {
        #expect(throws: CaptionParseError.badTiming(line: 2)) { try SRTFormat.parse("1\n00:00:01 --> 00:00:02,000\nOops\n") }
        #expect(throws: CaptionParseError.missingTiming(line: 1)) { try SRTFormat.parse("1\nNo timing here\n") }
    }

    @Test("WebVTT is written with the header, hours always, and escaped text")
    func vttWriter() {
        let text = WebVTTFormat.serialize(cues)
        #expect(text.hasPrefix("WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nHello there.\nHow are you?\n\n"))
        #expect(text.contains("Fish &amp; chips &lt;tonight&gt;"))
        #expect(text.contains("01:02:05.042 --> 01:02:07.999\n"))
    }

    @Test("WebVTT round-trips text, times, identifiers and settings")
    func vttRoundTrip() throws {
        var withExtras = cues
        withExtras[0].identifier = "intro"
        withExtras[1].settings = WebVTTCueSettings(line: "0", position: "50%,center", size: "80%", align: "start")
        let parsed = try WebVTTFormat.parse(WebVTTFormat.serialize(withExtras))
        #expect(parsed == withExtras)
    }

    @Test("WebVTT parser skips NOTE, STYLE and REGION blocks and reads short timestamps")
    func vttBlocks() throws {
        let text = """
            WEBVTT - a title
            Kind: captions

            STYLE
            ::cue { color: yellow }

            REGION
            id:fred width:40%

            NOTE this is a comment
            spanning two lines

            1
            00:01.000 --> 00:02.500 line:-1 align:right bogus:3 position:150%
            First

            NOTE
            another comment

            00:00:03.000 --> 00:00:04.000
            Second &amp; last
            """
        let parsed = try WebVTTFormat.parse(text)
        #expect(parsed.count == 2)
        #expect(parsed[0].identifier == "1")
        #expect(parsed[0].start == 1000 && parsed[0].end == 2500)
        #expect(parsed[0].settings == WebVTTCueSettings(line: "-1", align: "right"))
        #expect(parsed[1].lines == ["Second & last"])
    }

    @Test("WebVTT parser requires the header and drops cues with malformed timings")
    func vttErrors() throws {
        #expect(throws: CaptionParseError.missingHeader(line: 1)) { try WebVTTFormat.parse("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi\n") }
        let parsed = try WebVTTFormat.parse("WEBVTT\n\n00:01.000 -> 00:02.000\nBad\n\n00:03.000 --> 00:04.000\nGood\n")
        #expect(parsed.map(\.lines) == [["Good"]])
    }

    @Test("placement overrides become WebVTT cue settings")
    func placement() {
        #expect(CaptionPlacement().settings.isEmpty)
        #expect(CaptionPlacement(region: .top).settings == WebVTTCueSettings(line: "0"))
        let custom = CaptionPlacement(alignment: .left, linePercent: 85, positionPercent: 12.5, sizePercent: 60)
        #expect(custom.settings.serialized == "line:85% position:12.5% size:60% align:left")
        let placed = custom.apply(to: cues)
        #expect(WebVTTFormat.serialize(placed).contains("00:00:01.000 --> 00:00:03.500 line:85% position:12.5% size:60% align:left\n"))
    }
}
