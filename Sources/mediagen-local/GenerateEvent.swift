import ArgumentParser
import Foundation
import LocalHarness

/// `mediagen-local generate-event <kind> [--set name=value]…`: a sample event to feed `invoke`.
struct GenerateEvent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-event",
        abstract: "Print a sample event (\(SampleEvent.Kind.allCases.map(\.rawValue).joined(separator: ", "))).",
        discussion: SampleEvent.Kind.allCases.map { kind in
            "\(kind.rawValue): " + kind.options.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")
        }.joined(separator: "\n"))

    @Argument(help: "The kind of event.")
    var kind: String

    @Option(name: .customLong("set"), help: "An option of the event, name=value (repeatable); see the list below.")
    var settings: [String] = []

    func run() async throws {
        guard let kind = SampleEvent.Kind(rawValue: kind) else {
            throw ValidationError("unknown event kind \(kind); choose one of \(SampleEvent.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var options: [String: String] = [:]
        for setting in settings {
            guard let equals = setting.firstIndex(of: "="), equals != setting.startIndex else {
                throw ValidationError("--set \(setting) is not name=value")
            }
            options[String(setting[..<equals])] = String(setting[setting.index(after: equals)...])
        }
        let event = try SampleEvent.make(kind, options: options)
        Console.write(String(decoding: event, as: UTF8.self) + "\n", to: .standardOutput)
    }
}
