import MediaKit
import Testing

@Suite("Caption segmentation")
struct CaptionSegmenterTests {
    let segmenter = CaptionSegmenter()
    let validator = CaptionValidator()

    @Test("no words make no cues")
    func emptyInput() {
        #expect(segmenter.segment([]).cues.isEmpty)
        #expect(segmenter.segment([.punctuation("."), TranscriptWord(text: "  ", start: 0, end: 10)]).cues.isEmpty)
    }

    @Test("punctuation items attach to the word before them")
    func punctuationAttaches() {
        var script = WordScript()
        script.say("Hello, world. How are you?")
        let cues = segmenter.segment(script.words).cues
        #expect(cues.flatMap(\.lines).joined(separator: " ") == "Hello, world. How are you?")
    }

    @Test("a long sentence is cut into cues of at most two lines of 42 characters")
    func lineLimits() {
        var script = WordScript()
        script.say("The committee has finally decided that the new bridge across the northern river will be built next spring, "
                   + "although several residents of the small village near the old harbour strongly opposed the plan for many years.")
        let cues = segmenter.segment(script.words).cues
        #expect(cues.count >= 2)
        for cue in cues {
            #expect(cue.lines.count <= 2)
            #expect(cue.lines.allSatisfy { $0.count <= 42 })
        }
        #expect(validator.validate(cues).isEmpty, "\(validator.validate(cues))")
    }

    @Test("text that fits one line stays on one line")
    func oneLine() {
        var script = WordScript()
        script.say("I will call you tomorrow morning.")
        let cues = segmenter.segment(script.words).cues
        #expect(cues.map(\.lines) == [["I will call you tomorrow morning."]])
    }

    @Test("cues end at sentence ends rather than mid-sentence")
    func sentenceBreaks() {
        var script = WordScript()
        script.say("We should leave before the storm arrives tonight. The roads will be closed by midnight anyway.")
        let cues = segmenter.segment(script.words).cues
        #expect(cues.count == 2)
        #expect(cues.first?.lines.last?.hasSuffix("tonight.") == true)
    }

    @Test("a long pause always ends a cue, and the threshold is configurable")
    func longPause() {
        var script = WordScript()
        script.say("Wait for it.")
        script.pause(1600)
        script.say("Now.")
        #expect(segmenter.segment(script.words).cues.count == 2)
        let patient = CaptionSegmenter(rules: CaptionRules(pauseThreshold: 5000))
        var joined = WordScript()
        joined.say("Wait for it,")
        joined.pause(900)
        joined.say("now.")
        #expect(patient.segment(joined.words).cues.count == 1)
    }

    @Test("a short cue is extended to 833 ms into the following silence")
    func minimumDuration() {
        var script = WordScript()
        script.say("Yes.")
        script.pause(2000)
        script.say("Then we go.")
        let cues = segmenter.segment(script.words).cues
        #expect(cues[0].duration >= 833)
        #expect(validator.validate(cues).isEmpty, "\(validator.validate(cues))")
    }

    @Test("reading speed: a fast line stays up long enough for 20 characters per second when the gap allows")
    func readingSpeed() {
        var script = WordScript()
        script.say("Unbelievable, extraordinary, magnificent!", wordMs: 100, perLetter: 10, gapMs: 10)
        script.pause(3000)
        script.say("Indeed.")
        let cues = segmenter.segment(script.words).cues
        let first = cues[0]
        #expect(Double(first.lines.joined().count) * 1000 / Double(first.duration) <= 20)
        let children = CaptionSegmenter(rules: CaptionRules(audience: .children)).segment(script.words).cues
        #expect(Double(children[0].lines.joined().count) * 1000 / Double(children[0].duration) <= 17)
        #expect(children[0].duration > first.duration)
    }

    @Test("consecutive cues keep at least two frames apart at the content frame rate", arguments: [23.976, 24, 25, 29.97, 30])
    func frameGap(frameRate: Double) {
        var script = WordScript()
        for sentence in 0..<6 { script.say("This is sentence number \(sentence) of a steady speech.", gapMs: 20) }
        let rules = CaptionRules(frameRate: frameRate)
        let cues = CaptionSegmenter(rules: rules).segment(script.words).cues
        #expect(cues.count > 1)
        for (cue, next) in zip(cues, cues.dropFirst()) {
            #expect(Double(next.start - cue.end) >= 2 * 1000 / frameRate)
        }
        #expect(CaptionValidator(rules: rules).validate(cues).isEmpty)
    }

    @Test("no cue is longer than 7 seconds")
    func maximumDuration() {
        var script = WordScript()
        script.say("So", wordMs: 200)
        script.say("slowly", wordMs: 3000)
        script.say("spoken", wordMs: 3000)
        script.say("words.", wordMs: 3000)
        let cues = segmenter.segment(script.words).cues
        #expect(cues.allSatisfy { $0.duration <= 7000 })
        #expect(cues.count >= 2)
    }

