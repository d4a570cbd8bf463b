extension IntrinsicFunction {
    /// `States.MathRandom(start, end[, seed])`: an integer from `start` (inclusive) to `end` (exclusive); the same
    /// seed gives the same number.
    func mathRandom<G: RandomNumberGenerator>(_ values: [JSONValue], using generator: inout G) throws(StatesError) -> JSONValue {
        try expectCount(values, 2...3)
        let start = try roundedInteger(values, 0, "start")
        let end = try roundedInteger(values, 1, "end")
        guard start < end else { throw invalid("the start (\(start)) must be less than the end (\(end))") }
        guard values.count == 3 else { return .int(Int.random(in: start..<end, using: &generator)) }
        var seeded = JavaRandom(seed: Int64(try exactInteger(values, 2, "seed")))
        let (width, overflow) = end.subtractingReportingOverflow(start)
        if !overflow, width <= Int(Int32.max) {
            return .int(start + Int(seeded.nextInt(bound: Int32(width))))
        }
        return .int(Int.random(in: start..<end, using: &seeded))
    }

    /// `States.MathAdd(a, b)`: the sum of two integers in the 32-bit range (non-integers are rounded first).
    func mathAdd(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 2...2)
        let left = try roundedInteger(values, 0, "first argument")
        let right = try roundedInteger(values, 1, "second argument")
        for (value, role) in [(left, "first argument"), (right, "second argument")] where Int32(exactly: value) == nil {
            throw invalid("the \(role) \(value) is outside the range -2147483648 to 2147483647")
        }
        return .int(left + right)
    }

    /// `States.UUID()`: a random version 4 UUID in lowercase.
    func uuid<G: RandomNumberGenerator>(_ values: [JSONValue], using generator: inout G) throws(StatesError) -> JSONValue {
        try expectCount(values, 0...0)
        var bytes = [UInt8](repeating: 0, count: 16)
        for half in 0..<2 {
            let random = generator.next()
            for index in 0..<8 { bytes[half * 8 + index] = UInt8(truncatingIfNeeded: random >> (index * 8)) }
        }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return .string(String(decoding: text, as: UTF8.self))
    }
}
