import ArgumentParser
import Foundation
import LocalHarness

/// `mediagen-local token`: a Cognito-shaped JWT the local gateway accepts.
struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a JWT for the local HTTP API: the template's issuer and app client, signed by the local key.")

    @Option(help: "cognito:username / username.")
    var username: String = "local-user"

    @Option(help: "The subject (sub); a new UUID when omitted.")
    var subject: String?

    @Option(name: .customLong("group"), help: "A cognito:groups entry (repeatable).")
    var groups: [String] = []

    @Option(name: .customLong("scope"), help: "An OAuth scope of an access token (repeatable).")
    var scopes: [String] = []

    @Flag(help: "Mint an access token (client_id, scope) instead of an ID token (aud).")
    var access = false

    @Option(help: "Lifetime in seconds.")
    var lifetime: Int = 3600

    @OptionGroup var templateOptions: TemplateOptions

    func validate() throws {
        guard lifetime > 0 else { throw ValidationError("--lifetime must be positive") }
        if !scopes.isEmpty && !access { throw ValidationError("--scope needs --access: ID tokens carry no scopes") }
    }

    func run() async throws {
        let request = TokenRequest(
            subject: subject ?? UUID().uuidString.lowercased(), username: username, groups: groups, scopes: scopes,
            tokenUse: access ? .access : .id, lifetime: TimeInterval(lifetime))
        let token = try LocalPlatform.mintToken(
            application: try templateOptions.application(), signingKey: try templateOptions.signingKey(), request: request)
        Console.write(token + "\n", to: .standardOutput)
    }
}
