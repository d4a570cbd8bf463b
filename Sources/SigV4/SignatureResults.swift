/// What both kinds of signature keep for debugging and tests: the intermediate forms, as bytes.
public protocol SigningIntermediates: Sendable {
    var signatureBytes: [UInt8] { get }
    var signedHeadersBytes: [UInt8] { get }
    var canonicalRequestBytes: [UInt8] { get }
    var stringToSignBytes: [UInt8] { get }
}

extension SigningIntermediates {
    /// The hex signature.
    public var signature: String { String(decoding: signatureBytes, as: UTF8.self) }
    /// The `;`-joined lowercase names of the signed headers.
    public var signedHeaders: String { String(decoding: signedHeadersBytes, as: UTF8.self) }
    /// The canonical request that was hashed.
    public var canonicalRequest: String { String(decoding: canonicalRequestBytes, as: UTF8.self) }
    /// The string that was signed.
    public var stringToSign: String { String(decoding: stringToSignBytes, as: UTF8.self) }
}

/// The outcome of header signing: the headers to add, and the intermediate forms for debugging and tests.
public struct HeaderSignature: SigningIntermediates {
    /// Add these to the request, in this order (`X-Amz-Security-Token`, `X-Amz-Date`, `x-amz-content-sha256`, `Authorization`).
    public let headers: [(name: String, value: String)]
    /// The `Authorization` header value.
    public let authorization: String
    public let signatureBytes: [UInt8]
    public let signedHeadersBytes: [UInt8]
    public let canonicalRequestBytes: [UInt8]
    public let stringToSignBytes: [UInt8]
}

/// The outcome of query signing: a URL that carries its own authorization until it expires.
public struct PresignedURL: SigningIntermediates {
    /// The request URL with the `X-Amz-*` authentication parameters appended.
    public let url: String
    public let signatureBytes: [UInt8]
    public let signedHeadersBytes: [UInt8]
    public let canonicalRequestBytes: [UInt8]
    public let stringToSignBytes: [UInt8]
}
