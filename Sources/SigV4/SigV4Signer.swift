import Crypto
import Foundation

/// AWS Signature Version 4, by header (`Authorization`) or by query (presigned URL).
///
/// The signer takes the request as it goes on the wire: an absolute URL whose path and query are
/// already percent-encoded, and the header fields the client will send. It never sends anything.
public struct SigV4Signer: Sendable {
    public var credentials: Credentials
    public var region: String
    /// The signing name (`bedrock` for bedrock-runtime, `states` for Step Functions, …).
    public var service: String
    public var options: SigningOptions
    public var keyCache: SigningKeyCache

    /// The longest validity AWS accepts for a presigned URL: 7 days.
    public static let maximumExpiry = 604_800

    public init(
        credentials: Credentials,
        region: String,
        service: String,
        options: SigningOptions = .standard,
        keyCache: SigningKeyCache = .shared
    ) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.options = options
        self.keyCache = keyCache
    }

    /// Signs with an `Authorization` header. `date` is the signing time (inject it; do not read a clock here).
    public func sign(
        method: String,
        url: String,
        headers: [(name: String, value: String)] = [],
        payload: Payload = .empty,
        date: Date
    ) throws(SigV4Error) -> HeaderSignature {
        try validateScope()
        let method = try Self.canonicalMethod(method)
        let target = try RequestTarget(url)
        let amzDate = AmzDate(date)
        let payloadHash = Self.hash(of: payload)
        let token = try sessionToken()

        var replaced: [[UInt8]] = [Names.xAmzDate]
        if token != nil { replaced.append(Names.xAmzSecurityToken) }
        if options.addContentSHA256Header { replaced.append(Names.xAmzContentSHA256) }
        var canonicalHeaders = CanonicalHeaders()
        for field in headers { try canonicalHeaders.add(name: field.name, value: field.value, replacing: replaced) }
        if !canonicalHeaders.contains(Names.host) { canonicalHeaders.addCanonical(name: Names.host, value: target.hostHeader) }
        canonicalHeaders.addCanonical(name: Names.xAmzDate, value: amzDate.timestamp)
        if let token, options.signSessionToken { canonicalHeaders.addCanonical(name: Names.xAmzSecurityToken, value: Array(token.utf8)) }
        if options.addContentSHA256Header { canonicalHeaders.addCanonical(name: Names.xAmzContentSHA256, value: payloadHash) }
        canonicalHeaders.sort()
        let signedHeaders = canonicalHeaders.signedHeaders()

        var canonicalRequest = [UInt8]()
        canonicalRequest.reserveCapacity(256 + target.path.count + target.query.count + headers.count * 48)
        canonicalRequest.append(contentsOf: method)
        canonicalRequest.append(0x0A)
        CanonicalURI.append(path: target.path, options: options, to: &canonicalRequest)
        canonicalRequest.append(0x0A)
        CanonicalQuery.append(sorted: CanonicalQuery.pairs(from: target.query), to: &canonicalRequest)
        canonicalRequest.append(0x0A)
        canonicalHeaders.appendCanonical(to: &canonicalRequest)
        canonicalRequest.append(0x0A)
        canonicalRequest.append(contentsOf: signedHeaders)
        canonicalRequest.append(0x0A)
        canonicalRequest.append(contentsOf: payloadHash)

        let (stringToSign, signature) = signCanonicalRequest(canonicalRequest, amzDate: amzDate)
        let signatureString = String(decoding: signature, as: UTF8.self)
        let signedHeadersString = String(decoding: signedHeaders, as: UTF8.self)

        var authorization = "AWS4-HMAC-SHA256 Credential="
        authorization.reserveCapacity(200)
        authorization += credentials.accessKeyId
        authorization += "/"
        authorization += scopeString(amzDate)
        authorization += ", SignedHeaders="
        authorization += signedHeadersString
        authorization += ", Signature="
        authorization += signatureString

        var added: [(name: String, value: String)] = []
        added.reserveCapacity(4)
        if let token { added.append(("X-Amz-Security-Token", token)) }
        added.append(("X-Amz-Date", amzDate.timestampString))
        if options.addContentSHA256Header { added.append(("x-amz-content-sha256", String(decoding: payloadHash, as: UTF8.self))) }
        added.append(("Authorization", authorization))
        return HeaderSignature(
            headers: added, authorization: authorization, signature: signatureString, signedHeaders: signedHeadersString,
            canonicalRequestBytes: canonicalRequest, stringToSignBytes: stringToSign)
    }

    /// Signs with query parameters: a URL valid for `expires` seconds (1 s to 7 days) from `date`.
    /// Headers given here are signed and must be sent with the URL; S3 callers pass `.unsigned` as payload.
    public func presign(
        method: String,
        url: String,
        headers: [(name: String, value: String)] = [],
        payload: Payload = .empty,
        expires: Int,
        date: Date
    ) throws(SigV4Error) -> PresignedURL {
        guard expires >= 1 && expires <= Self.maximumExpiry else { throw .expiryOutOfRange(expires) }
        try validateScope()
        let method = try Self.canonicalMethod(method)
        let target = try RequestTarget(url)
        let amzDate = AmzDate(date)
        let payloadHash = Self.hash(of: payload)
        let token = try sessionToken()

        var canonicalHeaders = CanonicalHeaders()
        for field in headers { try canonicalHeaders.add(name: field.name, value: field.value, replacing: []) }
        if !canonicalHeaders.contains(Names.host) { canonicalHeaders.addCanonical(name: Names.host, value: target.hostHeader) }
        canonicalHeaders.sort()
        let signedHeaders = canonicalHeaders.signedHeaders()

        var credential = [UInt8]()
        URIEncoding.appendEncoded((credentials.accessKeyId + "/" + scopeString(amzDate)).utf8, to: &credential)
        var encodedSignedHeaders = [UInt8]()
        URIEncoding.appendEncoded(signedHeaders, to: &encodedSignedHeaders)
        let expiresBytes = Array(String(expires).utf8)
        var encodedToken: [UInt8]? = nil
        if let token {
            var bytes = [UInt8]()
            URIEncoding.appendEncoded(token.utf8, to: &bytes)
            encodedToken = bytes
        }

        var pairs = CanonicalQuery.pairs(from: target.query)
        pairs.append((Names.algorithmParam, Names.algorithm))
        pairs.append((Names.credentialParam, credential))
        pairs.append((Names.dateParam, amzDate.timestamp))
        pairs.append((Names.expiresParam, expiresBytes))
        pairs.append((Names.signedHeadersParam, encodedSignedHeaders))
        if let encodedToken, options.signSessionToken { pairs.append((Names.securityTokenParam, encodedToken)) }

        var canonicalRequest = [UInt8]()
        canonicalRequest.reserveCapacity(512 + target.path.count + target.query.count)
        canonicalRequest.append(contentsOf: method)
        canonicalRequest.append(0x0A)
        CanonicalURI.append(path: target.path, options: options, to: &canonicalRequest)
        canonicalRequest.append(0x0A)
        CanonicalQuery.append(sorted: pairs, to: &canonicalRequest)
        canonicalRequest.append(0x0A)
        canonicalHeaders.appendCanonical(to: &canonicalRequest)
        canonicalRequest.append(0x0A)
        canonicalRequest.append(contentsOf: signedHeaders)
        canonicalRequest.append(0x0A)
        canonicalRequest.append(contentsOf: payloadHash)

        let (stringToSign, signature) = signCanonicalRequest(canonicalRequest, amzDate: amzDate)

        var out = Array(target.urlWithoutFragment)
        if !target.hasQuery {
            out.append(UInt8(ascii: "?"))
        } else if !target.query.isEmpty {
            out.append(UInt8(ascii: "&"))
        }
        func param(_ name: [UInt8], _ value: [UInt8], first: Bool = false) {
            if !first { out.append(UInt8(ascii: "&")) }
            out.append(contentsOf: name)
            out.append(UInt8(ascii: "="))
            out.append(contentsOf: value)
        }
        param(Names.algorithmParam, Names.algorithm, first: true)
        param(Names.credentialParam, credential)
        param(Names.dateParam, amzDate.timestamp)
        param(Names.signedHeadersParam, encodedSignedHeaders)
        param(Names.expiresParam, expiresBytes)
        if let encodedToken { param(Names.securityTokenParam, encodedToken) }
        param(Names.signatureParam, signature)

        return PresignedURL(
            url: String(decoding: out, as: UTF8.self), signature: String(decoding: signature, as: UTF8.self),
            signedHeaders: String(decoding: signedHeaders, as: UTF8.self),
            canonicalRequestBytes: canonicalRequest, stringToSignBytes: stringToSign)
    }

    // MARK: - Shared steps

    /// Builds the string to sign for a canonical request and returns it with the hex signature.
    private func signCanonicalRequest(_ canonicalRequest: [UInt8], amzDate: AmzDate) -> ([UInt8], [UInt8]) {
        var stringToSign = [UInt8]()
        stringToSign.reserveCapacity(160)
        stringToSign.append(contentsOf: Names.algorithm)
        stringToSign.append(0x0A)
        stringToSign.append(contentsOf: amzDate.timestamp)
        stringToSign.append(0x0A)
        stringToSign.append(contentsOf: amzDate.dateStamp)
        stringToSign.append(UInt8(ascii: "/"))
        stringToSign.append(contentsOf: region.utf8)
        stringToSign.append(UInt8(ascii: "/"))
        stringToSign.append(contentsOf: service.utf8)
        stringToSign.append(contentsOf: Names.terminator)
        stringToSign.append(0x0A)
        URIEncoding.appendLowerHex(SHA256.hash(data: canonicalRequest), to: &stringToSign)

        let key = keyCache.key(
            secret: credentials.secretAccessKey, dateStamp: amzDate.dateStamp, region: region, service: service)
        var signature = [UInt8]()
        signature.reserveCapacity(64)
        URIEncoding.appendLowerHex(HMAC<SHA256>.authenticationCode(for: stringToSign, using: key), to: &signature)
        return (stringToSign, signature)
    }

    private func scopeString(_ amzDate: AmzDate) -> String {
        amzDate.dateStampString + "/" + region + "/" + service + "/aws4_request"
    }

    private func validateScope() throws(SigV4Error) {
        guard !credentials.accessKeyId.isEmpty else { throw .missingCredentials("the access key id") }
        guard !credentials.secretAccessKey.isEmpty else { throw .missingCredentials("the secret access key") }
        for (what, value) in [("region", region), ("service name", service), ("access key id", credentials.accessKeyId)] {
            guard !value.isEmpty, !value.utf8.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "/") || $0 == 0x7F }) else {
                throw .invalidScope("the \(what) '\(value)' is empty or contains '/', whitespace or a control character")
            }
        }
    }

    private func sessionToken() throws(SigV4Error) -> String? {
        guard let token = credentials.sessionToken, !token.isEmpty else { return nil }
        guard !token.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { throw .invalidHeaderValue("X-Amz-Security-Token") }
        return token
    }

    private static func canonicalMethod(_ method: String) throws(SigV4Error) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(method.utf8.count)
        for b in method.utf8 {
            guard CanonicalHeaders.isTokenByte(b) else { throw .invalidMethod(method) }
            out.append(b >= 0x61 && b <= 0x7A ? b - 0x20 : b)
        }
        guard !out.isEmpty else { throw .invalidMethod(method) }
        return out
    }

    static func hash(of payload: Payload) -> [UInt8] {
        switch payload {
        case .empty: return Array(Payload.emptySHA256.utf8)
        case .unsigned: return Array("UNSIGNED-PAYLOAD".utf8)
        case .precomputedSHA256(let hex): return Array(hex.utf8)
        case .data(let data):
            if data.isEmpty { return Array(Payload.emptySHA256.utf8) }
            var out = [UInt8]()
            out.reserveCapacity(64)
            URIEncoding.appendLowerHex(SHA256.hash(data: data), to: &out)
            return out
        }
    }

    private enum Names {
        static let host = Array("host".utf8)
        static let xAmzDate = Array("x-amz-date".utf8)
        static let xAmzSecurityToken = Array("x-amz-security-token".utf8)
        static let xAmzContentSHA256 = Array("x-amz-content-sha256".utf8)
        static let algorithm = Array("AWS4-HMAC-SHA256".utf8)
        static let terminator = Array("/aws4_request".utf8)
        static let algorithmParam = Array("X-Amz-Algorithm".utf8)
        static let credentialParam = Array("X-Amz-Credential".utf8)
        static let dateParam = Array("X-Amz-Date".utf8)
        static let expiresParam = Array("X-Amz-Expires".utf8)
        static let signedHeadersParam = Array("X-Amz-SignedHeaders".utf8)
        static let securityTokenParam = Array("X-Amz-Security-Token".utf8)
        static let signatureParam = Array("X-Amz-Signature".utf8)
    }
}
