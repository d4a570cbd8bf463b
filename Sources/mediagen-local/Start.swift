import ArgumentParser
import Foundation
import LocalHarness

/// `mediagen-local start`: serve every function and the HTTP API until interrupted.
struct Start: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start every function of the template and the HTTP API.")

    @OptionGroup var templateOptions: TemplateOptions

    @Option(help: "The address to bind.")
    var host: String = "127.0.0.1"

    @Option(help: "The HTTP API port (0: any free port).")
    var port: Int = 3000

    @Option(help: "The Lambda emulator port: runtime API and Invoke API (0: any free port).")
    var lambdaPort: Int = 3001

    @Option(help: "Instances each function may run at once.")
    var concurrency: Int = 4

    @Flag(inversion: .prefixedNo, help: "Start moto and the twin and give the functions them as AWS (--no-aws: the caller's AWS_* settings).")
    var aws = true

    @OptionGroup var awsOptions: AWSOptions

    @Flag(help: "Shorten Wait states and retry back-offs in executions fifty-fold (poll loops still pace their polls).")
    var noWait = false

    @Option(help: "AWS_LAMBDA_LOG_FORMAT for the functions: Text or JSON.")
    var logFormat: String = "Text"

    func validate() throws {
        guard (0...65535).contains(port), (0...65535).contains(lambdaPort) else { throw ValidationError("ports must be 0–65535") }
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
        guard ["Text", "JSON"].contains(logFormat) else { throw ValidationError("--log-format must be Text or JSON") }
    }

    func run() async throws {
        let application = try templateOptions.application()
        let options = LocalPlatform.Options(
            host: host, apiPort: port, lambdaPort: lambdaPort, concurrency: concurrency, logFormat: logFormat,
            sharedEnvironment: TemplateOptions.sharedEnvironment(),
            templateDirectory: URL(fileURLWithPath: templateOptions.template).deletingLastPathComponent(),
            statesClock: noWait ? ScaledStatesClock(factor: 0.02) : SystemStatesClock(),
            aws: aws ? try awsOptions.options(host: host, defaultPort: 4566) : nil)
        let platform = try await LocalPlatform.start(
            application: application, locator: templateOptions.locator, signingKey: try templateOptions.signingKey(),
            options: options, log: { Console.info($0) })
        let api = "http://\(host):\(platform.gatewayServer.port)"
        AWSOptions.report(platform.aws) { Console.info($0) }
        Console.info("Functions: \(application.functions.map(\.logicalId).joined(separator: ", "))")
        for route in application.routes {
            Console.info("  \(route.route.routeKey) → \(route.function)\(route.requiresAuthorization ? " (JWT)" : "")")
        }
        if application.authorizer != nil {
            Console.info("Routes marked (JWT) need `Authorization: Bearer $(mediagen-local token)`.")
        }
        for machine in await platform.stepFunctions.machineSources {
            Console.info("State machine \(machine.logicalId): \(machine.arn)")
        }
        Console.info("Lambda Invoke API and Step Functions API (AWS_ENDPOINT_URL_LAMBDA / _SFN): http://\(host):\(platform.lambdaServer.port)")
        Console.info("mediagen-local ready api=\(api) lambda=http://\(host):\(platform.lambdaServer.port)")
        await Signals.waitForTermination()
        Console.info("mediagen-local stopping")
        await platform.stop()
    }
}
