import Foundation

/// The URI a `ContainerCredentialProvider` asks, from `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`
/// (on the ECS endpoint 169.254.170.2; wins) or `AWS_CONTAINER_CREDENTIALS_FULL_URI`.
///
/// A full URI must be https, or plain http only to a loopback address or a container endpoint
/// (127.0.0.0/8, ::1, localhost, 169.254.170.2, 169.254.170.23, fd00:ec2::23), as the AWS SDKs require.
struct ContainerCredentialsEndpoint: Sendable, Equatable {
    static let relativeVariable = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
    static let fullVariable = "AWS_CONTAINER_CREDENTIALS_FULL_URI"
    static let ecsOrigin = "http://169.254.170.2"

    /// The absolute URI to GET.
    let uri: String

    /// The endpoint the environment names, or `nil` when neither variable is set.
    static func resolve(environment: [String: String]) throws -> ContainerCredentialsEndpoint? {
        if let relative = environment.nonEmptyVariable(relativeVariable) {
            // A leading "/" keeps the value in the path: "@host/x" must not become user info.
            let uri = ecsOrigin + (relative.hasPrefix("/") ? relative : "/" + relative)
            guard URLComponents(string: uri) != nil else {
                throw CredentialsError.invalidContainerURI(uri, reason: "not a valid URL")
            }
            return ContainerCredentialsEndpoint(uri: uri)
        }
        guard let full = environment.nonEmptyVariable(fullVariable) else { return nil }
        guard let components = URLComponents(string: full), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else {
            throw CredentialsError.invalidContainerURI(full, reason: "not an absolute URL")
        }
        switch scheme {
        case "https":
            return ContainerCredentialsEndpoint(uri: full)
        case "http":
            guard isAllowedPlainHTTPHost(host) else { throw CredentialsError.insecureContainerURI(full) }
            return ContainerCredentialsEndpoint(uri: full)
        default:
            throw CredentialsError.invalidContainerURI(full, reason: "scheme must be http or https")
        }
    }

    /// Whether plain http to `host` stays on the machine or goes to a container credentials endpoint.
    static func isAllowedPlainHTTPHost(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if ["localhost", "169.254.170.2", "169.254.170.23"].contains(name) { return true }
        if let octets = ipv4Octets(name) { return octets[0] == 127 }
        if let groups = ipv6Groups(name) {
            return groups == [0, 0, 0, 0, 0, 0, 0, 1] || groups == [0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x23]
        }
        return false
    }

    /// The four octets of a strict dotted-quad address (no leading zeros), or `nil`.
    static func ipv4Octets(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }),
                part.count == 1 || part.first != "0", let value = UInt8(part)
            else { return nil }
            octets.append(value)
        }
        return octets
    }

    /// The eight groups of an IPv6 address in hex notation with optional `::`, or `nil`.
    static func ipv6Groups(_ text: String) -> [UInt16]? {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ half: String) -> [UInt16]? {
            if half.isEmpty { return [] }
            var result: [UInt16] = []
            for group in half.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), group.allSatisfy({ $0.isHexDigit }),
                    let value = UInt16(group, radix: 16)
                else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 8 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
        return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }
}
