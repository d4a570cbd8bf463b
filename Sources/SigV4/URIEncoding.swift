/// AWS URI encoding: only `A-Z a-z 0-9 - _ . ~` stay as they are; every other byte becomes `%XX` (uppercase hex).
enum URIEncoding {
    static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
    static let lowerHexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// 256 flags: `true` for unreserved bytes.
    static let unreserved: [Bool] = (0..<256).map { b in
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
            || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x7E
    }

    @inline(__always)
    static func appendEncoded(_ byte: UInt8, to out: inout [UInt8]) {
        if unreserved[Int(byte)] {
            out.append(byte)
        } else {
            out.append(UInt8(ascii: "%"))
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    /// Strictly encodes every byte of `bytes`.
    static func appendEncoded<C: Collection<UInt8>>(_ bytes: C, to out: inout [UInt8]) {
        for b in bytes { appendEncoded(b, to: &out) }
    }

    /// Strictly encodes a string (its UTF-8 bytes).
    static func encode(_ string: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(string.utf8.count)
        appendEncoded(string.utf8, to: &out)
        return String(decoding: out, as: UTF8.self)
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

    /// Lowercase hex of `bytes`.
    static func appendLowerHex<C: Sequence<UInt8>>(_ bytes: C, to out: inout [UInt8]) {
        for b in bytes {
            out.append(lowerHexDigits[Int(b >> 4)])
            out.append(lowerHexDigits[Int(b & 0x0F)])
        }
    }
}
