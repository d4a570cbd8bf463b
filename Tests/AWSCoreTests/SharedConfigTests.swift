import Foundation
import Testing
@testable import AWSCore

@Suite("SharedConfigLocation, SharedConfig and DiskFileReader")
struct SharedConfigTests {
    @Test("paths default to HOME/.aws and the profile to 'default'")
    func defaults() {
        let location = SharedConfigLocation(environment: ["HOME": "/home/u"])
        #expect(location == SharedConfigLocation(
            credentialsFilePath: "/home/u/.aws/credentials", configFilePath: "/home/u/.aws/config",
            profileName: "default", profileIsExplicit: false))
        #expect(SharedConfigLocation(environment: ["HOME": "/home/u/"]).configFilePath == "/home/u/.aws/config")
    }

    @Test("AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE and AWS_PROFILE override the defaults, with ~ expanded")
    func overrides() {
        let location = SharedConfigLocation(environment: [
            "HOME": "/home/u", "AWS_SHARED_CREDENTIALS_FILE": "~/creds", "AWS_CONFIG_FILE": "/etc/aws/config",
            "AWS_PROFILE": "dev",
        ])
        #expect(location == SharedConfigLocation(
            credentialsFilePath: "/home/u/creds", configFilePath: "/etc/aws/config", profileName: "dev", profileIsExplicit: true))
    }

    @Test("empty variables count as unset, and without HOME only explicit paths are known")
    func emptyAndNoHome() {
        let empty = SharedConfigLocation(environment: ["HOME": "/r", "AWS_PROFILE": "", "AWS_CONFIG_FILE": ""])
        #expect(empty.profileName == "default")
        #expect(!empty.profileIsExplicit)
        #expect(empty.configFilePath == "/r/.aws/config")
        let noHome = SharedConfigLocation(environment: ["AWS_CONFIG_FILE": "/c"])
        #expect(noHome.credentialsFilePath == nil)
        #expect(noHome.filePaths == ["/c"])
        #expect(SharedConfigLocation(environment: [:]).filePaths.isEmpty)
    }

    @Test("for the same profile the credentials file wins key by key and config-only keys remain")
    func merge() throws {
        let files = CredentialFakes.Files(files: [
            "/h/.aws/credentials": "[dev]\naws_access_key_id = FROM_CREDS\n",
            "/h/.aws/config": "[profile dev]\naws_access_key_id = FROM_CONFIG\nregion = eu-west-1\ns3 =\n  a = 1\n",
        ])
        let config = try SharedConfig.load(location: SharedConfigLocation(environment: ["HOME": "/h", "AWS_PROFILE": "dev"]), fileReader: files)
        let profile = try #require(config.selectedProfile)
        #expect(profile.properties == ["aws_access_key_id": "FROM_CREDS", "region": "eu-west-1", "s3": ""])
        #expect(profile.subsections == ["s3": ["a": "1"]])
        #expect(config.paths(defining: "dev") == ["/h/.aws/credentials", "/h/.aws/config"])
        #expect(config.paths(defining: "nope").isEmpty)
    }

    @Test("missing files load as absent and define no profile")
    func missingFiles() throws {
        let config = try SharedConfig.load(location: SharedConfigLocation(environment: ["HOME": "/h"]), fileReader: CredentialFakes.Files())
        #expect(config.credentialsFile == nil)
        #expect(config.configFile == nil)
        #expect(config.selectedProfile == nil)
    }

    @Test("an unreadable or malformed file is an error naming it")
    func badFiles() {
        let location = SharedConfigLocation(environment: ["HOME": "/h"])
        let unreadable = CredentialFakes.Files(unreadable: ["/h/.aws/credentials"])
        let first = #expect(throws: ConfigError.self) { try SharedConfig.load(location: location, fileReader: unreadable) }
        #expect(first?.detail == "cannot read '/h/.aws/credentials': permission denied")
        let bad = CredentialFakes.Files(files: ["/h/.aws/config": "oops\n"])
        let second = #expect(throws: ConfigError.self) { try SharedConfig.load(location: location, fileReader: bad) }
        #expect(second?.kind == "malformedFile")
    }

    @Test("the disk reader returns a file's text, nil for no file, and an error for a directory or non-UTF-8 bytes")
    func diskReader() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("creds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = directory.appendingPathComponent("config").path
        try Data("[default]\nregion = x\n".utf8).write(to: URL(fileURLWithPath: text))
        let binary = directory.appendingPathComponent("binary").path
        try Data([0xff, 0xfe, 0x00, 0xc3]).write(to: URL(fileURLWithPath: binary))

        let reader = DiskFileReader()
        #expect(try reader.contents(ofFile: text) == "[default]\nregion = x\n")
        #expect(try reader.contents(ofFile: directory.appendingPathComponent("absent").path) == nil)
        let dirError = #expect(throws: ConfigError.self) { try reader.contents(ofFile: directory.path) }
        #expect(dirError?.detail == "cannot read '\(directory.path)': it is a directory")
        let binError = #expect(throws: ConfigError.self) { try reader.contents(ofFile: binary) }
        #expect(binError?.detail == "cannot read '\(binary)': not UTF-8 text")
    }
}
