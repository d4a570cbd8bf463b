/// Writes bit fields: most significant bit first (H.264, MPEG audio headers) or least significant bit first
/// (Vorbis headers).
struct BitWriter {
    enum Order { case msbFirst, lsbFirst }

    let order: Order
    private(set) var bytes: [UInt8] = []
    private var current: UInt8 = 0
    private var used = 0

    init(_ order: Order) { self.order = order }

    var isAligned: Bool { used == 0 }

    /// Appends the low `count` bits of `value`.
    mutating func write(_ value: UInt64, bits count: Int) {
        for index in 0..<count {
            let bit = order == .msbFirst ? (value >> UInt64(count - 1 - index)) & 1 : (value >> UInt64(index)) & 1
            if order == .msbFirst { current |= UInt8(bit) << UInt8(7 - used) } else { current |= UInt8(bit) << UInt8(used) }
            used += 1
            if used == 8 {
                bytes.append(current)
                current = 0
                used = 0
            }
        }
    }

    mutating func write(_ value: Int, bits count: Int) { write(UInt64(truncatingIfNeeded: value), bits: count) }

    mutating func flag(_ value: Bool) { write(value ? 1 : 0, bits: 1) }

    /// Unsigned Exp-Golomb (`ue(v)` of H.264).
    mutating func ue(_ value: Int) {
        let coded = UInt64(value + 1)
        let length = 64 - coded.leadingZeroBitCount
        write(0, bits: length - 1)
        write(coded, bits: length)
    }

    /// Signed Exp-Golomb (`se(v)`).
    mutating func se(_ value: Int) { ue(value > 0 ? 2 * value - 1 : -2 * value) }

    /// Zero bits up to the next byte boundary.
    mutating func alignWithZeros() {
        if used > 0 { write(0, bits: 8 - used) }
    }

    /// Whole bytes; the writer must be aligned.
    mutating func append(bytes more: [UInt8]) {
        precondition(isAligned, "BitWriter.append(bytes:) needs byte alignment")
        bytes.append(contentsOf: more)
    }

    /// The bytes written, the last partial byte padded with zeros.
    mutating func finish() -> [UInt8] {
        alignWithZeros()
        return bytes
    }
}
