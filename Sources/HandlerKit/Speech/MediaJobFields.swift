import LambdaRuntime

/// The request fields every use case that starts from uploaded media checks the same way.
public enum MediaJobFields {
    /// Transcribe batch languages a caller may name.
    public static let sourceLanguages: Set = ["en-US", "en-GB", "en-AU", "es-US", "es-ES", "fr-FR", "fr-CA", "de-DE", "it-IT", "pt-BR", "pt-PT",
                                              "ja-JP", "ko-KR", "zh-CN", "hi-IN", "ar-SA", "nl-NL", "ru-RU"]

    /// `source`: one of the caller's uploads (a key under `uploads/<owner>/`, from `POST /uploads`).
    public static func source(_ value: String?, owner: String) throws(HTTPError) -> String {
        guard let value, !value.isEmpty else { throw HTTPError.invalidRequest("source is required (the S3 key from POST /uploads)") }
        guard value.hasPrefix("uploads/\(owner)/"), !value.contains("..") else {
            throw HTTPError.invalidRequest("source must be one of your uploads (a key under uploads/\(owner)/); got '\(value)'")
        }
        return value
    }

    /// `sourceLanguage`: a Transcribe language code, or `auto` (the default) to identify it.
    public static func sourceLanguage(_ value: String?) throws(HTTPError) -> String {
        let language = value ?? "auto"
        guard language == "auto" || sourceLanguages.contains(language) else {
            throw HTTPError.invalidRequest("sourceLanguage must be auto or one of \(sourceLanguages.sorted().joined(separator: ", ")); got '\(language)'")
        }
        return language
    }

    /// `frameRate`: the content frame rate, 23.976 to 60 (24 by default).
    public static func frameRate(_ value: Double?) throws(HTTPError) -> Double {
        let rate = value ?? 24
        guard (23.9...60).contains(rate) else { throw HTTPError.invalidRequest("frameRate must be from 23.976 to 60; got \(rate)") }
        return rate
    }
}
