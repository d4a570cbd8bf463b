/// The audio formats the twin's Polly writes (all of Polly's), their sample rates and content types. Audio is silence of the
/// timeline's duration (real speech needs a synthesiser; see ``EspeakSpeech`` for the one optional path).
enum PollyAudio {

    static func contentType(_ format: String) -> String {
        switch format {
        case "mp3": "audio/mpeg"
        case "ogg_vorbis", "ogg_opus": "audio/ogg"
        case "pcm": "audio/pcm"
        case "json": "application/x-json-stream"
        case "mulaw": "audio/mulaw"
        case "alaw": "audio/alaw"
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

    /// Polly's rules (botocore's documentation of SampleRate): mp3 and ogg_vorbis take 8000, 16000, 22050, 24000,
    /// 44100 or 48000 Hz (default 22050 for standard voices, 24000 for the others); pcm 8000 or 16000 (default
    /// 16000); ogg_opus 48000; mulaw and alaw 8000.
    static func validRates(_ format: String) -> [Int] {
        switch format {
        case "pcm": [8000, 16000]
        case "ogg_opus": [48000]
        case "mulaw", "alaw": [8000]
        default: [8000, 16000, 22050, 24000, 44100, 48000]
        }
    }

    static func defaultRate(_ format: String, engine: String) -> Int {
        switch format {
        case "pcm": 16000
        case "ogg_opus": 48000
        case "mulaw", "alaw": 8000
        default: engine == "standard" ? 22050 : 24000
        }
    }

    /// `seconds` of silence in `format` at `sampleRate`.
    static func silence(_ format: String, seconds: Double, sampleRate: Int, serial: UInt32) -> [UInt8] {
        switch format {
        case "mp3": MP3Silence.encode(seconds: seconds, sampleRate: sampleRate)
        case "ogg_vorbis": OggVorbisSilence.encode(seconds: seconds, sampleRate: sampleRate, serial: serial)
        case "ogg_opus": OggOpusSilence.encode(seconds: seconds, serial: serial)
        // 8-bit G.711 at 8 kHz: the code for zero is 0xFF in mu-law and 0xD5 in A-law.
        case "mulaw": [UInt8](repeating: 0xFF, count: Int((seconds * Double(sampleRate)).rounded(.up)))
        case "alaw": [UInt8](repeating: 0xD5, count: Int((seconds * Double(sampleRate)).rounded(.up)))
        default: [UInt8](repeating: 0, count: 2 * Int((seconds * Double(sampleRate)).rounded(.up)))
        }
    }
}
