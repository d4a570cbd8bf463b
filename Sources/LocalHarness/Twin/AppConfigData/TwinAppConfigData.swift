import Foundation

/// AWS AppConfig Data (restJson, signs as `appconfig`): StartConfigurationSession (`POST /configurationsessions`)
/// and GetLatestConfiguration (`GET /configuration?configuration_token=…`), serving configurations from a local
/// ``ConfigurationDirectory``. As AppConfig does: every answer carries the next token; the body is empty when the
/// session already has the current version; tokens expire after 24 hours; a session that set
/// RequiredMinimumPollIntervalInSeconds may not poll sooner. Other paths signed `appconfig` (the AppConfig control
/// plane) go to `fallback` (moto) when there is one.
public struct TwinAppConfigData: TwinService {
    public let signingNames: Set<String> = ["appconfig"]
    /// How long a token stays valid.
    public static let tokenLifetime: TimeInterval = 86_400
    /// The poll interval suggested when the session set none.
    public static let defaultPollInterval = 60
    let directory: ConfigurationDirectory
    let fallback: TwinForwarder?
    let now: @Sendable () -> Date
    let sessions = AppConfigSessions()

    /// - Parameter directory: `<directory>/<application>/<environment>/<profile>.(json|yaml|yml|txt)`.
    public init(directory: URL, fallback: TwinForwarder? = nil, now: @escaping @Sendable () -> Date = Date.init) {
        self.directory = ConfigurationDirectory(root: directory)
        self.fallback = fallback
        self.now = now
    }

    public func handle(_ request: TwinRequest) async -> TwinResponse {
        switch (request.method, request.path) {
        case ("POST", "/configurationsessions"): return await start(request)
        case ("GET", "/configuration"): return await latest(request)
        default:
            if let fallback { return await fallback.forward(request) }
            return .restError("UnknownOperationException", "\(request.method) \(request.path) is not served by the local twin", status: 404)
        }
    }

    private func start(_ request: TwinRequest) async -> TwinResponse {
        guard let input = try? JSONValue(parsing: request.body), input.objectValue != nil else { return badRequest("The request body is not a JSON object") }
        var identifiers: [String] = []
        for member in ["ApplicationIdentifier", "EnvironmentIdentifier", "ConfigurationProfileIdentifier"] {
            guard let value = input[member] else {
                return badRequest("1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null")
            }
            guard let text = value.stringValue, (1...128).contains(text.count) else {
                return badRequest("1 validation error detected: Value at '\(member)' failed to satisfy constraint: Member must have length between 1 and 128")
            }
            identifiers.append(text)
        }
        var interval: Int?
        if let value = input["RequiredMinimumPollIntervalInSeconds"] {
            guard let seconds = value.number, seconds == seconds.rounded(), (15...86_400).contains(seconds) else {
                return badRequest("1 validation error detected: Value at 'RequiredMinimumPollIntervalInSeconds' failed to satisfy constraint: Member must have value between 15 and 86400")
            }
            interval = Int(seconds)
        }
        if case .failure(let missing) = directory.read(application: identifiers[0], environment: identifiers[1], profile: identifiers[2]) {
            return notFound(missing)
        }
        let session = AppConfigSessions.Session(application: identifiers[0], environment: identifiers[1], profile: identifiers[2], minimumInterval: interval)
        let token = await sessions.open(session, at: now())
        return TwinResponse(status: 201, headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", UUID().uuidString.lowercased())],
                            body: JSONValue.object(["InitialConfigurationToken": .string(token)]).serializedData())
    }

