import Testing
@testable import AWSCore

@Suite("EnvironmentCredentialProvider")
struct CredentialEnvironmentProviderTests {
    @Test("reads the key, secret and session token Lambda sets")
    func fullSet() async throws {
        let provider = EnvironmentCredentialProvider(environment: [
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI", "AWS_SESSION_TOKEN": "TOKEN1",
        ])
        let credentials = try await provider.credentials()
        #expect(credentials == Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI", sessionToken: "TOKEN1"))
    }

    @Test("long-lived keys have no session token and no expiration; an empty token counts as none")
    func noToken() async throws {
        for environment in [
            ["AWS_ACCESS_KEY_ID": "AK", "AWS_SECRET_ACCESS_KEY": "SK"],
            ["AWS_ACCESS_KEY_ID": "AK", "AWS_SECRET_ACCESS_KEY": "SK", "AWS_SESSION_TOKEN": ""],
        ] {
            let credentials = try await EnvironmentCredentialProvider(environment: environment).credentials()
            #expect(credentials == Credentials(accessKeyId: "AK", secretAccessKey: "SK"))
            #expect(credentials.sessionToken == nil)
            #expect(credentials.expiration == nil)
        }
    }

    @Test("with neither variable set it is not configured and says AWS_ACCESS_KEY_ID is not set")
    func notConfigured() async {
        for environment in [[:], ["AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""], ["AWS_SESSION_TOKEN": "T"]] {
            let error = await #expect(throws: CredentialsError.self) {
                try await EnvironmentCredentialProvider(environment: environment).credentials()
            }
            #expect(error?.isNotConfigured == true)
            #expect(error?.description == "CredentialsError.notConfigured: no credentials from environment: AWS_ACCESS_KEY_ID not set")
        }
    }

    @Test("a key without a secret is an error naming AWS_SECRET_ACCESS_KEY as missing")
    func missingSecret() async {
        let error = await #expect(throws: CredentialsError.self) {
            try await EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": "AK"]).credentials()
        }
        #expect(error?.kind == "incompleteEnvironment")
        #expect(error?.isNotConfigured == false)
        #expect(error?.detail == "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
    }

    @Test("a secret without a key is an error naming AWS_ACCESS_KEY_ID as missing")
    func missingKey() async {
        let error = await #expect(throws: CredentialsError.self) {
            try await EnvironmentCredentialProvider(environment: ["AWS_SECRET_ACCESS_KEY": "SK", "AWS_ACCESS_KEY_ID": ""]).credentials()
        }
        #expect(error?.kind == "incompleteEnvironment")
        #expect(error?.detail == "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not")
    }
}
