import ArgumentParser
import Foundation
import LocalHarness
import NIOCore

/// `mediagen-local invoke <Function> --event <file|->`: run one function once, as `sam local invoke` does.
struct Invoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Invoke one function once with an event; the result goes to standard output, logs to standard error.")

    @Argument(help: "The function's logical id in the template (e.g. HealthFunction).")
    var function: String

    @Option(name: [.short, .long], help: "The event: a JSON file, or - for standard input. Default: {}.")
    var event: String?

    @OptionGroup var templateOptions: TemplateOptions

    @Flag(help: "Also start moto and the twin and give the function them as AWS.")
    var aws = false

    @OptionGroup var awsOptions: AWSOptions

    func run() async throws {
        let payload = try EventInput.read(event)
        let application = try templateOptions.application()
        let platform = try await LocalPlatform.start(
            application: application, locator: templateOptions.locator, signingKey: try templateOptions.signingKey(),
            options: LocalPlatform.Options(output: .standardError, sharedEnvironment: TemplateOptions.sharedEnvironment(),
                                           aws: aws ? try awsOptions.options(host: "127.0.0.1") : nil),
            functions: [function], log: { Console.error($0) })
        let outcome: LocalLambda.Outcome
        do {
            outcome = try await platform.lambda.invoke(name: function, payload: ByteBuffer(bytes: payload))
        } catch {
            await platform.stop()
            throw error
        }
        await platform.stop()
        guard let result = outcome.result else { throw ExitCode.failure }
        Console.write(String(decoding: result.body.readableBytesView, as: UTF8.self) + "\n", to: .standardOutput)
        if case .functionError = result { throw ExitCode(1) }
    }
}

/// Reads an event argument: a file, `-` for standard input, or nothing for `{}`; it must be JSON.
enum EventInput {
    static func read(_ source: String?) throws -> Data {
        guard let source else { return Data("{}".utf8) }
        let data: Data
        if source == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: source) else {
                throw ValidationError("--event \(source): no such file")
            }
            data = contents
        }
        guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else {
            throw ValidationError("--event \(source): not valid JSON")
        }
        return data
    }
}
