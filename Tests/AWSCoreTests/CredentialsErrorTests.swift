import Testing
@testable import AWSCore

@Suite("CredentialsError and ConfigError")
struct CredentialsErrorTests {
    @Test("a credentials error describes itself as its kind followed by the detail")
    func credentialsDescription() {
        let error = CredentialsError.incompleteEnvironment(set: "AWS_ACCESS_KEY_ID", missing: "AWS_SECRET_ACCESS_KEY")
        #expect(error.kind == "incompleteEnvironment")
        #expect(error.detail == "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
        #expect(error.description == "CredentialsError.incompleteEnvironment: AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
    }

    @Test("only the not-configured kind tells a chain to move on")
    func notConfiguredFlag() {
        #expect(CredentialsError.notConfigured(source: "x", reason: "y").isNotConfigured)
        #expect(!CredentialsError.noCredentials(tried: []).isNotConfigured)
        #expect(!CredentialsError.insecureContainerURI("http://a").isNotConfigured)
    }

    @Test("errors of the same kind are equal whatever their detail, and kinds differ from each other")
    func equality() {
        #expect(CredentialsError.tokenFileMissing(path: "/a") == CredentialsError.tokenFileMissing(path: "/b"))
        #expect(CredentialsError.tokenFileMissing(path: "/a") != CredentialsError.containerHTTPError(uri: "/a", status: 500, body: ""))
        #expect(ConfigError.noRegion(checked: ["a"]) == ConfigError.noRegion(checked: ["b"]))
        #expect(ConfigError.noRegion(checked: ["a"]) != ConfigError.malformedFile(path: "p", line: 1, reason: "r"))
    }

    @Test("a config error names the file and line")
    func configDescription() {
        let error = ConfigError.malformedFile(path: "/h/.aws/config", line: 3, reason: "expected 'key = value'")
        #expect(error.kind == "malformedFile")
        #expect(error.description == "ConfigError.malformedFile: '/h/.aws/config' line 3: expected 'key = value'")
    }

    @Test("an empty chain reports that there was nothing to try")
    func emptyNoCredentials() {
        #expect(CredentialsError.noCredentials(tried: []).detail == "no AWS credentials found: no providers to try")
    }
}