    @Test("a speaker change ends the cue")
    func speakerChange() {
        var script = WordScript()
        script.say("I have been waiting here for more than an hour.", speaker: "spk_0")
        script.pause(300)
        script.say("The train was late again this morning.", speaker: "spk_1")
        let cues = segmenter.segment(script.words).cues
        #expect(cues.map(\.speakers) == [["spk_0"], ["spk_1"]])
    }

    @Test("a quick two-speaker exchange shares one cue with a dialogue dash per line")
    func dialogueDashes() throws {
        var script = WordScript()
        script.say("Coming?", speaker: "spk_0")
        script.pause(100)
        script.say("In a minute.", speaker: "spk_1")
        script.pause(2500)
        script.say("Good.", speaker: "spk_0")
        let cues = segmenter.segment(script.words).cues
        let first = try #require(cues.first)
        #expect(first.lines == ["-Coming?", "-In a minute."])
        #expect(first.speakers == ["spk_0", "spk_1"])
        #expect(validator.validate(cues).isEmpty, "\(validator.validate(cues))")
        // Without dialogue dashes each turn is a cue of its own.
        let separate = CaptionSegmenter(rules: CaptionRules(allowsDialogueDashes: false)).segment(script.words).cues
        #expect(separate.count == 3)
    }

    @Test("a word longer than a line is split with a hyphen and reported")
    func veryLongWord() {
        var script = WordScript()
        script.say("They visited Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch yesterday.", perLetter: 70)
        let result = segmenter.segment(script.words)
        #expect(result.hardSplitWords == ["Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"])
        let lines = result.cues.flatMap(\.lines)
        #expect(lines.allSatisfy { $0.count <= 42 })
        #expect(lines.contains { $0.hasSuffix("-") })
        #expect(lines.joined().replacingOccurrences(of: "-", with: "").contains("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"))
    }

    @Test("numbers are kept whole with their punctuation")
    func numbers() {
        var script = WordScript()
        script.say("It cost 1,250 dollars in 1999, about 3.5 times more.")
        let text = segmenter.segment(script.words).cues.flatMap(\.lines).joined(separator: " ")
        #expect(text == "It cost 1,250 dollars in 1999, about 3.5 times more.")
    }

    @Test("Chinese is joined without spaces and limited to 16 full-width characters per line")
    func chinese() {
        var script = WordScript()
        script.say("我们 今天 晚上 一起 去 看 电影 吧， 听说 这部 新 电影 非常 好看。 你 觉得 怎么样？", wordMs: 250, perLetter: 120)
        let rules = CaptionRules(language: .chinese)
        let cues = CaptionSegmenter(rules: rules).segment(script.words).cues
        #expect(cues.first?.lines.first?.hasPrefix("我们今天晚上") == true)
        for line in cues.flatMap(\.lines) { #expect(TextMetrics.length(line, counting: .fullWidth) <= 16) }
        #expect(CaptionValidator(rules: rules).validate(cues).isEmpty, "\(CaptionValidator(rules: rules).validate(cues))")
    }

    @Test("languages resolve from tags, with per-language line limits")
    func languageTable() {
        #expect(CaptionLanguage.forCode("en-US").maxCharactersPerLine == 42)
        #expect(CaptionLanguage.forCode("ru").maxCharactersPerLine == 39)
        #expect(CaptionLanguage.forCode("th-TH").maxCharactersPerLine == 35)
        #expect(CaptionLanguage.forCode("ja-JP").maxCharactersPerLine == 13)
        #expect(CaptionLanguage.forCode("zh_CN").counting == .fullWidth)
        #expect(CaptionLanguage.forCode("ko-KR").maxCharactersPerLine == 16)
        #expect(CaptionLanguage.forCode("nl").maxCharactersPerLine == 42)
        #expect(CaptionRules(language: .english).maxReadingSpeed == 20)
        #expect(CaptionRules(language: .english, audience: .children).maxReadingSpeed == 17)
        #expect(CaptionRules(frameRate: 24).minGap == 84)
        #expect(CaptionRules(frameRate: 25).minGap == 80)
        #expect(CaptionRules(frameRate: 29.97).minGap == 67)
    }

    @Test("half-width characters count half in CJK line lengths")
    func fullWidthCounting() {
        #expect(TextMetrics.length("電影", counting: .fullWidth) == 2)
        #expect(TextMetrics.length("BBC電影", counting: .fullWidth) == 3.5)
        #expect(TextMetrics.length("e\u{301}te\u{301}", counting: .graphemes) == 3)
        #expect(TextMetrics.length("привет", counting: .graphemes) == 6)
    }
}
