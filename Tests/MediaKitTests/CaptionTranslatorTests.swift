import MediaKit
import Testing

@Suite("Translated cues")
struct CaptionTranslatorTests {
    @Test("a translation keeps the cue's times and is re-wrapped for its language")
    func keepsTimes() {
        let cues = [CaptionCue(1000, 5000, "I have been waiting for you", "since early this morning.")]
        let german = CaptionTranslator(rules: CaptionRules(language: .german))
        let result = german.apply(["Ich habe seit heute früh am Morgen auf dich gewartet."], to: cues)
        #expect(result.cues[0].start == 1000 && result.cues[0].end == 5000)
        #expect(result.cues[0].lines.count == 2)
        #expect(result.cues[0].lines.joined(separator: " ") == "Ich habe seit heute früh am Morgen auf dich gewartet.")
        #expect(result.issues.isEmpty)
    }

    @Test("Russian wraps at 39 characters; Japanese at 13 full-width characters")
    func perLanguageWrap() {
        let russian = CaptionTranslator(rules: CaptionRules(language: .russian))
        let text = "Я и не сомневался, что ты со мной согласишься."
        let lines = russian.wrap(text)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.count <= 39 })
        #expect(lines[0] == "Я и не сомневался,")
        let japanese = CaptionTranslator(rules: CaptionRules(language: .japanese))
        let japaneseLines = japanese.wrap("明日の朝、駅の前で会いましょう。遅れないでね。")
        #expect(japaneseLines.count == 2)
        #expect(japaneseLines.allSatisfy { TextMetrics.length($0, counting: .fullWidth) <= 13 })
        #expect(!japaneseLines[1].hasPrefix("。") && !japaneseLines[1].hasPrefix("、"))
        // Numbers and Latin words inside CJK text are never split across lines.
        let chinese = CaptionTranslator(rules: CaptionRules(language: .chinese))
        let numberLines = chinese.wrap("他们在巴黎检查了250,000台相机和BBC的3.5个节目。")
        #expect(numberLines.count == 2)
        #expect(numberLines.contains { $0.contains("250,000") } && numberLines.contains { $0.contains("BBC") })
        #expect(numberLines.allSatisfy { TextMetrics.length($0, counting: .fullWidth) <= 16 })
    }

    @Test("a translation that reads too fast borrows time from the gaps to its neighbours")
    func borrowsGaps() {
        let cues = [CaptionCue(0, 1000, "Hi."), CaptionCue(3000, 4000, "Go now."), CaptionCue(7000, 8000, "Fine.")]
        let spanish = CaptionTranslator(rules: CaptionRules(language: .spanish))
        let long = "Tenemos que irnos ahora mismo, antes de que llegue."
        let result = spanish.apply(["Hola.", long, "Bien."], to: cues)
        let middle = result.cues[1]
        #expect(middle.duration >= 2942)  // 50 characters on two lines at 17 per second
        #expect(middle.start >= 1000 + 84 && middle.end <= 7000 - 84)
        #expect(result.issues.isEmpty)
        #expect(CaptionValidator(rules: CaptionRules(language: .spanish)).validate(result.cues).isEmpty)
    }

    @Test("with no gap left it takes the spare time of a neighbour that reads slowly")
    func borrowsFromNeighbour() {
        let cues = [CaptionCue(0, 1916, "Go!"), CaptionCue(2000, 3000, "Now."), CaptionCue(3084, 7000, "Wait.")]
        let spanish = CaptionTranslator(rules: CaptionRules(language: .spanish))
        let result = spanish.apply(["¡Vamos!", "Ahora mismo, sin esperar.", "Espera."], to: cues)  // 25 characters: 1471 ms
        #expect(result.cues[1].duration >= 1471)
        #expect(result.issues.isEmpty, "\(result.issues)")
        #expect(CaptionValidator(rules: CaptionRules(language: .spanish)).validate(result.cues).isEmpty)
    }

    @Test("what cannot fit is reported, not hidden")
    func reportsViolation() {
        let cues = [CaptionCue(0, 916, "Go."), CaptionCue(1000, 1900, "Now."), CaptionCue(1984, 2900, "Run.")]
        let german = CaptionTranslator(rules: CaptionRules(language: .german))
        let result = german.apply(["Los.", "Sofort, ohne auch nur eine Sekunde zu zögern, und zwar jetzt!", "Lauf."], to: cues)
        #expect(result.issues.map(\.kind).contains(.readingSpeed))
        #expect(result.issues.first { $0.kind == .readingSpeed }?.cueIndex == 1)
        // It still took what the neighbours could spare, keeping their minimum duration and the frame gaps.
        #expect(result.cues[1].duration > 900)
        let violations = CaptionValidator(rules: CaptionRules(language: .german)).validate(result.cues)
        #expect(violations.map(\.rule) == [.readingSpeed])
        #expect(violations.first?.cueIndex == 1)
    }

    @Test("a translation too long for two lines becomes two cues within the source cue's time")
    func splitsLongTranslation() {
        let cues = [CaptionCue(1000, 7000, "I never thought we would see each other", "again after all these years."),
                    CaptionCue(8000, 9000, "Me neither.")]
        let spanish = CaptionTranslator(rules: CaptionRules(language: .spanish))
        let text = "Nunca pensé que volveríamos a vernos, después de todos estos años tan largos y tan difíciles para los dos."
        let result = spanish.apply([text, "Yo tampoco."], to: cues)
        #expect(result.cues.count == 3)
        // The halves share the source cue's time (each then borrows a little from the silence around it).
        #expect(result.cues[0].start <= 1000 && result.cues[1].end >= 7000 && result.cues[1].end < 8000)
        #expect(result.cues[1].start - result.cues[0].end == 84)
        #expect(result.cues[0].lines.last?.hasSuffix("vernos,") == true)
        #expect(result.cues.prefix(2).flatMap(\.lines).joined(separator: " ") == text)
        #expect(result.issues.isEmpty, "\(result.issues)")
        #expect(CaptionValidator(rules: CaptionRules(language: .spanish)).validate(result.cues).isEmpty)
    }

    @Test("a missing translation and one too long even for two cues are reported")
    func lineIssues() {
        let cues = [CaptionCue(0, 1700, "Something."), CaptionCue(8000, 9000, "Else.")]
        let french = CaptionTranslator(rules: CaptionRules(language: .french))
        let result = french.apply([String(repeating: "beaucoup ", count: 12)], to: cues)
        #expect(result.issues.map(\.kind).contains(.lineCount))
        #expect(result.issues.contains { $0.kind == .emptyText && $0.cueIndex == 1 })
    }

    @Test("a two-speaker cue keeps one dialogue line per speaker")
    func dialogue() {
        var cue = CaptionCue(0, 3000, "-Coming?", "-In a minute.")
        cue.speakers = ["spk_0", "spk_1"]
        let result = CaptionTranslator(rules: CaptionRules(language: .french)).apply(["Tu viens ?\nDans une minute."], to: [cue])
        #expect(result.cues[0].lines == ["- Tu viens ?", "- Dans une minute."])
    }
}
