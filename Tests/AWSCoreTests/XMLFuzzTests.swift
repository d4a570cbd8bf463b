import Foundation
import Testing

@testable import AWSCore

/// Random and truncated inputs: the reader must return or throw, never trap.
@Suite("XML reader robustness")
struct XMLFuzzTests {
    /// SplitMix64, seeded, so a failure replays.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let sample = Array("""
        <?xml version="1.0"?><ErrorResponse xmlns="urn:x"><Error a='1' b="&amp;&#x41;"><Type>Sender</Type>\
        <Code>Throttling</Code><Message><![CDATA[slow <down>]]> &lt;now&gt; &#128512;</Message></Error>\
        <!-- c --><RequestId>r-1</RequestId><Empty/></ErrorResponse>
        """.utf8)

    @discardableResult
    static func outcome(_ bytes: [UInt8]) -> Bool {
        (try? XMLReader.parse(Data(bytes))) != nil
    }

    @Test("every prefix of a valid document parses or throws")
    func truncations() {
        #expect(Self.outcome(Self.sample))
        // The root closes only at the last byte, so every shorter prefix must be refused.
        for length in 0..<Self.sample.count {
            #expect(!Self.outcome(Array(Self.sample[..<length])), "prefix of \(length) bytes")
        }
    }

    @Test("hundreds of random byte strings and XML-alphabet strings parse or throw")
    func randomBytes() {
        var generator = SeededGenerator(state: 0x5EED)
        let alphabet = Array("<>/=&;#x'\"![]-?CDATA abc:1\n\u{E9}".utf8)
        for round in 0..<600 {
            let length = Int.random(in: 0...120, using: &generator)
            let bytes: [UInt8] = (0..<length).map { _ in
                round.isMultiple(of: 2)
                    ? UInt8.random(in: 0...255, using: &generator)
                    : alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            Self.outcome(bytes)
        }
    }

    @Test("hundreds of mutations of a valid document parse or throw")
    func mutations() {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<600 {
            var bytes = Self.sample
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: index)
                default: bytes.insert(bytes[Int.random(in: 0..<bytes.count, using: &generator)], at: index)
                }
            }
            Self.outcome(bytes)
        }
    }
}
