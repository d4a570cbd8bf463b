// bench/captions: a 2-hour synthetic transcript (about 20,000 words, four speakers) to SRT and WebVTT for
// the source language and five target languages. Translation is excluded: the pseudo-translated texts are
// made before the clock starts. Prints the median over several runs and the validator's findings.
// `captions-bench <dir>` also writes the transcript (JSON words) and the files, for bench/captions/compare.py.
import CaptionsSynthetic
import Foundation
import MediaKit

let targets = ["es", "de", "ru", "ar", "zh"]
let words = SyntheticTranscript.english()
let sourceRules = CaptionRules(language: .english)
let source = CaptionSegmenter(rules: sourceRules).segment(words)
let translations = targets.map { PseudoTranslation.translate(source.cues, to: $0) }
let spokenWords = words.filter { !$0.isPunctuation }.count
let media = Double(words.map(\.end).max() ?? 0) / 1000

/// One full job: segment, re-time each translation, and write SRT + WebVTT for all six languages.
func job() -> [String: String] {
    var files: [String: String] = [:]
    let cues = CaptionSegmenter(rules: sourceRules).segment(words).cues
    files["en.srt"] = SRTFormat.serialize(cues)
    files["en.vtt"] = WebVTTFormat.serialize(cues)
    for (language, texts) in zip(targets, translations) {
        let translated = CaptionTranslator(rules: CaptionRules(language: .forCode(language))).apply(texts, to: cues)
        files["\(language).srt"] = SRTFormat.serialize(translated.cues)
        files["\(language).vtt"] = WebVTTFormat.serialize(translated.cues)
    }
    return files
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// This thread's CPU time in milliseconds (a loaded shared machine stretches wall time, not CPU time).
func cpuMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
}

struct Timing {
    var wall: [Double] = [], cpu: [Double] = []
    func describe() -> String {
        let wall = self.wall.sorted(), cpu = self.cpu.sorted()
        return String(format: "median %.1f ms wall (min %.1f, max %.1f), %.1f ms CPU (min %.1f)",
                      wall[wall.count / 2], wall.first!, wall.last!, cpu[cpu.count / 2], cpu.first!)
    }
}

func measure(_ runs: Int, _ body: () -> Void) -> Timing {
    var timing = Timing()
    for _ in 0..<runs {
        let started = ContinuousClock.now, cpuStarted = cpuMilliseconds()
        body()
        timing.cpu.append(cpuMilliseconds() - cpuStarted)
        timing.wall.append(seconds(ContinuousClock.now - started) * 1000)
    }
    return timing
}

let runs = Int(ProcessInfo.processInfo.environment["BENCH_RUNS"] ?? "") ?? 11
var files: [String: String] = [:]
_ = job()  // warm-up
let whole = measure(runs) { files = job() }
let segmentOnly = measure(runs) { _ = CaptionSegmenter(rules: sourceRules).segment(words) }
let sourceOnly = measure(runs) {
    let cues = CaptionSegmenter(rules: sourceRules).segment(words).cues
    _ = (SRTFormat.serialize(cues), WebVTTFormat.serialize(cues))
}
let bytes = files.values.reduce(0) { $0 + $1.utf8.count }

print(String(format: "input: %d words (%d items), %.0f s of media (%.2f h), %d source cues, %d hard-split words",
             spokenWords, words.count, media, media / 3600, source.cues.count, source.hardSplitWords.count))
print("full job (segment + 5 re-timed translations + 12 files, \(bytes) bytes), \(runs) runs: \(whole.describe())")
print("source language only (segment + SRT + WebVTT, en): \(sourceOnly.describe())")
print("segmentation alone (en): \(segmentOnly.describe())")
let sourceViolations = CaptionValidator(rules: sourceRules).validate(source.cues)
print("validator, en: \(sourceViolations.count) violations")
for violation in sourceViolations.prefix(10) { print("  \(violation)") }
for (language, texts) in zip(targets, translations) {
    let rules = CaptionRules(language: .forCode(language))
    let translated = CaptionTranslator(rules: rules).apply(texts, to: source.cues)
    let violations = CaptionValidator(rules: rules).validate(translated.cues)
    let counts = Dictionary(grouping: violations, by: \.rule.rawValue).mapValues(\.count).sorted { $0.key < $1.key }
    print("validator, \(language): \(violations.count) violations \(counts.map { "\($0.key)=\($0.value)" }.joined(separator: " ")); \(translated.issues.count) reported by the translator")
}

if CommandLine.arguments.count > 1 {
    let directory = URL(fileURLWithPath: CommandLine.arguments[1], isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
    let json = words.map { word -> [String: Any] in
        var item: [String: Any] = ["text": word.text, "punctuation": word.isPunctuation]
        if !word.isPunctuation { item["start"] = word.start; item["end"] = word.end; item["speaker"] = word.speaker ?? "" }
        return item
    }
    try JSONSerialization.data(withJSONObject: json).write(to: directory.appendingPathComponent("transcript.json"))
    print("wrote \(files.count) caption files and transcript.json to \(directory.path)")
}
