/// Why no credentials could be had: a source is not configured, is incomplete, or answered badly.
public struct CredentialsError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case notConfigured, noCredentials, incompleteEnvironment, profileNotFound, incompleteProfile,
            unsupportedProfile, insecureContainerURI, invalidContainerURI, invalidHeaderValue,
            tokenFileMissing, containerUnreachable, containerHTTPError, malformedContainerResponse
    }

    private let code: Code
    /// What happened, for people: names the variable, profile, file or URI involved.
    public let detail: String
    /// For `notConfigured`: the source and why, as a chain lists it ("environment (AWS_ACCESS_KEY_ID not set)").
    let attempt: String?

    private init(_ code: Code, _ detail: String, attempt: String? = nil) {
        self.code = code
        self.detail = detail
        self.attempt = attempt
    }

    /// The source has nothing configured (a chain skips it); `reason` says what was looked for.
    public static func notConfigured(source: String, reason: String) -> CredentialsError {
        .init(.notConfigured, "no credentials from \(source): \(reason)", attempt: "\(source) (\(reason))")
    }

    /// No provider of a chain had credentials; `tried` lists each source and why it had none.
    public static func noCredentials(tried: [String]) -> CredentialsError {
        .init(.noCredentials, "no AWS credentials found: " + (tried.isEmpty ? "no providers to try" : tried.joined(separator: ", ")))
    }

    /// One of a variable pair is set without the other.
    public static func incompleteEnvironment(set present: String, missing: String) -> CredentialsError {
        .init(.incompleteEnvironment, "\(present) is set but \(missing) is not")
    }

    /// `AWS_PROFILE` names a profile no shared file defines.
    public static func profileNotFound(profile: String, files: String) -> CredentialsError {
        .init(.profileNotFound, "profile '\(profile)' selected by AWS_PROFILE is not in \(files)")
    }

    /// The profile has one of the key pair without the other.
    public static func incompleteProfile(profile: String, files: String, missing: String) -> CredentialsError {
        .init(.incompleteProfile, "profile '\(profile)' in \(files) has no \(missing)")
    }

    /// The profile gets credentials some way this library does not implement (role, SSO, process).
    public static func unsupportedProfile(profile: String, files: String, keys: [String]) -> CredentialsError {
        .init(.unsupportedProfile, "profile '\(profile)' in \(files) uses \(keys.joined(separator: ", ")), which is not supported; set aws_access_key_id and aws_secret_access_key")
    }

    /// A full container credentials URI is plain HTTP to a host that is not loopback or a container endpoint.
    public static func insecureContainerURI(_ uri: String) -> CredentialsError {
        .init(.insecureContainerURI, "AWS_CONTAINER_CREDENTIALS_FULL_URI '\(uri)' must use https, or http to a loopback address or the ECS/EKS container endpoint")
    }

    /// A container credentials URI does not parse.
    public static func invalidContainerURI(_ uri: String, reason: String) -> CredentialsError {
        .init(.invalidContainerURI, "container credentials URI '\(uri)' is invalid: \(reason)")
    }

    /// A value bound for an HTTP header contains a CR or LF.
    public static func invalidHeaderValue(source: String) -> CredentialsError {
        .init(.invalidHeaderValue, "the authorization token from \(source) contains a line break")
    }

    /// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` names a file that does not exist.
    public static func tokenFileMissing(path: String) -> CredentialsError {
        .init(.tokenFileMissing, "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE names '\(path)', which does not exist")
    }

    /// The container endpoint could not be reached.
    public static func containerUnreachable(uri: String, reason: String) -> CredentialsError {
        .init(.containerUnreachable, "cannot reach container credentials endpoint \(uri): \(reason)")
    }

    /// The container endpoint answered with a status other than 2xx.
    public static func containerHTTPError(uri: String, status: Int, body: String) -> CredentialsError {
        .init(.containerHTTPError, "container credentials endpoint \(uri) answered HTTP \(status)" + (body.isEmpty ? "" : ": \(body)"))
    }

    /// The container endpoint's body is not the expected JSON.
    public static func malformedContainerResponse(uri: String, reason: String) -> CredentialsError {
        .init(.malformedContainerResponse, "container credentials endpoint \(uri) answered \(reason)")
    }

    /// Stable, value-free name of the failure kind (safe as a metric label).
    public var kind: String { code.rawValue }

    /// Whether the source simply has nothing configured, so a chain should try the next one.
    public var isNotConfigured: Bool { code == .notConfigured }

    public var description: String { "CredentialsError.\(code.rawValue): \(detail)" }

    /// Two errors are equal when they are of the same kind, whatever their detail.
    public static func == (lhs: CredentialsError, rhs: CredentialsError) -> Bool { lhs.code == rhs.code }
}
