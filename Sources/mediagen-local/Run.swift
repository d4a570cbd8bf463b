import ArgumentParser
import Foundation
import LocalHarness

/// `mediagen-local run <StateMachine> --input <file|->`: one execution against the local functions, with a live
/// view of each state entered and left; the output goes to standard output.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a state machine of the template once; progress on standard error, the output on standard output.")

    @Argument(help: "The state machine's logical id, name or ARN.")
    var stateMachine: String

    @Option(name: [.short, .long], help: "The execution input: a JSON file, or - for standard input. Default: {}.")
    var input: String?

    @Option(help: "The execution name (default: a new UUID).")
    var name: String?

    @Flag(inversion: .prefixedNo, help: "Start moto and the twin for the functions (--no-aws: the caller's AWS_* settings).")
    var aws = true

    @OptionGroup var awsOptions: AWSOptions

    @Flag(help: "Shorten Wait states and retry back-offs fifty-fold instead of sleeping through them (poll loops still pace their polls).")
    var noWait = false

    @OptionGroup var templateOptions: TemplateOptions

    func run() async throws {
        let payload = try EventInput.read(input)
        let application = try templateOptions.application()
        let progress = ProgressView()
        let options = LocalPlatform.Options(
            output: .standardError, sharedEnvironment: TemplateOptions.sharedEnvironment(),
            templateDirectory: URL(fileURLWithPath: templateOptions.template).deletingLastPathComponent(),
            statesClock: noWait ? ScaledStatesClock(factor: 0.02) : SystemStatesClock(),
            executionObserver: { _, event in progress.show(event) },
            aws: aws ? try awsOptions.options(host: "127.0.0.1") : nil)
        let platform = try await LocalPlatform.start(
            application: application, locator: templateOptions.locator, signingKey: try templateOptions.signingKey(),
            options: options, log: { Console.error($0) })
        AWSOptions.report(platform.aws) { Console.error($0) }
        do {
            guard let arn = await platform.stepFunctions.machineArn(named: stateMachine) else {
                let known = await platform.stepFunctions.machineSources.map(\.logicalId)
                throw ValidationError("no state machine \(stateMachine) in the template; it has \(known.isEmpty ? "none" : known.joined(separator: ", "))")
            }
            let execution = try await platform.stepFunctions.start(stateMachineArn: arn, name: name, input: String(decoding: payload, as: UTF8.self))
            Console.error("Execution \(execution.arn)")
            let result = try await platform.stepFunctions.wait(for: execution.arn)
            await platform.stop()
            switch result.status {
            case .succeeded:
                Console.error("SUCCEEDED")
                Console.write((result.output ?? .null).serialized() + "\n", to: .standardOutput)
            default:
                Console.error("\(result.status.rawValue) \(result.error?.error ?? ""): \(result.error?.cause ?? "")")
                throw ExitCode(1)
            }
        } catch {
            await platform.stop()
            throw error
        }
    }
}

/// Prints each state as it is entered and left, indented by how deep in branches and iterations it is.
final class ProgressView: Sendable {
    func show(_ event: ExecutionEvent) {
        let details = event.details?.value
        let name = details?["name"]?.stringValue ?? ""
        switch event.type {
        case let type where type.hasSuffix("StateEntered"):
            Console.error("→ \(name) (\(type.dropLast("StateEntered".count)))")
        case let type where type.hasSuffix("StateExited"):
            Console.error("✓ \(name)")
        case "TaskFailed", "LambdaFunctionFailed", "TaskTimedOut", "LambdaFunctionTimedOut":
            Console.error("  ✗ \(details?["error"]?.stringValue ?? "error"): \(details?["cause"]?.stringValue ?? "")")
        case "MapIterationStarted":
            Console.error("  ↳ \(name) item \(details?["index"]?.number.map { Int($0) } ?? 0)")
        default:
            break
        }
    }
}