    private func latest(_ request: TwinRequest) async -> TwinResponse {
        guard let token = Self.queryValue("configuration_token", in: request.query), !token.isEmpty else {
            return badRequest("1 validation error detected: Value null at 'ConfigurationToken' failed to satisfy constraint: Member must not be null")
        }
        let moment = now()
        guard let state = await sessions.state(of: token) else { return tokenProblem("Corrupted", "The configuration token is not valid") }
        if moment.timeIntervalSince(state.issued) > Self.tokenLifetime { return tokenProblem("Expired", "The configuration token has expired") }
        if moment < state.usableFrom {
            return tokenProblem("PollIntervalNotSatisfied", "The session's RequiredMinimumPollIntervalInSeconds has not passed since the previous poll")
        }
        let session = state.session
        let configuration: ConfigurationDirectory.Configuration
        switch directory.read(application: session.application, environment: session.environment, profile: session.profile) {
        case .failure(let missing): return notFound(missing)
        case .success(let found): configuration = found
        }
        let interval = session.minimumInterval ?? Self.defaultPollInterval
        let unchanged = state.seenVersion == configuration.versionLabel
        let next = await sessions.issue(after: state, seen: configuration.versionLabel, at: moment,
                                        usableFrom: moment.addingTimeInterval(TimeInterval(session.minimumInterval ?? 0)))
        var headers: [(name: String, value: String)] = [
            ("Content-Type", configuration.contentType), ("Next-Poll-Configuration-Token", next),
            ("Next-Poll-Interval-In-Seconds", String(interval)), ("x-amzn-RequestId", UUID().uuidString.lowercased()),
        ]
        if !unchanged { headers.append(("Version-Label", configuration.versionLabel)) }
        return TwinResponse(status: 200, headers: headers, body: unchanged ? Data() : configuration.content)
    }

    /// The percent-decoded value of `name` in a query string.
    static func queryValue(_ name: String, in query: String) -> String? {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first.map(String.init) == name else { continue }
            let raw = parts.count > 1 ? String(parts[1]) : ""
            return (raw.replacingOccurrences(of: "+", with: " ")).removingPercentEncoding ?? raw
        }
        return nil
    }

    private func badRequest(_ message: String) -> TwinResponse {
        error("BadRequestException", 400, ["Message": .string(message)])
    }

    private func tokenProblem(_ problem: String, _ message: String) -> TwinResponse {
        error("BadRequestException", 400, [
            "Message": .string(message), "Reason": "InvalidParameters",
            "Details": ["InvalidParameters": ["ConfigurationToken": ["Problem": .string(problem)]]],
        ])
    }

    private func notFound(_ missing: ConfigurationDirectory.Missing) -> TwinResponse {
        error("ResourceNotFoundException", 404, [
            "Message": .string("\(missing.resourceType) \(missing.identifier) was not found in the local configuration directory \(directory.root.path)"),
            "ResourceType": .string(missing.resourceType), "ReferencedBy": .object([missing.member: .string(missing.identifier)]),
        ])
    }

    private func error(_ code: String, _ status: Int, _ body: [String: JSONValue]) -> TwinResponse {
        TwinResponse(status: status, headers: [("Content-Type", "application/json"), ("x-amzn-ErrorType", code), ("x-amzn-RequestId", UUID().uuidString.lowercased())],
                     body: JSONValue.object(body).serializedData())
    }
}

/// Configuration sessions and the tokens issued for them. A token records what the session had been served when
/// it was issued, so the next read can answer "unchanged" with an empty body.
actor AppConfigSessions {
    struct Session: Sendable {
        var application: String
        var environment: String
        var profile: String
        var minimumInterval: Int?
    }

    struct TokenState: Sendable {
        var session: Session
        /// The version label the session had received before this token (nil for the initial token).
        var seenVersion: String?
        var issued: Date
        /// The earliest time the token may be used (the session's minimum poll interval after the previous poll).
        var usableFrom: Date
    }

    private var tokens: [String: TokenState] = [:]

    func open(_ session: Session, at date: Date) -> String {
        let token = Self.newToken()
        tokens[token] = TokenState(session: session, seenVersion: nil, issued: date, usableFrom: date)
        return token
    }

    func state(of token: String) -> TokenState? { tokens[token] }

    func issue(after previous: TokenState, seen version: String, at date: Date, usableFrom: Date) -> String {
        let token = Self.newToken()
        tokens[token] = TokenState(session: previous.session, seenVersion: version, issued: date, usableFrom: usableFrom)
        // Tokens expire after a day; forget those long past so the table stays small.
        tokens = tokens.filter { date.timeIntervalSince($0.value.issued) <= 2 * TwinAppConfigData.tokenLifetime }
        return token
    }

    /// An opaque token (AppConfig's are long base64 strings).
    private static func newToken() -> String {
        Data((UUID().uuidString + UUID().uuidString).utf8).base64EncodedString()
            .replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
}
