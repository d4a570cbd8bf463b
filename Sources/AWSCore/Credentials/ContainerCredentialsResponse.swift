import Foundation

/// The JSON a container credentials endpoint answers (ECS task roles, EKS Pod Identity).
struct ContainerCredentialsResponse: Decodable {
    var accessKeyId: String?
    var secretAccessKey: String?
    var token: String?
    var expiration: String?

    private enum CodingKeys: String, CodingKey {
        case accessKeyId = "AccessKeyId"
        case secretAccessKey = "SecretAccessKey"
        case token = "Token"
        case expiration = "Expiration"
    }

    /// Decodes `body` into credentials; throws `CredentialsError.malformedContainerResponse` naming what is wrong.
    static func credentials(from body: Data, uri: String) throws -> Credentials {
        let response: ContainerCredentialsResponse
        do {
            response = try JSONDecoder().decode(ContainerCredentialsResponse.self, from: body)
        } catch {
            throw CredentialsError.malformedContainerResponse(uri: uri, reason: "a body that is not the credentials JSON object")
        }
        guard let key = response.accessKeyId, !key.isEmpty else {
            throw CredentialsError.malformedContainerResponse(uri: uri, reason: "JSON without AccessKeyId")
        }
        guard let secret = response.secretAccessKey, !secret.isEmpty else {
            throw CredentialsError.malformedContainerResponse(uri: uri, reason: "JSON without SecretAccessKey")
        }
        var expiration: Date?
        if let text = response.expiration {
            guard let date = parseISO8601(text) else {
                throw CredentialsError.malformedContainerResponse(uri: uri, reason: "an Expiration that is not an ISO 8601 date")
            }
            expiration = date
        }
        let token = response.token.flatMap { $0.isEmpty ? nil : $0 }
        return Credentials(accessKeyId: key, secretAccessKey: secret, sessionToken: token, expiration: expiration)
    }

    /// Parses `2024-05-01T12:00:00Z`, with or without fractional seconds.
    static func parseISO8601(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
