import Foundation

/// One rule of a ``TwinScenario``: which calls it matches and what it does to them.
public struct TwinScenarioRule: Sendable, Equatable {
    /// What the rule does to a matching call.
    public enum Action: Sendable, Equatable {
        /// Answer the service's throttling error (its own code unless one is given).
        case throttle(code: String?)
        /// Answer a service error.
        case error(code: String, message: String, status: Int)
        /// Answer this response instead of the service.
        case respond(status: Int, body: JSONValue, headers: [String: String])
        /// Serve the call, but a job it starts ends FAILED with this reason.
        case failJob(reason: String)
        /// Serve the call after this delay (nothing else changes).
        case delay(milliseconds: Int)
    }

    /// The SigV4 signing name (`transcribe`, `bedrock`, `s3`, …).
    public var service: String
    /// The awsJson operation (from X-Amz-Target), when the rule names one.
    public var operation: String?
    /// The HTTP method, when the rule names one.
    public var method: String?
    /// A path pattern (`*` within a segment, `**` across segments), when the rule names one.
    public var path: String?
    /// Text the request body must contain, when the rule names it.
    public var bodyContains: String?
    /// The 1-based indices, among the calls this rule matches, it applies to; nil for all.
    public var calls: Set<Int>?
    public var action: Action

    public init(service: String, operation: String? = nil, method: String? = nil, path: String? = nil, bodyContains: String? = nil,
                calls: Set<Int>? = nil, action: Action) {
        self.service = service
        self.operation = operation
        self.method = method
        self.path = path
        self.bodyContains = bodyContains
        self.calls = calls
        self.action = action
    }

    /// Whether `request` is a call this rule counts (before `calls` picks among them).
    public func matches(_ request: TwinRequest) -> Bool {
        guard request.service == service else { return false }
        if let operation, request.jsonOperation != operation { return false }
        if let method, request.method.uppercased() != method.uppercased() { return false }
        if let path, !Self.glob(path, matches: request.path.removingPercentEncoding ?? request.path) { return false }
        if let bodyContains, String(decoding: request.body, as: UTF8.self).range(of: bodyContains) == nil { return false }
        return true
    }

    /// `*` matches any run of characters but `/`; `**` any run at all.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let pattern = Array(pattern.utf8), text = Array(text.utf8)
        func match(_ p: Int, _ t: Int) -> Bool {
            if p == pattern.count { return t == text.count }
            if pattern[p] == UInt8(ascii: "*") {
                let across = p + 1 < pattern.count && pattern[p + 1] == UInt8(ascii: "*")
                let next = across ? p + 2 : p + 1
                var end = t
                while true {
                    if match(next, end) { return true }
                    guard end < text.count, across || text[end] != UInt8(ascii: "/") else { return false }
                    end += 1
                }
            }
            return t < text.count && pattern[p] == text[t] && match(p + 1, t + 1)
        }
        return match(0, 0)
    }
}

extension TwinScenarioRule {
    static let matchKeys: Set = ["service", "operation", "method", "path", "bodyContains", "calls", "times"]
    static let actionKeys: Set = ["throttle", "error", "respond", "failJob", "delayMilliseconds"]

