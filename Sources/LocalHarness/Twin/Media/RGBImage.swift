/// An 8-bit RGB raster, row by row, top to bottom.
struct RGBImage: Sendable, Equatable {
    let width: Int
    let height: Int
    var pixels: [UInt8]

    init(width: Int, height: Int, fill: RGB = RGB(0, 0, 0)) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 0, count: width * height * 3)
        for index in 0..<(width * height) {
            pixels[index * 3] = fill.red
            pixels[index * 3 + 1] = fill.green
            pixels[index * 3 + 2] = fill.blue
        }
    }

    subscript(x: Int, y: Int) -> RGB {
        get {
            let offset = (y * width + x) * 3
            return RGB(pixels[offset], pixels[offset + 1], pixels[offset + 2])
        }
        set {
            let offset = (y * width + x) * 3
            pixels[offset] = newValue.red
            pixels[offset + 1] = newValue.green
            pixels[offset + 2] = newValue.blue
        }
    }
}

/// One colour.
struct RGB: Sendable, Equatable, Hashable {
    var red: UInt8
    var green: UInt8
    var blue: UInt8

    init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rrggbb` (the form Titan's colour-guided generation takes); nil when malformed.
    init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(UInt8(value >> 16), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    /// The colour `fraction` of the way from `self` to `other`.
    func mixed(with other: RGB, _ fraction: Double) -> RGB {
        let t = min(1, max(0, fraction))
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) * (1 - t) + Double(b) * t).rounded()) }
        return RGB(channel(red, other.red), channel(green, other.green), channel(blue, other.blue))
    }

    /// Luma and chroma for the H.264 writer: BT.601, limited (video) range, which decoders assume when a stream
    /// does not say otherwise.
    var ycbcr: (y: UInt8, cb: UInt8, cr: UInt8) {
        let r = Double(red), g = Double(green), b = Double(blue)
        func clamp(_ value: Double) -> UInt8 { UInt8(min(255, max(0, value.rounded()))) }
        return (clamp(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255), clamp(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255),
                clamp(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255))
    }
}
