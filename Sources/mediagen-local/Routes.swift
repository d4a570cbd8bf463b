import ArgumentParser
import LocalHarness

/// `mediagen-local routes`: the HTTP API routes and functions the template defines.
struct Routes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the template's functions and HTTP API routes.")

    @OptionGroup var templateOptions: TemplateOptions

    func run() async throws {
        let application = try templateOptions.application()
        for function in application.functions {
            Console.info("\(function.logicalId)  product=\(function.product) timeout=\(function.timeoutSeconds)s memory=\(function.memorySize)MB")
        }
        for route in application.routes {
            Console.info("\(route.route.routeKey) → \(route.function)\(route.requiresAuthorization ? " (JWT)" : "")")
        }
    }
}
