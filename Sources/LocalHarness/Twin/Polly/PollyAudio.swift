/// The audio formats the twin's Polly writes, their sample rates and content types. Audio is silence of the
/// timeline's duration (real speech needs a synthesiser; see ``EspeakSpeech`` for the one optional path).
enum PollyAudio {
    static let producedFormats: Set<String> = ["mp3", "ogg_vorbis", "pcm", "json"]

    static func contentType(_ format: String) -> String {
        switch format {
        case "mp3": "audio/mpeg"
        case "ogg_vorbis", "ogg_opus": "audio/ogg"
        case "pcm": "audio/pcm"
        case "json": "application/x-json-stream"
        default: "application/octet-stream"
        }
    }

    /// The file extension of a synthesis task's output.
    static func fileExtension(_ format: String) -> String {
        switch format {
        case "ogg_vorbis", "ogg_opus": "ogg"
        case "json": "marks"
        default: format
        }
    }

    /// Polly's rules: mp3 and ogg_vorbis take 8000, 16000, 22050 or 24000 Hz (default 22050 for standard voices,
    /// 24000 for the others); pcm takes 8000 or 16000 (default 16000).
    static func validRates(_ format: String) -> [Int] { format == "pcm" ? [8000, 16000] : [8000, 16000, 22050, 24000] }

    static func defaultRate(_ format: String, engine: String) -> Int {
        if format == "pcm" { return 16000 }
        return engine == "standard" ? 22050 : 24000
    }

    /// `seconds` of silence in `format` at `sampleRate`.
    static func silence(_ format: String, seconds: Double, sampleRate: Int, serial: UInt32) -> [UInt8] {
        switch format {
        case "mp3": MP3Silence.encode(seconds: seconds, sampleRate: sampleRate)
        case "ogg_vorbis": OggVorbisSilence.encode(seconds: seconds, sampleRate: sampleRate, serial: serial)
        default: [UInt8](repeating: 0, count: 2 * Int((seconds * Double(sampleRate)).rounded(.up)))
        }
    }
}
