/// AWS URI encoding: only `A-Z a-z 0-9 - _ . ~` stay as they are; every other byte becomes `%XX` (uppercase hex).
enum URIEncoding {
    @inline(__always)
    static func isUnreserved(_ b: UInt8) -> Bool {
        // A-Z, a-z, 0-9, '-', '.', '_', '~'
        (b &- 0x41) < 26 || (b &- 0x61) < 26 || (b &- 0x30) < 10 || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
    }

    @inline(__always)
    static func upperHex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x37 + nibble }

    @inline(__always)
    static func lowerHex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }

    @inline(__always)
    static func appendEncoded(_ byte: UInt8, to out: inout [UInt8]) {
        if isUnreserved(byte) {
            out.append(byte)
        } else {
            out.append(UInt8(ascii: "%"))
            out.append(upperHex(byte >> 4))
            out.append(upperHex(byte & 0x0F))
        }
    }

    /// Strictly encodes every byte of `bytes`; runs of unreserved bytes are copied at once.
    static func appendEncoded<C: Collection<UInt8>>(_ bytes: C, to out: inout [UInt8]) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in appendEncoded(buffer, to: &out) }
        if done == nil { Array(bytes).withUnsafeBufferPointer { appendEncoded($0, to: &out) } }
    }

    static func appendEncoded(_ buffer: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + buffer.count * 3)
        var runStart = 0
        for i in 0..<buffer.count where !isUnreserved(buffer[i]) {
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<i])) }
            let b = buffer[i]
            out.append(UInt8(ascii: "%"))
            out.append(upperHex(b >> 4))
            out.append(upperHex(b & 0x0F))
            runStart = i + 1
        }
        if runStart < buffer.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...])) }
    }

    @inline(__always)
    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    /// Re-encodes an already (possibly partly) encoded component canonically: valid `%XX` escapes are
    /// decoded first, so `%e1` and a raw byte both come out as `%E1`, and `%41` comes out as `A`.
    static func appendCanonical<C: RandomAccessCollection<UInt8>>(_ component: C, to out: inout [UInt8]) where C.Index == Int {
        var i = component.startIndex
        let end = component.endIndex
        while i < end {
            let b = component[i]
            if b == UInt8(ascii: "%"), end - i > 2,
                let hi = hexValue(component[i + 1]), let lo = hexValue(component[i + 2]) {
                appendEncoded(hi << 4 | lo, to: &out)
                i += 3
            } else {
                appendEncoded(b, to: &out)
                i += 1
            }
        }
    }

    /// Lowercase hex of `bytes`, written through a stack buffer and appended at once.
    static func appendLowerHex(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2) { hex in
            var i = 0
            for b in bytes {
                hex[i] = lowerHex(b >> 4)
                hex[i + 1] = lowerHex(b & 0x0F)
                i += 2
            }
            out.append(contentsOf: hex)
        }
    }
}
