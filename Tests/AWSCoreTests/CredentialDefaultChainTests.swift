import Foundation
import Testing
@testable import AWSCore

@Suite("DefaultCredentials")
struct CredentialDefaultChainTests {
    static let containerBody = #"{"AccessKeyId":"ASIAC","SecretAccessKey":"SC","Token":"TC","Expiration":"2030-01-01T00:00:00Z"}"#
    static let profileFiles = CredentialFakes.Files(files: [
        "/root/.aws/credentials": "[default]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = SECRETPROFILE\n",
    ])

    private func provider(
        _ environment: [String: String], files: CredentialFakes.Files = .init(),
        transport: CredentialFakes.Transport = .init(body: containerBody)
    ) -> any CredentialProvider {
        DefaultCredentials.provider(
            environment: environment, transport: transport,
            timeSource: CredentialFakes.Clock(Date(timeIntervalSince1970: 1_700_000_000)), fileReader: files)
    }

    @Test("environment variables come first, ahead of the profile and the container")
    func environmentFirst() async throws {
        let transport = CredentialFakes.Transport(body: Self.containerBody)
        let credentials = try await provider(
            ["HOME": "/root", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "SECRETENV",
             "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"],
            files: Self.profileFiles, transport: transport
        ).credentials()
        #expect(credentials == Credentials(accessKeyId: "AKIDENV", secretAccessKey: "SECRETENV"))
        #expect(transport.log.all.isEmpty)
    }

    @Test("the shared files come second, ahead of the container")
    func profileSecond() async throws {
        let transport = CredentialFakes.Transport(body: Self.containerBody)
        let credentials = try await provider(
            ["HOME": "/root", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"], files: Self.profileFiles, transport: transport
        ).credentials()
        #expect(credentials == Credentials(accessKeyId: "AKIDPROFILE", secretAccessKey: "SECRETPROFILE"))
        #expect(transport.log.all.isEmpty)
    }

    @Test("the container endpoint comes last, and its credentials are cached")
    func containerLast() async throws {
        let transport = CredentialFakes.Transport(body: Self.containerBody)
        let provider = provider(
            ["HOME": "/root", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"],
            files: .init(files: ["/root/.aws/config": "[default]\nregion = us-east-1\n"]), transport: transport)
        let first = try await provider.credentials()
        let second = try await provider.credentials()
        #expect(first.accessKeyId == "ASIAC")
        #expect(first.sessionToken == "TC")
        #expect(second == first)
        #expect(transport.log.all.count == 1)
    }

    @Test("with nothing anywhere the error lists environment, shared files and container")
    func nothingAnywhere() async {
        let error = await #expect(throws: CredentialsError.self) { try await provider(["HOME": "/root"]).credentials() }
        #expect(error?.description == "CredentialsError.noCredentials: no AWS credentials found: environment (AWS_ACCESS_KEY_ID not set), shared files (no profile 'default' in /root/.aws/credentials or /root/.aws/config), container (AWS_CONTAINER_CREDENTIALS_* not set)")
    }

    @Test("a half-set environment fails instead of falling through to other sources")
    func brokenEnvironmentFails() async {
        let transport = CredentialFakes.Transport(body: Self.containerBody)
        let error = await #expect(throws: CredentialsError.self) {
            try await provider(["AWS_ACCESS_KEY_ID": "AK", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"], transport: transport)
                .credentials()
        }
        #expect(error?.kind == "incompleteEnvironment")
        #expect(transport.log.all.isEmpty)
    }

    @Test("the default provider is a cache around the three-provider chain")
    func shape() throws {
        let provider = provider([:])
        #expect(provider is CachingCredentialProvider)
    }
}
