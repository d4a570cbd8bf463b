import Foundation
import SigV4

/// Checks a request's SigV4 signature the way AWS does: a known access key, a date within 15 minutes, and the
/// signature recomputed over the signed headers, the path, the query and the body.
public struct TwinSignatureVerifier: Sendable {
    /// Why a signature is refused; `code` is the service error AWS answers with.
    public struct Failure: Error, Sendable, Equatable {
        public let code: String
        public let message: String
    }

    /// Secret keys by access key id.
    public let secrets: [String: String]
    /// Allowed clock skew.
    public var skew: TimeInterval = 900

    public init(secrets: [String: String]) { self.secrets = secrets }

    public func verify(_ request: TwinRequest, now: Date = Date()) throws(Failure) {
        guard let header = request.header("authorization") else {
            throw Failure(code: "MissingAuthenticationTokenException", message: "Missing Authentication Token")
        }
        guard let authorization = SigV4Authorization(header) else {
            throw Failure(code: "IncompleteSignatureException", message: "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.")
        }
        guard let secret = secrets[authorization.accessKeyId] else {
            throw Failure(code: "UnrecognizedClientException", message: "The security token included in the request is invalid.")
        }
        guard let amzDate = request.header("x-amz-date"), let date = Self.parse(amzDate) else {
            throw Failure(code: "IncompleteSignatureException", message: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
        }
        if abs(date.timeIntervalSince(now)) > skew {
            throw Failure(code: "InvalidSignatureException", message: "Signature expired: \(amzDate) is now earlier than the allowed window.")
        }
        let signed = Set(authorization.signedHeaders)
        let headers = request.headers.filter { field in
            let name = field.name.lowercased()
            return signed.contains(name) && name != "x-amz-date" && name != "authorization"
        }
        let host = request.header("host") ?? "localhost"
        let url = "http://\(host)\(request.path)\(request.query.isEmpty ? "" : "?" + request.query)"
        let isS3 = authorization.service == "s3"
        let payload: Payload
        if let declared = request.header("x-amz-content-sha256"), declared == "UNSIGNED-PAYLOAD" || declared.hasPrefix("STREAMING-") {
            payload = .unsigned
        } else {
            payload = .data(request.body)
        }
        let signer = SigV4Signer(
            credentials: Credentials(accessKeyId: authorization.accessKeyId, secretAccessKey: secret),
            region: authorization.region, service: authorization.service,
            options: isS3 ? .s3 : SigningOptions(addContentSHA256Header: false))
        let expected: String
        do {
            expected = try signer.sign(method: request.method, url: url, headers: headers, payload: payload, date: date).signature
        } catch {
            throw Failure(code: "InvalidSignatureException", message: "The request could not be canonicalised: \(error)")
        }
        guard expected == authorization.signature else {
            throw Failure(code: "InvalidSignatureException", message: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.")
        }
    }

    /// `yyyyMMdd'T'HHmmss'Z'`.
    static func parse(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        guard digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: digits[range], as: UTF8.self)) }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }
}
