import MediaKit
import Testing

@Suite("Dubbing: fitting a line to its cue")
struct CueFitterTests {
    let rules = CueFitRules()

    @Test("the SSML escapes the text, sets the rate only when it is not 100 %, marks the end and pads with breaks of at most 10 s")
    func ssml() {
        #expect(CueFitter.ssml(text: "Tom & \"Jerry\" <3 'em", rate: 1, padding: 0)
            == "<speak>Tom &amp; &quot;Jerry&quot; &lt;3 &apos;em<mark name=\"end\"/></speak>")
        #expect(CueFitter.ssml(text: "Hola", rate: 1.25, padding: 0.4) == "<speak><prosody rate=\"125%\">Hola</prosody><mark name=\"end\"/><break time=\"400ms\"/></speak>")
        #expect(CueFitter.ssml(text: "x", rate: 1, padding: 23.5)
            == "<speak>x<mark name=\"end\"/><break time=\"10000ms\"/><break time=\"10000ms\"/><break time=\"3500ms\"/></speak>")
        #expect(CueFitter.ssml(text: "", rate: 1, padding: 0) == "<speak><mark name=\"end\"/></speak>")
    }

    @Test("the window runs to the next cue less the gap, never below the cue's own length up to that start; the last cue gets a second more")
    func window() {
        let cue = DubbingCue(index: 0, start: 1, end: 3, text: "a")
        #expect(abs(CueFitter.window(for: cue, next: DubbingCue(index: 1, start: 5, end: 6, text: "b"), rules: rules) - 3.92) < 1e-9)
        #expect(CueFitter.window(for: cue, next: DubbingCue(index: 1, start: 3.02, end: 6, text: "b"), rules: rules) == 2)
        #expect(abs(CueFitter.window(for: cue, next: DubbingCue(index: 1, start: 2.5, end: 6, text: "b"), rules: rules) - 1.5) < 1e-9)
        #expect(CueFitter.window(for: cue, next: nil, rules: rules) == 3)
    }

    @Test("a short line keeps its pace and is padded to the cue; a line that fits the gap keeps its pace unpadded")
    func fits() {
        let short = CueFitter.plan(natural: 1.5, target: 2, window: 3, rules: rules)
        #expect(short == CueFitPlan(rate: 1, expectedSpoken: 1.5, padding: 0.5, outcome: .fits))
        let intoGap = CueFitter.plan(natural: 2.6, target: 2, window: 3, rules: rules)
        #expect(intoGap == CueFitPlan(rate: 1, expectedSpoken: 2.6, padding: 0, outcome: .fits))
    }

    @Test("a long line is sped up to the cue's length, at most to the maximum rate; beyond that it overflows")
    func speeds() {
        let faster = CueFitter.plan(natural: 3, target: 2, window: 2.1, rules: rules)
        #expect(faster.rate == 1.5 && faster.outcome == .spedUp && abs(faster.expectedSpoken - 2) < 1e-9)
        let atMax = CueFitter.plan(natural: 3.2, target: 2, window: 2, rules: rules)
        #expect(abs(atMax.rate - 1.6) < 1e-9 && atMax.outcome == .spedUp)
        let over = CueFitter.plan(natural: 5, target: 2, window: 2.5, rules: rules)
        #expect(over.rate == 1.6 && over.outcome == .overflow)
    }

    @Test("after measuring, speech is padded to the cue's end but never past the window, and cut at the window's end when longer")
    func settles() {
        let plan = CueFitPlan(rate: 1.5, expectedSpoken: 2, padding: 0, outcome: .spedUp)
        let padded = CueFitter.settle(plan: plan, measured: 1.8, target: 2, window: 3, natural: 2.7, rules: rules)
        #expect(abs(padded.padding - 0.2) < 1e-9 && padded.trimmed == 0 && padded.outcome == .spedUp && abs(padded.clipDuration - 2) < 1e-9)
        let cut = CueFitter.settle(plan: CueFitPlan(rate: 1.6, expectedSpoken: 3, padding: 0, outcome: .overflow), measured: 3.1, target: 2, window: 2.5, rules: rules)
        #expect(cut.outcome == .overflow && abs(cut.trimmed - 0.6) < 1e-9 && abs(cut.clipDuration - 2.5) < 1e-9)
        let plain = CueFitter.settle(plan: CueFitPlan(rate: 1, expectedSpoken: 1, padding: 1, outcome: .fits), measured: 1.2, target: 2, window: 1.5, rules: rules)
        #expect(plain.outcome == .fits && abs(plain.padding - 0.3) < 1e-9 && abs(plain.clipDuration - 1.5) < 1e-9)
    }

    @Test("caption cues become lines to dub: lines joined, dialogue dashes dropped, times in seconds, the first speaker")
    func fromCaptions() {
        let cues = DubbingCue.from([CaptionCue(start: 1200, end: 3400, lines: ["- Are you coming?", "- Not yet."], speakers: ["spk_0", "spk_1"])])
        #expect(cues == [DubbingCue(index: 0, start: 1.2, end: 3.4, speaker: "spk_0", text: "Are you coming? Not yet.")])
    }
}
