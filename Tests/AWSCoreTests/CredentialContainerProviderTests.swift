import Foundation
import Testing
@testable import AWSCore

@Suite("ContainerCredentialProvider")
struct CredentialContainerProviderTests {
    static let okBody = """
        {"AccessKeyId":"ASIACONTAINER","SecretAccessKey":"SECRETCONTAINER","Token":"TOKENCONTAINER",\
        "Expiration":"2024-05-01T12:00:00Z","RoleArn":"arn:aws:iam::1:role/task"}
        """
    static let expiration = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

    private func failure(
        _ environment: [String: String], transport: CredentialFakes.Transport = .init(body: okBody),
        files: CredentialFakes.Files = .init()
    ) async -> CredentialsError? {
        let provider = ContainerCredentialProvider(environment: environment, transport: transport, fileReader: files)
        return await #expect(throws: CredentialsError.self) { try await provider.credentials() }
    }

    @Test("a relative URI is fetched with GET from 169.254.170.2 and the JSON becomes credentials")
    func relativeURI() async throws {
        let transport = CredentialFakes.Transport(body: Self.okBody)
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/abc-123"], transport: transport)
        let credentials = try await provider.credentials()
        #expect(credentials == Credentials(
            accessKeyId: "ASIACONTAINER", secretAccessKey: "SECRETCONTAINER", sessionToken: "TOKENCONTAINER",
            expiration: Self.expiration))
        let requests = transport.log.all
        #expect(requests.count == 1)
        #expect(requests.first?.method == "GET")
        #expect(requests.first?.url == "http://169.254.170.2/v2/credentials/abc-123")
        #expect(requests.first?.headers == ["Accept": "application/json"])
    }

    @Test("a full https URI is used as given, with the token variable as Authorization")
    func fullURIWithToken() async throws {
        let transport = CredentialFakes.Transport(body: Self.okBody)
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "https://creds.example.com/role?x=1",
                          "AWS_CONTAINER_AUTHORIZATION_TOKEN": "Basic abc=="],
            transport: transport)
        _ = try await provider.credentials()
        #expect(transport.log.all.first?.url == "https://creds.example.com/role?x=1")
        #expect(transport.log.all.first?.headers["Authorization"] == "Basic abc==")
    }

    @Test("the token file wins over the token variable and its content is trimmed")
    func tokenFile() async throws {
        let transport = CredentialFakes.Transport(body: Self.okBody)
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23/v1/credentials",
                          "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/var/run/secrets/token",
                          "AWS_CONTAINER_AUTHORIZATION_TOKEN": "from-variable"],
            transport: transport,
            fileReader: CredentialFakes.Files(files: ["/var/run/secrets/token": "  eyJ.pod.identity \n"]))
        _ = try await provider.credentials()
        #expect(transport.log.all.first?.headers["Authorization"] == "eyJ.pod.identity")
    }

    @Test("the relative URI wins over the full URI")
    func relativeWins() async throws {
        let transport = CredentialFakes.Transport(body: Self.okBody)
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/rel",
                          "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://localhost:8080/full"],
            transport: transport)
        _ = try await provider.credentials()
        #expect(transport.log.all.map(\.url) == ["http://169.254.170.2/rel"])
    }

    @Test("a relative URI without a leading slash stays a path on the ECS host")
    func relativeWithoutSlash() async throws {
        let transport = CredentialFakes.Transport(body: Self.okBody)
        let provider = ContainerCredentialProvider(
            environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "@evil.example/x"], transport: transport)
        _ = try await provider.credentials()
        #expect(transport.log.all.map(\.url) == ["http://169.254.170.2/@evil.example/x"])
    }

    @Test("fractional seconds in Expiration parse; no Token and no Expiration leave them nil")
    func optionalFields() async throws {
        let env = ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"]
        let fractional = try await ContainerCredentialProvider(environment: env, transport: CredentialFakes.Transport(body: """
            {"AccessKeyId":"A","SecretAccessKey":"S","Token":"T","Expiration":"2024-05-01T12:00:00.500Z"}
            """)).credentials()
        #expect(fractional.expiration == Self.expiration.addingTimeInterval(0.5))
        let bare = try await ContainerCredentialProvider(environment: env, transport: CredentialFakes.Transport(body: """
            {"AccessKeyId":"A","SecretAccessKey":"S"}
            """)).credentials()
        #expect(bare == Credentials(accessKeyId: "A", secretAccessKey: "S"))
    }

    @Test("with neither URI variable set it is not configured")
    func notConfigured() async {
        let transport = CredentialFakes.Transport(body: Self.okBody)
        let error = await failure(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "x"], transport: transport)
        #expect(error?.isNotConfigured == true)
        #expect(error?.detail == "no credentials from container: AWS_CONTAINER_CREDENTIALS_* not set")
        #expect(transport.log.all.isEmpty)
    }

    @Test("plain http to a remote host is refused, naming the URI, and nothing is sent")
    func insecureRemote() async {
        let transport = CredentialFakes.Transport(body: Self.okBody)
        let error = await failure(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://creds.example.com/role"], transport: transport)
        #expect(error?.kind == "insecureContainerURI")
        #expect(error?.isNotConfigured == false)
        #expect(error?.detail == "AWS_CONTAINER_CREDENTIALS_FULL_URI 'http://creds.example.com/role' must use https, or http to a loopback address or the ECS/EKS container endpoint")
        #expect(transport.log.all.isEmpty)
    }

    @Test("user info that looks like an allowed host does not fool the host check")
    func userInfoTrick() async {
        let error = await failure(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.2@evil.example/creds"])
        #expect(error?.kind == "insecureContainerURI")
    }

    @Test("a full URI that is not an absolute http(s) URL is invalid")
    func invalidURI() async {
        let relative = await failure(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "/just/a/path"])
        #expect(relative?.detail == "container credentials URI '/just/a/path' is invalid: not an absolute URL")
        let ftp = await failure(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "ftp://localhost/creds"])
        #expect(ftp?.detail == "container credentials URI 'ftp://localhost/creds' is invalid: scheme must be http or https")
    }

    @Test("a token with a line break is refused before any request, from the variable or the file")
    func tokenWithNewline() async {
        let base = ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"]
        for token in ["abc\ndef", "abc\r\nX-Injected: 1", "abc\r"] {
            let transport = CredentialFakes.Transport(body: Self.okBody)
            let error = await failure(base.merging(["AWS_CONTAINER_AUTHORIZATION_TOKEN": token]) { $1 }, transport: transport)
            #expect(error?.kind == "invalidHeaderValue")
            #expect(error?.detail == "the authorization token from AWS_CONTAINER_AUTHORIZATION_TOKEN contains a line break")
            #expect(transport.log.all.isEmpty)
        }
        let fromFile = await failure(
            base.merging(["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/t"]) { $1 },
            files: .init(files: ["/t": "line1\nline2\n"]))
        #expect(fromFile?.detail == "the authorization token from AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (/t) contains a line break")
    }

    @Test("a token file that does not exist is an error naming it")
    func missingTokenFile() async {
        let error = await failure(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "/nope"])
        #expect(error?.detail == "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE names '/nope', which does not exist")
    }

    @Test("a non-2xx answer is an error with the status and the start of the body")
    func httpError() async {
        let error = await failure(
            ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"],
            transport: .init(status: 403, body: "{\"message\":\"denied\"}\n"))
        #expect(error?.kind == "containerHTTPError")
        #expect(error?.detail == "container credentials endpoint http://169.254.170.2/c answered HTTP 403: {\"message\":\"denied\"}")
    }

    @Test("a body that is not JSON, or lacks a key, or has a bad Expiration is a malformed response")
    func malformedJSON() async {
        let cases: [(String, String)] = [
            ("not json", "a body that is not the credentials JSON object"),
            ("[1,2]", "a body that is not the credentials JSON object"),
            ("{\"AccessKeyId\": 5, \"SecretAccessKey\": \"S\"}", "a body that is not the credentials JSON object"),
            ("{\"SecretAccessKey\":\"S\"}", "JSON without AccessKeyId"),
            ("{\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"\"}", "JSON without SecretAccessKey"),
            ("{\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"S\",\"Expiration\":\"tomorrow\"}", "an Expiration that is not an ISO 8601 date"),
        ]
        for (body, reason) in cases {
            let error = await failure(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"], transport: .init(body: body))
            #expect(error?.kind == "malformedContainerResponse")
            #expect(error?.detail == "container credentials endpoint http://169.254.170.2/c answered \(reason)", "body: \(body)")
        }
    }

    @Test("a transport failure becomes an unreachable-endpoint error naming the URI")
    func transportFailure() async {
        let error = await failure(
            ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"],
            transport: .init(error: .connectionFailed("connection refused")))
        #expect(error?.detail == "cannot reach container credentials endpoint http://169.254.170.2/c: connection refused")
    }
}
