import ArgumentParser

/// `mediagen-local`: the platform on one machine — functions under a Lambda emulator, the HTTP API with its
/// JWT authorizer, tokens and sample events.
@main
struct MediaGenLocal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mediagen-local",
        abstract: "Run MediaGenAI's functions and HTTP API locally from Infrastructure/template.yaml.",
        subcommands: [Start.self, Invoke.self, Run.self, Demo.self, Token.self, GenerateEvent.self, Routes.self])
}
