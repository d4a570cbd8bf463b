import ArgumentParser
import Foundation
import LocalHarness

/// Where moto comes from, for the commands that start it with the twin.
struct AWSOptions: ParsableArguments {
    @Option(help: "The Python with moto (the project virtualenv, made by `make venv`).")
    var python: String = ".venv/bin/python"

    @Option(help: "The moto launcher.")
    var motoScript: String = "scripts/moto_server.py"

    @Option(help: "The twin's port: every AWS service for the functions (default: 4566 for start, any free port otherwise).")
    var twinPort: Int?

    @Option(help: "A scenario file (JSON or YAML) pinning twin answers and injecting faults (repeatable; rules apply in order).")
    var scenario: [String] = []

    func options(host: String, defaultPort: Int = 0) throws -> LocalAWS.Options {
        let python = URL(fileURLWithPath: python)
        // MediaConvert and Rekognition use a real ffmpeg: one installed, or imageio-ffmpeg's in the virtualenv.
        var options = LocalAWS.Options(python: python, motoScript: URL(fileURLWithPath: motoScript), host: host, port: twinPort ?? defaultPort,
                                       ffmpeg: FFmpegLocator.locate(python: python))
        for file in scenario {
            do {
                options.scenario.rules += try TwinScenario(contentsOf: URL(fileURLWithPath: file)).rules
            } catch {
                throw ValidationError("--scenario \(file): \(error.description)")
            }
        }
        return options
    }

    /// Prints what the twin serves and what was created in moto.
    static func report(_ aws: LocalAWS?, print: (String) -> Void) {
        guard let aws else { return }
        print("AWS for the functions (AWS_ENDPOINT_URL): \(aws.endpoint) — the twin (AI and media services) in front of moto \(aws.moto.connection.endpoint); scenario control at \(aws.endpoint)/_mediagen/scenario")
        for outcome in aws.provisioned {
            if let problem = outcome.problem {
                print("  could not create \(outcome.logicalId) (\(outcome.type)) in moto: \(problem)")
            } else {
                print("  created \(outcome.logicalId): \(outcome.name)")
            }
        }
    }
}
