import Testing
@testable import AWSCore

@Suite("CredentialProviderChain")
struct CredentialChainTests {
    private static func notConfigured(_ source: String, _ reason: String) -> CredentialFakes.FailingProvider {
        CredentialFakes.FailingProvider(error: CredentialsError.notConfigured(source: source, reason: reason))
    }

    @Test("the first provider with credentials wins and later ones are not asked")
    func firstWins() async throws {
        let first = CredentialFakes.CountingProvider { CredentialFakes.numbered($0) }
        let second = CredentialFakes.CountingProvider { _ in Credentials(accessKeyId: "LATER", secretAccessKey: "S") }
        let credentials = try await CredentialProviderChain([first, second]).credentials()
        #expect(credentials == Credentials(accessKeyId: "AKID1", secretAccessKey: "SECRET1"))
        #expect(first.calls == 1)
        #expect(second.calls == 0)
    }

    @Test("providers with nothing configured are skipped")
    func skipsNotConfigured() async throws {
        let last = CredentialFakes.CountingProvider { CredentialFakes.numbered($0) }
        let chain = CredentialProviderChain([Self.notConfigured("a", "x"), Self.notConfigured("b", "y"), last])
        #expect(try await chain.credentials() == CredentialFakes.numbered(1))
    }

    @Test("a configured but broken provider stops the chain with its own error")
    func brokenStops() async {
        let last = CredentialFakes.CountingProvider { CredentialFakes.numbered($0) }
        let broken = CredentialFakes.FailingProvider(error: CredentialsError.incompleteEnvironment(set: "A", missing: "B"))
        let error = await #expect(throws: CredentialsError.self) {
            try await CredentialProviderChain([Self.notConfigured("a", "x"), broken, last]).credentials()
        }
        #expect(error?.detail == "A is set but B is not")
        #expect(last.calls == 0)
    }

    @Test("errors other than CredentialsError, such as a malformed file, stop the chain too")
    func otherErrorsStop() async {
        let broken = CredentialFakes.FailingProvider(error: ConfigError.malformedFile(path: "/c", line: 2, reason: "r"))
        let last = CredentialFakes.CountingProvider { CredentialFakes.numbered($0) }
        let error = await #expect(throws: ConfigError.self) { try await CredentialProviderChain([broken, last]).credentials() }
        #expect(error?.kind == "malformedFile")
        #expect(last.calls == 0)
    }

    @Test("when nobody has credentials the error lists every source and why, in order")
    func noCredentials() async {
        let chain = CredentialProviderChain([Self.notConfigured("first", "A not set"), Self.notConfigured("second", "no file")])
        let error = await #expect(throws: CredentialsError.self) { try await chain.credentials() }
        #expect(error?.kind == "noCredentials")
        #expect(error?.isNotConfigured == false)
        #expect(error?.description == "CredentialsError.noCredentials: no AWS credentials found: first (A not set), second (no file)")
    }

    @Test("an empty chain throws noCredentials")
    func emptyChain() async {
        let error = await #expect(throws: CredentialsError.self) { try await CredentialProviderChain([]).credentials() }
        #expect(error?.detail == "no AWS credentials found: no providers to try")
    }
}