    /// A rule from its scenario-file form; errors name `location` and the field.
    init(value: JSONValue, location: String) throws(TwinScenarioError) {
        guard case .object(let members) = value else { throw TwinScenarioError(location: location, message: "must be an object") }
        if let unknown = members.keys.sorted().first(where: { !Self.matchKeys.contains($0) && !Self.actionKeys.contains($0) }) {
            throw TwinScenarioError(location: "\(location).\(unknown)", message: "is not a rule field (expected one of \((Self.matchKeys.union(Self.actionKeys)).sorted().joined(separator: ", ")))")
        }
        func text(_ key: String) throws(TwinScenarioError) -> String? {
            guard let member = members[key] else { return nil }
            guard let string = member.stringValue, !string.isEmpty else { throw TwinScenarioError(location: "\(location).\(key)", message: "must be a non-empty string") }
            return string
        }
        guard let service = try text("service") else { throw TwinScenarioError(location: "\(location).service", message: "is required (the SigV4 signing name, e.g. transcribe)") }
        let actions = members.keys.filter(Self.actionKeys.contains).sorted()
        guard actions.count == 1 else {
            throw TwinScenarioError(location: location, message: actions.isEmpty
                ? "needs one action: \(Self.actionKeys.sorted().joined(separator: ", "))"
                : "has more than one action (\(actions.joined(separator: ", "))); write one rule per action")
        }
        var calls: Set<Int>?
        if let list = members["calls"] {
            guard let elements = list.arrayValue, !elements.isEmpty else { throw TwinScenarioError(location: "\(location).calls", message: "must be a non-empty list of call numbers (1-based)") }
            var numbers: Set<Int> = []
            for element in elements {
                guard case .int(let number) = element, number >= 1 else { throw TwinScenarioError(location: "\(location).calls", message: "must hold whole numbers from 1") }
                numbers.insert(number)
            }
            calls = numbers
        }
        if let times = members["times"] {
            guard calls == nil else { throw TwinScenarioError(location: "\(location).times", message: "cannot be used with 'calls'") }
            guard case .int(let count) = times, count >= 1 else { throw TwinScenarioError(location: "\(location).times", message: "must be a whole number from 1") }
            calls = Set(1...count)
        }
        let action = try Self.action(actions[0], members[actions[0]]!, location: "\(location).\(actions[0])")
        self.init(service: service, operation: try text("operation"), method: try text("method"), path: try text("path"),
                  bodyContains: try text("bodyContains"), calls: calls, action: action)
    }

    private static func action(_ name: String, _ value: JSONValue, location: String) throws(TwinScenarioError) -> Action {
        switch name {
        case "throttle":
            if value == .bool(true) { return .throttle(code: nil) }
            if let code = value.stringValue, !code.isEmpty { return .throttle(code: code) }
            throw TwinScenarioError(location: location, message: "must be true or an error code")
        case "failJob":
            guard let reason = value.stringValue, !reason.isEmpty else { throw TwinScenarioError(location: location, message: "must be the failure reason (a non-empty string)") }
            return .failJob(reason: reason)
        case "delayMilliseconds":
            guard case .int(let milliseconds) = value, milliseconds >= 0 else { throw TwinScenarioError(location: location, message: "must be a whole number of milliseconds") }
            return .delay(milliseconds: milliseconds)
        case "error":
            guard let code = value["code"]?.stringValue, !code.isEmpty else { throw TwinScenarioError(location: "\(location).code", message: "is required (the service's error code)") }
            let status = try statusCode(value["status"], default: 400, location: "\(location).status")
            return .error(code: code, message: value["message"]?.stringValue ?? "Injected by a mediagen-local scenario", status: status)
        default: // respond
            guard case .object = value else { throw TwinScenarioError(location: location, message: "must be an object with status, body and headers") }
            let status = try statusCode(value["status"], default: 200, location: "\(location).status")
            var headers: [String: String] = [:]
            if let given = value["headers"] {
                guard case .object(let fields) = given else { throw TwinScenarioError(location: "\(location).headers", message: "must be a map of header names to strings") }
                for (field, text) in fields {
                    guard let text = text.stringValue else { throw TwinScenarioError(location: "\(location).headers.\(field)", message: "must be a string") }
                    headers[field] = text
                }
            }
            return .respond(status: status, body: value["body"] ?? .object([:]), headers: headers)
        }
    }

    private static func statusCode(_ value: JSONValue?, default fallback: Int, location: String) throws(TwinScenarioError) -> Int {
        guard let value else { return fallback }
        guard case .int(let status) = value, (100...599).contains(status) else { throw TwinScenarioError(location: location, message: "must be an HTTP status code (100–599)") }
        return status
    }
}
