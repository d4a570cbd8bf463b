import Testing
@testable import StatesLanguage

/// A generator that replays fixed words, so that randomness is exact in tests.
struct ReplayGenerator: RandomNumberGenerator {
    var words: [UInt64]
    var index = 0
    mutating func next() -> UInt64 {
        defer { index += 1 }
        return words[index % words.count]
    }
}

@Suite("Intrinsic functions: randomness")
struct IntrinsicRandomnessTests {
    @Test("States.MathRandom with a seed gives the same number every time, and different seeds differ")
    func seeded() throws {
        let fixture = IntrinsicFixture([:])
        let first = try fixture.evaluate("States.MathRandom(1, 1000000, 42)")
        for _ in 0..<20 {
            #expect(try fixture.evaluate("States.MathRandom(1, 1000000, 42)") == first)
        }
        var others = Set<JSONValue>()
        for seed in 0..<20 {
            others.insert(try fixture.evaluate("States.MathRandom(1, 1000000, \(seed))"))
        }
        #expect(others.count > 15)
        guard case .int(let value) = first else {
            Issue.record("not an integer: \(first)")
            return
        }
        #expect((1..<1_000_000).contains(value))
    }

    @Test("the seeded generator is java.util.Random's: new Random(42).nextInt() is -1170105035")
    func javaRandom() {
        var random = JavaRandom(seed: 42)
        #expect(random.nextInt() == -1_170_105_035)
    }

    @Test("States.UUID takes its bits from the injected generator and marks version 4, variant 1")
    func injectedUUID() throws {
        let call = try IntrinsicFunction(parsing: "States.UUID()")
        var zeros = ReplayGenerator(words: [0])
        #expect(try call.evaluate(path: { _ throws(StatesError) in .null }, using: &zeros) == "00000000-0000-4000-8000-000000000000")
        var ones = ReplayGenerator(words: [.max])
        #expect(try call.evaluate(path: { _ throws(StatesError) in .null }, using: &ones) == "ffffffff-ffff-4fff-bfff-ffffffffffff")
    }

    @Test("States.MathRandom without a seed draws from the injected generator")
    func injectedRandom() throws {
        let call = try IntrinsicFunction(parsing: "States.MathRandom(10, 20)")
        var middle = ReplayGenerator(words: [0x8000_0000_0000_0001])
        #expect(try call.evaluate(path: { _ throws(StatesError) in .null }, using: &middle) == 15)
        var high = ReplayGenerator(words: [.max])
        #expect(try call.evaluate(path: { _ throws(StatesError) in .null }, using: &high) == 19)
    }

    @Test("a parsed call evaluates many times against different inputs")
    func parseOnceEvaluateMany() throws {
        let call = try IntrinsicFunction(parsing: "States.Format('{}-{}', $.a, States.MathAdd($.b, 1))")
        var generator = SystemRandomNumberGenerator()
        for index in 0..<100 {
            let fixture = IntrinsicFixture(["a": .string("x\(index)"), "b": .int(index)])
            #expect(try call.evaluate(path: fixture.resolve, using: &generator) == .string("x\(index)-\(index + 1)"))
        }
    }
}
