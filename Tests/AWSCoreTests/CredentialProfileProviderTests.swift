import Foundation
import Testing
@testable import AWSCore

@Suite("ProfileCredentialProvider")
struct CredentialProfileProviderTests {
    private let credentialsPath = "/home/u/.aws/credentials"
    private let configPath = "/home/u/.aws/config"

    private func provider(
        credentials: String? = nil, config: String? = nil, environment: [String: String] = [:]
    ) -> ProfileCredentialProvider {
        var files: [String: String] = [:]
        files[credentialsPath] = credentials
        files[configPath] = config
        return ProfileCredentialProvider(
            environment: ["HOME": "/home/u"].merging(environment) { _, new in new },
            fileReader: CredentialFakes.Files(files: files))
    }

    private func failure(_ provider: ProfileCredentialProvider) async -> CredentialsError? {
        await #expect(throws: CredentialsError.self) { try await provider.credentials() }
    }

    @Test("reads key, secret and session token of the default profile in the credentials file")
    func defaultProfile() async throws {
        let credentials = try await provider(credentials: """
            [default]
            aws_access_key_id = AKIDDEFAULT
            aws_secret_access_key = SECRETDEFAULT
            aws_session_token = TOKENDEFAULT
            [other]
            aws_access_key_id = AKIDOTHER
            aws_secret_access_key = SECRETOTHER
            """).credentials()
        #expect(credentials == Credentials(accessKeyId: "AKIDDEFAULT", secretAccessKey: "SECRETDEFAULT", sessionToken: "TOKENDEFAULT"))
    }

    @Test("AWS_PROFILE selects a [profile x] section of the config file, keys in any case")
    func selectedProfileInConfig() async throws {
        let credentials = try await provider(
            config: "[default]\nregion = x\n[profile dev]\nAWS_ACCESS_KEY_ID = AKIDDEV\nAws_Secret_Access_Key = SECRETDEV\n",
            environment: ["AWS_PROFILE": "dev"]
        ).credentials()
        #expect(credentials == Credentials(accessKeyId: "AKIDDEV", secretAccessKey: "SECRETDEV"))
    }

    @Test("the credentials file's keys win over the config file's for the same profile")
    func credentialsFileWins() async throws {
        let credentials = try await provider(
            credentials: "[default]\naws_access_key_id = FROMCREDS\naws_secret_access_key = SECRETCREDS\n",
            config: "[default]\naws_access_key_id = FROMCONFIG\naws_secret_access_key = SECRETCONFIG\naws_session_token = CONFIGTOKEN\n"
        ).credentials()
        #expect(credentials == Credentials(accessKeyId: "FROMCREDS", secretAccessKey: "SECRETCREDS", sessionToken: "CONFIGTOKEN"))
    }

    @Test("with no such default profile it is not configured and names both files")
    func noProfile() async {
        let error = await failure(provider(credentials: "[other]\naws_access_key_id = A\naws_secret_access_key = B\n"))
        #expect(error?.isNotConfigured == true)
        #expect(error?.detail == "no credentials from shared files: no profile 'default' in /home/u/.aws/credentials or /home/u/.aws/config")
    }

    @Test("without HOME or file variables it is not configured")
    func noHome() async {
        let provider = ProfileCredentialProvider(environment: [:], fileReader: CredentialFakes.Files())
        let error = await failure(provider)
        #expect(error?.isNotConfigured == true)
        #expect(error?.detail == "no credentials from shared files: HOME, AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE not set")
    }

    @Test("a profile named by AWS_PROFILE that no file defines is an error, not an absence")
    func explicitProfileMissing() async {
        let error = await failure(provider(credentials: "[default]\n", environment: ["AWS_PROFILE": "prod"]))
        #expect(error?.kind == "profileNotFound")
        #expect(error?.detail == "profile 'prod' selected by AWS_PROFILE is not in /home/u/.aws/credentials or /home/u/.aws/config")
    }

    @Test("a profile that exists without keys says so, naming the profile and the file")
    func profileWithoutKeys() async {
        let error = await failure(provider(config: "[default]\nregion = eu-west-1\n"))
        #expect(error?.isNotConfigured == true)
        #expect(error?.detail == "no credentials from shared files: profile 'default' in /home/u/.aws/config has no aws_access_key_id or aws_secret_access_key")
    }

    @Test("a key without its secret is an error naming the profile, file and missing key")
    func missingSecret() async {
        let error = await failure(provider(credentials: "[dev]\naws_access_key_id = AK\n", environment: ["AWS_PROFILE": "dev"]))
        #expect(error?.kind == "incompleteProfile")
        #expect(error?.isNotConfigured == false)
        #expect(error?.detail == "profile 'dev' in /home/u/.aws/credentials has no aws_secret_access_key")
    }

    @Test("a secret without its key, or an empty key, is an error naming aws_access_key_id")
    func missingKey() async {
        let error = await failure(provider(
            credentials: "[default]\naws_access_key_id =\naws_secret_access_key = S\n", config: "[default]\nregion = x\n"))
        #expect(error?.detail == "profile 'default' in /home/u/.aws/credentials and /home/u/.aws/config has no aws_access_key_id")
    }

    @Test("a role, SSO or process profile is reported as unsupported rather than skipped")
    func unsupported() async {
        let error = await failure(provider(config: "[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n"))
        #expect(error?.kind == "unsupportedProfile")
        #expect(error?.detail == "profile 'default' in /home/u/.aws/config uses role_arn, which is not supported; set aws_access_key_id and aws_secret_access_key")
    }

    @Test("a malformed credentials file is a ConfigError, not a skip")
    func malformedFile() async {
        let provider = provider(credentials: "aws_access_key_id = A\n")
        let error = await #expect(throws: ConfigError.self) { try await provider.credentials() }
        #expect(error?.detail == "'/home/u/.aws/credentials' line 1: a property comes before any [section] header")
    }

    @Test("reads a real file named by AWS_SHARED_CREDENTIALS_FILE through the disk reader")
    func diskFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("creds-\(UUID().uuidString)").path
        try Data("[ci]\naws_access_key_id = AKIDCI\naws_secret_access_key = SECRETCI\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let provider = ProfileCredentialProvider(environment: [
            "AWS_SHARED_CREDENTIALS_FILE": path, "AWS_CONFIG_FILE": path + ".absent", "AWS_PROFILE": "ci",
        ])
        #expect(try await provider.credentials() == Credentials(accessKeyId: "AKIDCI", secretAccessKey: "SECRETCI"))
    }
}
