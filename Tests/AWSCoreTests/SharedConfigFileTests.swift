import Testing
@testable import AWSCore

@Suite("SharedConfigFile parsing")
struct SharedConfigFileTests {
    private func config(_ text: String) throws -> SharedConfigFile {
        try SharedConfigFile(parsing: text, kind: .config, path: "/h/.aws/config")
    }

    private func malformed(_ text: String) -> ConfigError? {
        #expect(throws: ConfigError.self) { try config(text) }
    }

    @Test("in the config file profiles are [default] and [profile x]; a bare [x] is not a profile")
    func configSections() throws {
        let file = try config("""
            [default]
            region = eu-west-1
            [profile dev]
            region = us-east-2
            [other]
            region = ap-south-1
            [sso-session corp]
            sso_region = us-east-1
            """)
        #expect(file.profileNames == ["default", "dev"])
        #expect(file.profile(named: "default")?["region"] == "eu-west-1")
        #expect(file.profile(named: "dev")?["region"] == "us-east-2")
        #expect(file.profile(named: "other") == nil)
        #expect(file.sections["sso-session corp"]?["sso_region"] == "us-east-1")
    }

    @Test("in the credentials file every section is a profile named as written")
    func credentialsSections() throws {
        let file = try SharedConfigFile(parsing: "[default]\na = 1\n[dev]\na = 2\n", kind: .credentials, path: "/c")
        #expect(file.profileNames == ["default", "dev"])
        #expect(file.profile(named: "dev")?["a"] == "2")
        #expect(file.kind == .credentials)
        #expect(file.path == "/c")
    }

    @Test("[profile default] is read as the default profile and wins over [default]")
    func profileDefault() throws {
        let file = try config("[default]\nregion = a\n[profile default]\nregion = b\n")
        #expect(file.profile(named: "default")?["region"] == "b")
        #expect(try config("[profile default]\nregion = c\n").profile(named: "default")?["region"] == "c")
    }

    @Test("# and ; comment lines are skipped, and so are comments after whitespace at the end of a value")
    func comments() throws {
        let file = try config("""
            # leading comment
            ; another
            [default] # header comment
              # indented comment
            region = us-west-2 # trailing
            output = json ; trailing too
            token = abc#def;ghi
            """)
        #expect(file.profile(named: "default")?.properties == ["region": "us-west-2", "output": "json", "token": "abc#def;ghi"])
    }

    @Test("whitespace around headers, keys and values is ignored, tabs included")
    func whitespace() throws {
        let file = try config("  [  profile \t  dev  ]  \n\t region\t=   us-east-1   \n\n\nempty =\n")
        #expect(file.profileNames == ["dev"])
        #expect(file.profile(named: "dev")?.properties == ["region": "us-east-1", "empty": ""])
    }

    @Test("keys are case-insensitive: stored lower-cased and found in any case")
    func caseInsensitiveKeys() throws {
        let file = try config("[default]\nAWS_Access_Key_ID = AK\nRegion = x\n")
        let profile = try #require(file.profile(named: "default"))
        #expect(profile.properties == ["aws_access_key_id": "AK", "region": "x"])
        #expect(profile["AWS_ACCESS_KEY_ID"] == "AK")
        #expect(profile["REGION"] == "x")
    }

    @Test("profile names stay case-sensitive")
    func caseSensitiveProfiles() throws {
        let file = try config("[profile Dev]\nregion = x\n")
        #expect(file.profile(named: "Dev")?["region"] == "x")
        #expect(file.profile(named: "dev") == nil)
    }

    @Test("an empty key followed by indented lines is a sub-section; the next unindented key ends it")
    func subsections() throws {
        let file = try config("""
            [default]
            s3 =
              addressing_style = path
              Max_Concurrent_Requests = 20 # comment
            region = us-west-2
            """)
        let profile = try #require(file.profile(named: "default"))
        #expect(profile.subsections == ["s3": ["addressing_style": "path", "max_concurrent_requests": "20"]])
        #expect(profile.properties == ["s3": "", "region": "us-west-2"])
    }

    @Test("indented lines after a non-empty value continue it on new lines")
    func multilineValue() throws {
        let file = try config("[default]\nca_list = first\n  second\n\tthird\nregion = x\n")
        #expect(file.profile(named: "default")?["ca_list"] == "first\nsecond\nthird")
        #expect(file.profile(named: "default")?["region"] == "x")
    }

    @Test("an indented property straight after a header is an ordinary property")
    func indentedFirstProperty() throws {
        #expect(try config("[default]\n   region = x\n").profile(named: "default")?.properties == ["region": "x"])
    }

    @Test("CRLF line ends parse like LF")
    func crlf() throws {
        let file = try config("[default]\r\nregion = x\r\ns3 =\r\n  addressing_style = virtual\r\n")
        #expect(file.profile(named: "default")?.properties == ["region": "x", "s3": ""])
        #expect(file.profile(named: "default")?.subsections["s3"] == ["addressing_style": "virtual"])
    }

    @Test("a colon separates key and value as in the CLI, and the first delimiter decides")
    func colonDelimiter() throws {
        let file = try config("[default]\nregion: us-east-1\nrole_arn = arn:aws:iam::123:role/x\n")
        #expect(file.profile(named: "default")?.properties == ["region": "us-east-1", "role_arn": "arn:aws:iam::123:role/x"])
    }

    @Test("a repeated section merges into the first and a repeated key keeps the later value")
    func duplicates() throws {
        let file = try config("[default]\na = 1\nb = 1\n[profile x]\n[default]\nb = 2\n")
        #expect(file.profile(named: "default")?.properties == ["a": "1", "b": "2"])
    }

    @Test("empty text has no sections, and a header alone makes an empty profile")
    func empty() throws {
        #expect(try config("").sections.isEmpty)
        #expect(try config("\n# only comments\n").sections.isEmpty)
        #expect(try config("[profile x]").profile(named: "x") == SharedConfigFile.Section())
    }

    @Test("a property before any section header is malformed at line 2")
    func propertyBeforeSection() {
        let error = malformed("# c\nregion = x\n[default]\n")
        #expect(error?.description == "ConfigError.malformedFile: '/h/.aws/config' line 2: a property comes before any [section] header")
    }

    @Test("a line without '=' or ':' is malformed, naming its line")
    func noDelimiter() {
        #expect(malformed("[default]\nregion = x\njunk\n")?.detail == "'/h/.aws/config' line 3: expected 'key = value'")
    }

    @Test("bad headers and nameless keys are malformed with a reason")
    func badHeaders() {
        #expect(malformed("[default\n")?.detail == "'/h/.aws/config' line 1: section header has no closing ']'")
        #expect(malformed("[default] junk\n")?.detail == "'/h/.aws/config' line 1: unexpected text after the section header")
        #expect(malformed("[ ]\n")?.detail == "'/h/.aws/config' line 1: empty section name")
        #expect(malformed("[default]\n = x\n")?.detail == "'/h/.aws/config' line 2: property has no name before '='")
    }

    @Test("a sub-section line without '=' is malformed rather than a crash")
    func badSubsectionLine() {
        #expect(malformed("[default]\ns3 =\n  nonsense\n")?.detail == "'/h/.aws/config' line 3: expected 'key = value'")
    }
}
