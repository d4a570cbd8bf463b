/// The timed-text style rules the engine meets and the validator checks. Defaults follow the Netflix
/// Timed Text Style Guide general requirements for adult programs at 24 frames per second.
public struct CaptionRules: Sendable, Hashable {
    public enum Audience: Sendable, Hashable { case adult, children }

    public var language: CaptionLanguage
    public var maxCharactersPerLine: Int
    public var maxLines: Int
    /// Characters per second (spaces and punctuation counted, line breaks not).
    public var maxReadingSpeed: Double
    /// Milliseconds: 5/6 of a second.
    public var minDuration: Int
    public var maxDuration: Int
    /// The content frame rate (23.976, 24, 25, 29.97, 30, ...).
    public var frameRate: Double
    /// The least gap between consecutive cues, in frames.
    public var minGapFrames: Int
    /// A silence at least this long (milliseconds) always ends a cue.
    public var pauseThreshold: Int
    /// Two speakers may share a cue, one line each, each line starting with the language's dialogue dash.
    public var allowsDialogueDashes: Bool

    public init(language: CaptionLanguage = .english, audience: Audience = .adult, maxCharactersPerLine: Int? = nil,
                maxLines: Int = 2, maxReadingSpeed: Double? = nil, minDuration: Int = 833, maxDuration: Int = 7000,
                frameRate: Double = 24, minGapFrames: Int = 2, pauseThreshold: Int = 1500, allowsDialogueDashes: Bool = true) {
        self.language = language
        self.maxCharactersPerLine = maxCharactersPerLine ?? language.maxCharactersPerLine
        self.maxLines = maxLines
        self.maxReadingSpeed = maxReadingSpeed ?? (audience == .adult ? language.adultReadingSpeed : language.childrenReadingSpeed)
        self.minDuration = minDuration
        self.maxDuration = maxDuration
        self.frameRate = frameRate
        self.minGapFrames = minGapFrames
        self.pauseThreshold = pauseThreshold
        self.allowsDialogueDashes = allowsDialogueDashes
    }

    /// The least gap in whole milliseconds that is still at least `minGapFrames` frames (84 ms at 24 fps).
    public var minGap: Int {
        guard frameRate > 0 else { return 0 }
        let exact = Double(minGapFrames) * 1000 / frameRate
        return Int((exact - 1e-9).rounded(.up))
    }

    /// The shortest duration (milliseconds) at which `characters` meet the reading speed.
    public func readingTime(characters: Double) -> Int {
        guard maxReadingSpeed > 0 else { return 0 }
        return Int((characters * 1000 / maxReadingSpeed - 1e-9).rounded(.up))
    }
}
