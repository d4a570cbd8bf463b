import MediaKit

/// The target languages a dub may name: Translate's codes that Polly has a language for.
enum DubbingLanguages {
    static let known = Set(VoiceCasting.pollyLanguages.keys)
}
