/// A picture for a prompt: a sky-to-ground gradient in a palette the prompt's words suggest ("sunset", "ocean",
/// "forest", "red", …), a disc (sun, moon, subject) and a horizon band placed by the seed. Same prompt, seed and
/// size, same picture.
enum PromptPicture {
    /// Colour hints: a word of the prompt and the palette (top, middle, bottom, accent) it calls for.
    static let themes: [(words: [String], palette: [RGB])] = [
        (["sunset", "dusk", "sunrise", "dawn"], [RGB(255, 94, 77), RGB(255, 154, 0), RGB(90, 40, 110), RGB(255, 220, 120)]),
        (["ocean", "sea", "beach", "wave", "waves", "underwater"], [RGB(120, 200, 240), RGB(0, 105, 148), RGB(0, 48, 90), RGB(240, 220, 170)]),
        (["forest", "jungle", "meadow", "grass", "garden"], [RGB(150, 200, 120), RGB(34, 139, 34), RGB(20, 70, 20), RGB(200, 230, 140)]),
        (["night", "space", "galaxy", "stars", "midnight"], [RGB(10, 10, 40), RGB(40, 20, 80), RGB(5, 5, 15), RGB(230, 230, 255)]),
        (["desert", "sand", "dune", "canyon"], [RGB(250, 214, 165), RGB(237, 160, 80), RGB(160, 82, 45), RGB(255, 240, 200)]),
        (["snow", "winter", "ice", "arctic", "frozen"], [RGB(235, 245, 255), RGB(190, 220, 240), RGB(120, 160, 200), RGB(255, 255, 255)]),
        (["fire", "flame", "lava", "volcano", "explosion"], [RGB(255, 230, 80), RGB(255, 100, 0), RGB(140, 10, 0), RGB(255, 255, 200)]),
        (["city", "urban", "street", "neon", "cyberpunk"], [RGB(60, 60, 80), RGB(120, 120, 140), RGB(30, 30, 35), RGB(255, 0, 160)]),
        (["red", "crimson"], [RGB(255, 120, 120), RGB(200, 20, 30), RGB(90, 0, 10), RGB(255, 200, 200)]),
        (["blue", "azure"], [RGB(150, 190, 255), RGB(30, 80, 200), RGB(10, 20, 80), RGB(220, 235, 255)]),
        (["green", "emerald"], [RGB(170, 240, 170), RGB(30, 160, 60), RGB(10, 60, 20), RGB(220, 255, 220)]),
        (["yellow", "golden", "gold"], [RGB(255, 250, 180), RGB(250, 200, 30), RGB(140, 100, 0), RGB(255, 255, 240)]),
        (["purple", "violet"], [RGB(210, 170, 255), RGB(120, 40, 200), RGB(50, 10, 90), RGB(240, 220, 255)]),
        (["pink", "rose"], [RGB(255, 210, 230), RGB(240, 110, 170), RGB(130, 30, 80), RGB(255, 240, 245)]),
    ]

    /// The palette of the first theme word in `prompt`, or one derived from the prompt's hash.
    static func palette(for prompt: String, colors: [RGB] = []) -> [RGB] {
        if colors.count >= 2 {
            return [colors[0], colors[1], colors[colors.count > 2 ? 2 : 0], colors[colors.count > 3 ? 3 : 1]]
        }
        let words = prompt.lowercased().split { !$0.isLetter }.map(String.init)
        for word in words {
            if let theme = themes.first(where: { $0.words.contains(word) }) { return theme.palette }
        }
        var state = PseudoTranslator.hash(prompt)
        func next() -> UInt8 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let base = RGB(next(), next(), next())
        return [base.mixed(with: RGB(255, 255, 255), 0.5), base, base.mixed(with: RGB(0, 0, 0), 0.6), RGB(next(), next(), next())]
    }

    static func render(prompt: String, seed: UInt64, width: Int, height: Int, colors: [RGB] = []) -> RGBImage {
        let palette = palette(for: prompt, colors: colors)
        var state = PseudoTranslator.hash(prompt) ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        func unit() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let horizon = Int(Double(height) * (0.55 + 0.2 * unit()))
        let centerX = Double(width) * (0.2 + 0.6 * unit())
        let centerY = Double(horizon) * (0.3 + 0.4 * unit())
        let radius = Double(min(width, height)) * (0.08 + 0.1 * unit())
        var image = RGBImage(width: width, height: height)
        for y in 0..<height {
            let sky = y < horizon
            let fraction = sky ? Double(y) / Double(max(1, horizon)) : Double(y - horizon) / Double(max(1, height - horizon))
            // Colour steps of 1/32 keep rows flat within bands, so the picture compresses like a render would.
            let stepped = (fraction * 32).rounded(.down) / 32
            let rowColour = sky ? palette[0].mixed(with: palette[1], stepped) : palette[1].mixed(with: palette[2], stepped)
            for x in 0..<width {
                let dx = Double(x) - centerX, dy = Double(y) - centerY
                image[x, y] = sky && dx * dx + dy * dy <= radius * radius ? palette[3] : rowColour
            }
        }
        return image
    }
}
