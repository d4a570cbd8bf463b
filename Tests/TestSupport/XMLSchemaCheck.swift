import Foundation

/// Validates XML with `xmllint` (libxml2-utils): against an XSD, or for well-formedness alone.
public enum XMLSchemaCheck {
    /// The IAB VAST 4.2 schema among the shared test oracles.
    public static var vast42: URL { RepositoryPaths.shared.appendingPathComponent("testdata/vast/vast_4.2.xsd") }

    /// xmllint's verdict on `xml`: nil when valid, else its messages.
    public static func problems(_ xml: String, schema: URL?) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xmlcheck-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout"] + (schema.map { ["--schema", $0.path] } ?? []) + [file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : output
    }
}
