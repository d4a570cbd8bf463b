import Foundation
import Testing
@testable import LocalHarness

/// The pieces of the OpenSearch twin's scoring that need no server: analyzers, the Porter stemmer,
/// Lucene's length encoding, dates and the hybrid normalisers.
@Suite("Local twin: OpenSearch analysis and scoring parts")
struct TwinOpenSearchAnalysisTests {
    @Test("the Porter stemmer gives the stems of Porter's own examples", arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("cats", "cat"), ("feed", "feed"), ("agreed", "agre"),
        ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"),
        ("sized", "size"), ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"),
        ("failing", "fail"), ("filing", "file"), ("happy", "happi"), ("sky", "sky"), ("relational", "relat"),
        ("conditional", "condit"), ("rational", "ration"), ("digitizer", "digit"), ("radicalli", "radic"),
        ("differentli", "differ"), ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"),
        ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"), ("callousness", "callous"),
        ("formaliti", "formal"), ("sensitiviti", "sensit"), ("sensibiliti", "sensibl"), ("triplicate", "triplic"),
        ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"), ("electrical", "electr"), ("hopeful", "hope"),
        ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"),
        ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"),
        ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"),
        ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"), ("homologous", "homolog"),
        ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"),
        ("controll", "control"), ("roll", "roll"), ("running", "run"), ("generalizations", "gener"), ("is", "is"),
    ])
    func porter(_ word: String, _ stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test("standard splits on non-word characters and lowercases; english also drops stop words and possessives, keeping positions")
    func analyzers() {
        #expect(TextAnalyzer.standard.analyze("The Director's cut: 4K, 3.5 stars!").map(\.term) == ["the", "director's", "cut", "4k", "3.5", "stars"])
        let english = TextAnalyzer.english.analyze("The Director's cuts of the films")
        #expect(english.map(\.term) == ["director", "cut", "film"])
        #expect(english.map(\.position) == [1, 2, 5])
        #expect(TextAnalyzer.keyword.analyze("Exact Value").map(\.term) == ["Exact Value"])
        #expect(TextAnalyzer.standard.analyze("東京 tower").map(\.term) == ["東", "京", "tower"])
    }

    @Test("field lengths go through Lucene's one-byte norm: exact below 24, then four significant bits")
    func lengths() {
        #expect((0..<24).map(BM25.decodedLength) == Array(0..<24))
        #expect(BM25.decodedLength(24) == 24)
        #expect(BM25.decodedLength(31) == 31)
        #expect(BM25.decodedLength(33) == 33)
        #expect(BM25.decodedLength(40) == 40)
        #expect(BM25.decodedLength(41) == 40)
        #expect(BM25.decodedLength(100) == 96)
        #expect(abs(BM25.idf(docCount: 4, docFreq: 2) - Float(log(2.0))) < 1e-7)
    }

    @Test("dates read as strict_date_optional_time or epoch millis and print back in UTC")
    func dates() {
        #expect(DateParsing.millis("1970-01-02") == 86_400_000)
        #expect(DateParsing.millis("2024-02-29T12:30:15.250Z") == 1_709_209_815_250)
        #expect(DateParsing.millis("2024-02-29T14:30:15.250+02:00") == 1_709_209_815_250)
        #expect(DateParsing.millis("1234") == 1234)
        #expect(DateParsing.millis("29/02/2024") == nil)
        #expect(DateParsing.format(1_709_209_815_250) == "2024-02-29T12:30:15.250Z")
    }

    @Test("min-max gives 0.001 to the lowest and 1 to a lone score; l2 divides by the norm; rrf is 1/(k + rank)")
    func normalisers() throws {
        let minMax = SearchPipeline.Processor.normalization(technique: "min_max", combination: "arithmetic_mean", weights: nil)
        #expect(HybridScores.normalize([4, 2, 1], minMax) == [1, 1.0 / 3, 0.001])
        #expect(HybridScores.normalize([7], minMax) == [1])
        let l2 = HybridScores.normalize([3, 4], .normalization(technique: "l2", combination: "arithmetic_mean", weights: nil))
        #expect(abs(l2[0] - 0.6) < 1e-6 && abs(l2[1] - 0.8) < 1e-6)
        #expect(HybridScores.normalize([9, 8], .rrf(rankConstant: 60, weights: nil)) == [1 / Float(61), 1 / Float(62)])
        let a = ScoredHit(index: 0, slot: 0), b = ScoredHit(index: 0, slot: 1)
        let harmonic = try HybridScores.combine([[(a, 4), (b, 2)], [(a, 1)]],
                                                processor: .normalization(technique: "min_max", combination: "harmonic_mean", weights: [0.5, 0.5]))
        #expect(harmonic[a] == 1)
        #expect(abs(harmonic[b]! - 0.001) < 1e-7)
    }
}
