import Foundation
@testable import SigV4

/// One case of the AWS SigV4 test suite in ../shared/testdata/sigv4/v4, read from its files.
struct SuiteCase: Sendable {
    struct Context: Decodable, Sendable {
        struct Keys: Decodable, Sendable {
            let access_key_id: String
            let secret_access_key: String
            let token: String?
        }
        let credentials: Keys
        let expiration_in_seconds: Int
        let normalize: Bool
        let region: String
        let service: String
        let sign_body: Bool
        let timestamp: String
        let omit_session_token: Bool?
    }

    let name: String
    let directory: URL
    let context: Context
    let method: String
    /// The request target exactly as written in request.txt (may hold raw spaces and UTF-8).
    let target: String
    /// Header lines as written (continuation lines included), for rebuilding the signed request.
    let rawHeaderLines: [String]
    /// Headers with continuation lines folded into one value.
    let headers: [(name: String, value: String)]
    let body: Data

    static var suiteDirectory: URL {
        if let dir = ProcessInfo.processInfo.environment["MEDIAGEN_SHARED_DIR"] {
            return URL(fileURLWithPath: dir).appendingPathComponent("testdata/sigv4/v4")
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/testdata/sigv4/v4")
    }

    static func all() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: suiteDirectory.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: suiteDirectory.appendingPathComponent("\($0)/request.txt").path) }.sorted()
    }

    init(name: String) throws {
        self.name = name
        directory = SuiteCase.suiteDirectory.appendingPathComponent(name)
        context = try JSONDecoder().decode(Context.self, from: Data(contentsOf: directory.appendingPathComponent("context.json")))
        let raw = try Data(contentsOf: directory.appendingPathComponent("request.txt"))
        let text = String(decoding: raw, as: UTF8.self)
        let parts = text.components(separatedBy: "\n\n")
        let head = parts[0]
        body = Data(parts.dropFirst().joined(separator: "\n\n").utf8)
        var lines = head.components(separatedBy: "\n")
        let requestLine = lines.removeFirst()
        let firstSpace = requestLine.firstIndex(of: " ")!
        method = String(requestLine[..<firstSpace])
        let afterMethod = requestLine[requestLine.index(after: firstSpace)...]
        target = String(afterMethod.dropLast(" HTTP/1.1".count))
        rawHeaderLines = lines.filter { !$0.isEmpty }
        var folded: [(name: String, value: String)] = []
        for line in rawHeaderLines {
            if line.first == " " || line.first == "\t" {
                folded[folded.count - 1].value += " " + line
            } else {
                let colon = line.firstIndex(of: ":")!
                folded.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }
        headers = folded
    }

    func expected(_ file: String) throws -> String {
        String(decoding: try Data(contentsOf: directory.appendingPathComponent(file)), as: UTF8.self)
    }

    var host: String { headers.first { $0.name.lowercased() == "host" }!.value }
    var url: String { "https://\(host)\(target)" }

    var date: Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: context.timestamp)!
    }

    var signer: SigV4Signer {
        SigV4Signer(
            credentials: Credentials(
                accessKeyId: context.credentials.access_key_id, secretAccessKey: context.credentials.secret_access_key,
                sessionToken: context.credentials.token),
            region: context.region, service: context.service,
            options: SigningOptions(
                normalizePath: context.normalize, doubleURIEncode: true, addContentSHA256Header: context.sign_body,
                signSessionToken: !(context.omit_session_token ?? false)),
            keyCache: SigningKeyCache())
    }

    /// The request as the suite prints it: request line, header lines, blank line, body.
    func render(target: String, extraHeaders: [(name: String, value: String)]) -> String {
        var out = "\(method) \(target) HTTP/1.1\n"
        for line in rawHeaderLines { out += line + "\n" }
        for header in extraHeaders { out += "\(header.name):\(header.value)\n" }
        out += "\n"
        out += String(decoding: body, as: UTF8.self)
        return out
    }
}
