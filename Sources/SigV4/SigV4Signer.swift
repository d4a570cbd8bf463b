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
        let scope = scopeBytes(amzDate)

        var replaced: CanonicalHeaders.Replaced = [.date]
        if token != nil { replaced.insert(.securityToken) }
        if options.addContentSHA256Header { replaced.insert(.contentSHA256) }
        var canonicalHeaders = CanonicalHeaders(capacity: 160 + (credentials.sessionToken?.utf8.count ?? 0) + headers.count * 48)
        for field in headers { try canonicalHeaders.add(name: field.name, value: field.value, replacing: replaced) }
        if !canonicalHeaders.contains(Names.host) { canonicalHeaders.addCanonical(name: Names.host, value: target.hostHeader) }
        canonicalHeaders.addCanonical(name: Names.xAmzDate, value: amzDate.timestamp)
        if let token, options.signSessionToken { canonicalHeaders.addCanonical(name: Names.xAmzSecurityToken, value: token.utf8) }
        if options.addContentSHA256Header { canonicalHeaders.addCanonical(name: Names.xAmzContentSHA256, value: payloadHash) }
        canonicalHeaders.sort()
        let signedHeaders = canonicalHeaders.signedHeaders()

        let canonicalRequest = canonicalRequestBytes(
            method: method, target: target, query: target.query.isEmpty ? [] : CanonicalQuery.pairs(from: target.query),
            headers: canonicalHeaders, signedHeaders: signedHeaders, payloadHash: payloadHash)

        let (stringToSign, signature) = signCanonicalRequest(canonicalRequest, amzDate: amzDate, scope: scope)

        var authorization = [UInt8]()
        authorization.reserveCapacity(Names.authorizationPrefix.count + 24 + scope.count + signedHeaders.count + 96)
        authorization.append(contentsOf: Names.authorizationPrefix)
        authorization.append(contentsOf: credentials.accessKeyId.utf8)
        authorization.append(UInt8(ascii: "/"))
        authorization.append(contentsOf: scope)
        authorization.append(contentsOf: Names.signedHeadersInfix)
        authorization.append(contentsOf: signedHeaders)
        authorization.append(contentsOf: Names.signatureInfix)
        authorization.append(contentsOf: signature)
        let authorizationString = String(decoding: authorization, as: UTF8.self)

        var added: [(name: String, value: String)] = []
        added.reserveCapacity(4)
        if let token { added.append(("X-Amz-Security-Token", token)) }
        added.append(("X-Amz-Date", amzDate.timestampString))
        if options.addContentSHA256Header { added.append(("x-amz-content-sha256", String(decoding: payloadHash, as: UTF8.self))) }
        added.append(("Authorization", authorizationString))
        return HeaderSignature(
            headers: added, authorization: authorizationString, signatureBytes: signature, signedHeadersBytes: signedHeaders,
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

        var canonicalHeaders = CanonicalHeaders(capacity: 64 + headers.count * 48)
        for field in headers { try canonicalHeaders.add(name: field.name, value: field.value, replacing: []) }
        if !canonicalHeaders.contains(Names.host) { canonicalHeaders.addCanonical(name: Names.host, value: target.hostHeader) }
        canonicalHeaders.sort()
        let signedHeaders = canonicalHeaders.signedHeaders()

        let scope = scopeBytes(amzDate)
        var credential = [UInt8]()
        URIEncoding.appendEncoded(credentials.accessKeyId.utf8, to: &credential)
        URIEncoding.appendEncoded(UInt8(ascii: "/"), to: &credential)
        URIEncoding.appendEncoded(scope, to: &credential)
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

        let canonicalRequest = canonicalRequestBytes(
            method: method, target: target, query: pairs, headers: canonicalHeaders, signedHeaders: signedHeaders,
            payloadHash: payloadHash)

        let (stringToSign, signature) = signCanonicalRequest(canonicalRequest, amzDate: amzDate, scope: scope)

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
            url: String(decoding: out, as: UTF8.self), signatureBytes: signature, signedHeadersBytes: signedHeaders,
            canonicalRequestBytes: canonicalRequest, stringToSignBytes: stringToSign)
    }

    // MARK: - Shared steps

    /// METHOD, canonical URI, canonical query, canonical headers, signed headers and payload hash, one per line.
    private func canonicalRequestBytes(
        method: [UInt8], target: RequestTarget, query: [CanonicalQuery.Pair], headers: CanonicalHeaders,
        signedHeaders: [UInt8], payloadHash: [UInt8]
    ) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(384 + target.path.count + target.query.count * 2 + headers.byteCount)
        out.append(contentsOf: method)
        out.append(0x0A)
        CanonicalURI.append(path: target.path, options: options, to: &out)
        out.append(0x0A)
        if !query.isEmpty { CanonicalQuery.append(sorted: query, to: &out) }
        out.append(0x0A)
        headers.appendCanonical(to: &out)
        out.append(0x0A)
        out.append(contentsOf: signedHeaders)
        out.append(0x0A)
        out.append(contentsOf: payloadHash)
        return out
    }

    /// Builds the string to sign for a canonical request and returns it with the hex signature.
    private func signCanonicalRequest(_ canonicalRequest: [UInt8], amzDate: AmzDate, scope: [UInt8]) -> ([UInt8], [UInt8]) {
        var stringToSign = [UInt8]()
        stringToSign.reserveCapacity(Names.algorithm.count + 18 + scope.count + 65)
        stringToSign.append(contentsOf: Names.algorithm)
        stringToSign.append(0x0A)
        stringToSign.append(contentsOf: amzDate.timestamp)
        stringToSign.append(0x0A)
        stringToSign.append(contentsOf: scope)
        stringToSign.append(0x0A)
        canonicalRequest.withUnsafeBytes { Hashing.appendSHA256Hex(of: $0, to: &stringToSign) }

        let key = keyCache.key(
            secret: credentials.secretAccessKey, dateStamp: amzDate.dateStamp, region: region, service: service)
        var signature = [UInt8]()
        signature.reserveCapacity(64)
        key.appendHexMAC(of: stringToSign, to: &signature)
        return (stringToSign, signature)
    }

    /// `YYYYMMDD/region/service/aws4_request`.
    private func scopeBytes(_ amzDate: AmzDate) -> [UInt8] {
        var scope = [UInt8]()
        scope.reserveCapacity(8 + region.utf8.count + service.utf8.count + 15)
        scope.append(contentsOf: amzDate.dateStamp)
        scope.append(UInt8(ascii: "/"))
        scope.append(contentsOf: region.utf8)
        scope.append(UInt8(ascii: "/"))
        scope.append(contentsOf: service.utf8)
        scope.append(contentsOf: Names.terminator)
        return scope
    }

    private func validateScope() throws(SigV4Error) {
        guard !credentials.accessKeyId.isEmpty else { throw .missingCredentials("the access key id") }
        guard !credentials.secretAccessKey.isEmpty else { throw .missingCredentials("the secret access key") }
        if !Self.isScopeComponent(region) { throw Self.badScope("region", region) }
        if !Self.isScopeComponent(service) { throw Self.badScope("service name", service) }
        if !Self.isScopeComponent(credentials.accessKeyId) { throw Self.badScope("access key id", credentials.accessKeyId) }
    }

    private static func isScopeComponent(_ value: String) -> Bool {
        if value.isEmpty { return false }
        return (try? value.withUTF8Buffer { bytes in
            !bytes.contains { $0 <= 0x20 || $0 == UInt8(ascii: "/") || $0 == 0x7F }
        }) ?? false
    }

    private static func badScope(_ what: String, _ value: String) -> SigV4Error {
        .invalidScope("the \(what) '\(value)' is empty or contains '/', whitespace or a control character")
    }

    private func sessionToken() throws(SigV4Error) -> String? {
        guard let token = credentials.sessionToken, !token.isEmpty else { return nil }
        try token.withUTF8Buffer { bytes throws(SigV4Error) in
            for b in bytes where b < 0x20 || b == 0x7F { throw .invalidHeaderValue("X-Amz-Security-Token") }
        }
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
            data.withUnsafeBytes { Hashing.appendSHA256Hex(of: $0, to: &out) }
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
        static let authorizationPrefix = Array("AWS4-HMAC-SHA256 Credential=".utf8)
        static let signedHeadersInfix = Array(", SignedHeaders=".utf8)
        static let signatureInfix = Array(", Signature=".utf8)
        static let algorithmParam = Array("X-Amz-Algorithm".utf8)
        static let credentialParam = Array("X-Amz-Credential".utf8)
        static let dateParam = Array("X-Amz-Date".utf8)
        static let expiresParam = Array("X-Amz-Expires".utf8)
        static let signedHeadersParam = Array("X-Amz-SignedHeaders".utf8)
        static let securityTokenParam = Array("X-Amz-Security-Token".utf8)
        static let signatureParam = Array("X-Amz-Signature".utf8)
    }
}
