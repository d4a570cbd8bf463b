import Testing
@testable import AWSCore

@Suite("RegionResolver")
struct RegionResolverTests {
    private let configPath = "/home/u/.aws/config"

    private func resolve(_ environment: [String: String], config: String? = nil) throws -> String {
        var files: [String: String] = [:]
        files[configPath] = config
        return try RegionResolver(environment: environment, fileReader: CredentialFakes.Files(files: files)).resolve()
    }

    private func failure(_ environment: [String: String], config: String? = nil) -> ConfigError? {
        #expect(throws: ConfigError.self) { try resolve(environment, config: config) }
    }

    @Test("AWS_REGION wins over AWS_DEFAULT_REGION and the profile")
    func awsRegion() throws {
        #expect(try resolve(["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "us-east-2", "HOME": "/home/u"],
                            config: "[default]\nregion = ap-south-1\n") == "eu-west-1")
    }

    @Test("AWS_DEFAULT_REGION is used when AWS_REGION is unset or empty")
    func defaultRegion() throws {
        #expect(try resolve(["AWS_DEFAULT_REGION": "us-east-2"]) == "us-east-2")
        #expect(try resolve(["AWS_REGION": "", "AWS_DEFAULT_REGION": "us-east-2"]) == "us-east-2")
    }

    @Test("the selected profile's region in the config file comes last")
    func profileRegion() throws {
        let config = "[default]\nregion = ap-south-1\n[profile dev]\nREGION = sa-east-1\n"
        #expect(try resolve(["HOME": "/home/u", "AWS_REGION": "", "AWS_DEFAULT_REGION": ""], config: config) == "ap-south-1")
        #expect(try resolve(["HOME": "/home/u", "AWS_PROFILE": "dev"], config: config) == "sa-east-1")
    }

    @Test("with environment variables set, the files are not read at all")
    func filesNotReadWhenEnvironmentSet() throws {
        let reader = CredentialFakes.Files(unreadable: [configPath])
        #expect(try RegionResolver(environment: ["HOME": "/home/u", "AWS_REGION": "us-west-1"], fileReader: reader).resolve() == "us-west-1")
    }

    @Test("with no region anywhere the error lists the variables and the config file checked")
    func noRegion() {
        let error = failure(["HOME": "/home/u"], config: "[default]\noutput = json\n")
        #expect(error?.kind == "noRegion")
        #expect(error?.description == "ConfigError.noRegion: no AWS region found: checked AWS_REGION (not set), AWS_DEFAULT_REGION (not set), /home/u/.aws/config (profile 'default' has no region)")
    }

    @Test("an empty region in the profile counts as unset")
    func emptyProfileRegion() {
        #expect(failure(["HOME": "/home/u"], config: "[default]\nregion =\n")?.detail
            == "no AWS region found: checked AWS_REGION (not set), AWS_DEFAULT_REGION (not set), /home/u/.aws/config (profile 'default' has no region)")
    }

    @Test("the error says when the config file or the profile is missing, or no config path is known")
    func missingPieces() {
        #expect(failure(["HOME": "/home/u"])?.detail
            == "no AWS region found: checked AWS_REGION (not set), AWS_DEFAULT_REGION (not set), /home/u/.aws/config (no such file)")
        #expect(failure(["HOME": "/home/u", "AWS_PROFILE": "prod"], config: "[default]\nregion = x\n")?.detail
            == "no AWS region found: checked AWS_REGION (not set), AWS_DEFAULT_REGION (not set), /home/u/.aws/config (no profile 'prod')")
        #expect(failure([:])?.detail
            == "no AWS region found: checked AWS_REGION (not set), AWS_DEFAULT_REGION (not set), config file (HOME and AWS_CONFIG_FILE not set)")
    }

    @Test("AWS_CONFIG_FILE points the resolver at another file")
    func configFileOverride() throws {
        let reader = CredentialFakes.Files(files: ["/etc/aws.cfg": "[default]\nregion = ca-central-1\n"])
        #expect(try RegionResolver(environment: ["AWS_CONFIG_FILE": "/etc/aws.cfg"], fileReader: reader).resolve() == "ca-central-1")
    }

    @Test("a malformed config file is reported, not mistaken for no region")
    func malformedConfig() {
        #expect(failure(["HOME": "/home/u"], config: "region = x\n")?.kind == "malformedFile")
    }
}
