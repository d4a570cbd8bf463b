import Foundation
import Yams

/// What a scenario file pins: rules that answer chosen calls to the twin with a fixed response, a throttling or
/// service error, a delay, or a job that will end FAILED — like Step Functions Local's mocked responses, for
/// any service the twin serves or forwards to moto.
///
/// ```yaml
/// rules:
///   - service: transcribe              # the SigV4 signing name
///     operation: StartTranscriptionJob # X-Amz-Target's operation (awsJson); or method + path for REST
///     calls: [1]                       # which matching calls, 1-based (or `times: N` for the first N); default all
///     throttle: true                   # the service's own throttling error
///   - service: transcribe
///     operation: StartTranscriptionJob
///     failJob: "The media file is corrupt."
///   - service: bedrock
///     method: POST
///     path: /model/*/invoke            # `*` matches within one path segment, `**` across segments
///     respond: {status: 200, body: {"completion": "pinned"}}
///   - service: translate
///     error: {code: ServiceUnavailableException, status: 503, message: "Try again"}
/// ```
public struct TwinScenario: Sendable, Equatable {
    public var rules: [TwinScenarioRule]

    public init(rules: [TwinScenarioRule] = []) { self.rules = rules }

    /// A scenario from JSON or YAML text (JSON is YAML).
    public init(text: String) throws(TwinScenarioError) {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            throw TwinScenarioError(location: "scenario", message: "is neither JSON nor YAML: \(error)")
        }
        try self.init(value: JSONValue(yamlObject: loaded ?? NSNull()))
    }

    /// A scenario from a file.
    public init(contentsOf url: URL) throws(TwinScenarioError) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TwinScenarioError(location: url.path, message: "cannot be read: \(error.localizedDescription)")
        }
        do {
            try self.init(text: text)
        } catch {
            throw TwinScenarioError(location: "\(url.lastPathComponent): \(error.location)", message: error.message)
        }
    }

    /// A scenario from its parsed document: `{"rules": [...]}`, or the list of rules itself.
    public init(value: JSONValue) throws(TwinScenarioError) {
        let list: [JSONValue]
        switch value {
        case .array(let rules): list = rules
        case .object(let members):
            if let unknown = members.keys.first(where: { $0 != "rules" }) {
                throw TwinScenarioError(location: "scenario", message: "has an unknown member '\(unknown)' (expected 'rules')")
            }
            guard let rules = members["rules"]?.arrayValue else { throw TwinScenarioError(location: "scenario", message: "needs a 'rules' list") }
            list = rules
        case .null: list = []
        default: throw TwinScenarioError(location: "scenario", message: "must be an object with a 'rules' list")
        }
        var rules: [TwinScenarioRule] = []
        for (index, rule) in list.enumerated() {
            rules.append(try TwinScenarioRule(value: rule, location: "rules[\(index)]"))
        }
        self.rules = rules
    }
}

/// A scenario that cannot be used: where in the file, and what is wrong there.
public struct TwinScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    public let location: String
    public let message: String

    public var description: String { "\(location) \(message)" }
}

extension JSONValue {
    /// The value of what Yams loaded (strings, numbers, booleans, null, lists, maps with string keys).
    init(yamlObject: Any) throws(TwinScenarioError) {
        switch yamlObject {
        case is NSNull: self = .null
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .int(number)
        case let number as Double: self = .double(number)
        case let text as String: self = .string(text)
        case let list as [Any]:
            var elements: [JSONValue] = []
            for element in list { elements.append(try JSONValue(yamlObject: element)) }
            self = .array(elements)
        case let map as [AnyHashable: Any]:
            var members: [String: JSONValue] = [:]
            for (key, value) in map {
                guard let name = key.base as? String else {
                    throw TwinScenarioError(location: "scenario", message: "has a non-string key '\(key)'")
                }
                members[name] = try JSONValue(yamlObject: value)
            }
            self = .object(members)
        default:
            throw TwinScenarioError(location: "scenario", message: "holds a value of an unsupported type (\(type(of: yamlObject)))")
        }
    }
}
