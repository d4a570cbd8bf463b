import MediaKit
import Testing

@Suite("Style validator")
struct CaptionValidatorTests {
    let validator = CaptionValidator()

    func rules(_ cues: [CaptionCue]) -> [CaptionViolation.Rule] { validator.validate(cues).map(\.rule) }

    @Test("a cue within every rule passes")
    func clean() {
        #expect(validator.validate([CaptionCue(1000, 3000, "Hello there.", "How are you today?")]).isEmpty)
    }

    @Test("line length over 42 characters")
    func lineLength() {
        let violations = validator.validate([CaptionCue(0, 5000, String(repeating: "a", count: 43))])
        #expect(violations.map(\.rule) == [.lineLength])
        #expect(violations[0].cueIndex == 0)
        #expect(violations[0].detail.contains("43"))
    }

    @Test("more than two lines")
    func lineCount() {
        #expect(rules([CaptionCue(0, 5000, "One.", "Two.", "Three.")]) == [.lineCount])
    }

    @Test("reading speed over 20 characters per second (17 for children)")
    func readingSpeed() {
        let cue = CaptionCue(0, 1000, "Twenty-one characters")  // 21 characters in 1 s
        #expect(rules([cue]) == [.readingSpeed])
        let slower = CaptionCue(0, 1100, "Nineteen characters")  // 19 in 1.1 s: fine for adults, not children
        #expect(rules([slower]).isEmpty)
        #expect(CaptionValidator(rules: CaptionRules(audience: .children)).validate([slower]).map(\.rule) == [.readingSpeed])
    }

    @Test("shorter than 833 ms or longer than 7 s")
    func durations() {
        #expect(rules([CaptionCue(0, 832, "Hi.")]) == [.minDuration])
        #expect(rules([CaptionCue(0, 833, "Hi.")]).isEmpty)
        #expect(rules([CaptionCue(0, 7001, "A long time.")]) == [.maxDuration])
    }

    @Test("gap under two frames, and overlap")
    func gaps() {
        #expect(rules([CaptionCue(0, 1000, "One."), CaptionCue(1050, 2000, "Two.")]) == [.frameGap])
        #expect(rules([CaptionCue(0, 1000, "One."), CaptionCue(1084, 2000, "Two.")]).isEmpty)
        #expect(rules([CaptionCue(0, 1000, "One."), CaptionCue(900, 2000, "Two.")]) == [.overlap])
        let at30 = CaptionValidator(rules: CaptionRules(frameRate: 30))
        #expect(at30.validate([CaptionCue(0, 1000, "One."), CaptionCue(1067, 2000, "Two.")]).isEmpty)
    }

    @Test("two speakers without a dialogue dash on each line")
    func speakerChange() {
        var cue = CaptionCue(0, 3000, "Are you coming?", "In a minute.")
        cue.speakers = ["spk_0", "spk_1"]
        #expect(rules([cue]) == [.speakerChange])
        cue.lines = ["-Are you coming?", "-In a minute."]
        #expect(rules([cue]).isEmpty)
    }

    @Test("a line break inside a protected pair")
    func badLineBreak() {
        let violations = validator.validate([CaptionCue(0, 4000, "We finally found the", "treasure everybody wanted.")])
        #expect(violations.map(\.rule) == [.lineBreak])
        #expect(violations[0].detail.contains("article+noun"))
    }

    @Test("a break forced by line length is not a bad break, even inside a protected pair")
    func forcedBreak() {
        let word = "Llanfairpwllgwyngyllgogerychwyrndrobwllll-"  // a 42-character piece of a hard-split word
        #expect(rules([CaptionCue(0, 4000, "They visited the", word)]).isEmpty)
        #expect(rules([CaptionCue(0, 4000, "They visited the", "village")]) == [.lineBreak])
    }

    @Test("an empty cue")
    func empty() {
        #expect(rules([CaptionCue(start: 0, end: 1000, lines: [])]) == [.emptyCue])
        #expect(rules([CaptionCue(0, 1000, "  ")]) == [.emptyCue])
    }

    @Test("every violation of a cue is reported, with its index")
    func several() {
        let cues = [CaptionCue(0, 1000, "Fine."), CaptionCue(1020, 1500, String(repeating: "b", count: 50), "x", "y")]
        let violations = validator.validate(cues)
        #expect(Set(violations.map(\.rule)) == [.frameGap, .lineLength, .lineCount, .minDuration, .readingSpeed])
        #expect(violations.first { $0.rule == .frameGap }?.cueIndex == 0)
        #expect(violations.filter { $0.rule != .frameGap }.allSatisfy { $0.cueIndex == 1 })
    }
}
