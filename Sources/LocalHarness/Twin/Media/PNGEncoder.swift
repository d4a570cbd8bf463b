/// Writes an ``RGBImage`` as a PNG (8-bit truecolour, no interlace): IHDR, one IDAT holding a zlib stream, IEND.
/// The zlib stream is one fixed-Huffman deflate block whose only back-references are runs (distance 1) over
/// Sub-filtered rows: smooth pictures (gradients, flat shapes) shrink a lot, and any inflater reads it.
enum PNGEncoder {
    static func encode(_ image: RGBImage) -> [UInt8] {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(image.width))
        header.appendBigEndian(UInt32(image.height))
        header += [8, 2, 0, 0, 0]  // depth 8, colour type 2 (RGB), deflate, adaptive filtering, no interlace
        chunk("IHDR", header, into: &png)
        chunk("IDAT", zlib(filtered(image)), into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    /// Each row prefixed with filter type 1 (Sub): every byte minus the same channel of the pixel to its left.
    static func filtered(_ image: RGBImage) -> [UInt8] {
        let stride = image.width * 3
        var out = [UInt8](repeating: 0, count: image.height * (stride + 1))
        for y in 0..<image.height {
            let row = y * stride
            let target = y * (stride + 1)
            out[target] = 1
            for x in 0..<stride {
                let left: UInt8 = x >= 3 ? image.pixels[row + x - 3] : 0
                out[target + 1 + x] = image.pixels[row + x] &- left
            }
        }
        return out
    }

    static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
        png.appendBigEndian(UInt32(data.count))
        let typed = Array(type.utf8) + data
        png += typed
        png.appendBigEndian(Checksums.crc32(typed))
    }

    /// A zlib stream (RFC 1950) of `data`: header, one fixed-Huffman block (RFC 1951), Adler-32.
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var stream: [UInt8] = [0x78, 0x01]
        stream += Deflate.fixedHuffman(data)
        stream.appendBigEndian(Checksums.adler32(data))
        return stream
    }
}

/// The deflate encoder behind ``PNGEncoder``: literals and distance-1 runs, fixed Huffman codes.
enum Deflate {
    private static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]

    static func fixedHuffman(_ data: [UInt8]) -> [UInt8] {
        var bits = BitWriter(.lsbFirst)
        bits.write(1, bits: 1)  // BFINAL
        bits.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        var index = 0
        while index < data.count {
            var run = 0
            if index > 0 {
                let previous = data[index - 1]
                while run < 258, index + run < data.count, data[index + run] == previous { run += 1 }
            }
            if run >= 3 {
                var code = lengthBases.count - 1
                while lengthBases[code] > run { code -= 1 }
                symbol(257 + code, into: &bits)
                bits.write(run - lengthBases[code], bits: lengthExtra[code])
                bits.write(0, bits: 5)  // distance code 0 (distance 1), reversed five zero bits
                index += run
            } else {
                symbol(Int(data[index]), into: &bits)
                index += 1
            }
        }
        symbol(256, into: &bits)
        return bits.finish()
    }

    /// A literal/length symbol's fixed code, most significant bit first as deflate requires of Huffman codes.
    private static func symbol(_ value: Int, into bits: inout BitWriter) {
        let (code, length): (Int, Int) = switch value {
        case 0...143: (0x30 + value, 8)
        case 144...255: (0x190 + value - 144, 9)
        case 256...279: (value - 256, 7)
        default: (0xC0 + value - 280, 8)
        }
        for shift in stride(from: length - 1, through: 0, by: -1) { bits.write((code >> shift) & 1, bits: 1) }
    }
}
