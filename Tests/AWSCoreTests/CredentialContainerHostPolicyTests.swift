import Testing
@testable import AWSCore

@Suite("Container credentials full-URI host policy")
struct CredentialContainerHostPolicyTests {
    @Test("https anywhere and plain http to loopback or container endpoints are accepted", arguments: [
        "https://creds.example.com/x", "http://127.0.0.1/x", "http://127.1.2.3:8080/x", "http://localhost/",
        "http://LOCALHOST:9000/creds", "http://[::1]/", "http://[0:0:0:0:0:0:0:1]:80/", "http://169.254.170.2/v2/x",
        "http://169.254.170.23/v1/credentials", "http://[fd00:ec2::23]/", "http://[FD00:EC2:0:0:0:0:0:23]/",
        "HTTP://127.0.0.1/upper-scheme",
    ])
    func accepted(uri: String) throws {
        let endpoint = try ContainerCredentialsEndpoint.resolve(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri])
        #expect(endpoint?.uri == uri)
    }

    @Test("plain http to any other host is refused", arguments: [
        "http://example.com/", "http://128.0.0.1/", "http://169.254.170.3/", "http://169.254.169.254/",
        "http://[::2]/", "http://localhost.example.com/", "http://127.0.0.1.example.com/", "http://[fd00:ec2::24]/",
        "http://10.0.0.1/", "http://0177.0.0.1/", "http://[::ffff:127.0.0.1]/",
    ])
    func refused(uri: String) {
        let error = #expect(throws: CredentialsError.self) {
            try ContainerCredentialsEndpoint.resolve(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": uri])
        }
        #expect(error?.kind == "insecureContainerURI")
        #expect(error?.detail.contains("'\(uri)'") == true)
    }

    @Test("address parsing is strict: four decimal octets without leading zeros, IPv6 with one '::' at most")
    func parsing() {
        #expect(ContainerCredentialsEndpoint.ipv4Octets("127.0.0.1") == [127, 0, 0, 1])
        #expect(ContainerCredentialsEndpoint.ipv4Octets("127.1") == nil)
        #expect(ContainerCredentialsEndpoint.ipv4Octets("127.0.0.01") == nil)
        #expect(ContainerCredentialsEndpoint.ipv4Octets("127.0.0.256") == nil)
        #expect(ContainerCredentialsEndpoint.ipv6Groups("::1") == [0, 0, 0, 0, 0, 0, 0, 1])
        #expect(ContainerCredentialsEndpoint.ipv6Groups("fd00:ec2::23") == [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x23])
        #expect(ContainerCredentialsEndpoint.ipv6Groups("1::2::3") == nil)
        #expect(ContainerCredentialsEndpoint.ipv6Groups("1:2:3:4:5:6:7") == nil)
        #expect(ContainerCredentialsEndpoint.ipv6Groups("12345::") == nil)
        #expect(ContainerCredentialsEndpoint.ipv6Groups("+1::") == nil)
    }
}
