import MediaKit
import Testing

@Suite("Two-line breaks")
struct LineBreakerTests {
    let breaker = LineBreaker(rules: CaptionRules())

    func lines(_ text: String) -> [String] { breaker.lines(for: text.split(separator: " ").map(String.init)) }

    @Test("the break comes after punctuation when there is one")
    func afterPunctuation() {
        #expect(lines("Listen to me, you have to leave this town tonight.") == ["Listen to me,", "you have to leave this town tonight."])
    }

    @Test("balanced lines, the bottom one the longer (a pyramid)")
    func pyramid() {
        // Before the preposition, top line the shorter; not after "beach", which would be top-heavy.
        #expect(lines("She walked slowly along the quiet beach collecting shells") == ["She walked slowly", "along the quiet beach collecting shells"])
        let balanced = lines("My brother never answers his phone when I call him late")
        #expect(balanced.count == 2)
        #expect(balanced[0].count <= balanced[1].count)
        #expect(balanced[1].count - balanced[0].count <= 12)
    }

    @Test("never splits a protected pair", arguments: [
        ("We finally found the treasure that everybody was looking for", "the", "treasure"),
        ("Tomorrow morning Anna Berg will present the results of the study", "Anna", "Berg"),
        ("After all these years of waiting patiently they finally arrived", "they", "finally"),
        ("Nobody in this building could have guessed what was about to happen", "could", "have"),
        ("The engineers reported that the beautiful bridge collapsed overnight", "beautiful", "bridge"),
        ("The whole family travelled together to the mountains in winter", "to", "the"),
    ])
    func protectedPairs(text: String, left: String, right: String) {
        let result = lines(text)
        #expect(result.count == 2)
        let last = result[0].split(separator: " ").last.map(String.init), first = result[1].split(separator: " ").first.map(String.init)
        #expect(!(last == left && first == right), "\(result)")
        #expect(EnglishBreakRules.protectedPair(Substring(result[0].split(separator: " ").last!), Substring(result[1].split(separator: " ").first!)) == nil)
    }

    @Test("the word lists recognise each protected pair")
    func wordLists() {
        #expect(EnglishBreakRules.protectedPair("the", "house") == "article+noun")
        #expect(EnglishBreakRules.protectedPair("old", "house") == "adjective+noun")
        #expect(EnglishBreakRules.protectedPair("Anna", "Berg") == "first+last name")
        #expect(EnglishBreakRules.protectedPair("they", "left") == "pronoun+verb")
        #expect(EnglishBreakRules.protectedPair("have", "been") == "auxiliary+verb")
        #expect(EnglishBreakRules.protectedPair("don't", "know") == "auxiliary+verb")
        #expect(EnglishBreakRules.protectedPair("with", "him") == "preposition+object")
        #expect(EnglishBreakRules.protectedPair("house,", "and") == nil)
        #expect(EnglishBreakRules.protectedPair("Paris.", "London") == nil)
        #expect(EnglishBreakRules.protectedPair("house", "and") == nil)
        #expect(EnglishBreakRules.goodBreakBefore("because"))
    }

    @Test("other languages break after punctuation, then by length")
    func punctuationFallback() {
        let french = LineBreaker(rules: CaptionRules(language: .french))
        let result = french.lines(for: "Je ne sais pas, mais nous devrions partir avant la tombée de la nuit".split(separator: " ").map(String.init))
        #expect(result == ["Je ne sais pas,", "mais nous devrions partir avant la tombée de la nuit"] || result.allSatisfy { $0.count <= 42 })
        #expect(result.allSatisfy { $0.count <= 42 })
        #expect(result.count == 2)
    }

    @Test("text too long for two lines is wrapped onto more lines, for the validator to report")
    func overflow() {
        let words = Array(repeating: "overflowing", count: 12)
        let result = breaker.lines(for: words)
        #expect(result.count > 2)
        #expect(result.allSatisfy { $0.count <= 42 })
    }
}
