/// The outcome of header signing: the headers to add, and the intermediate forms for debugging and tests.
public struct HeaderSignature: Sendable {
    /// Add these to the request, in this order (`X-Amz-Security-Token`, `X-Amz-Date`, `x-amz-content-sha256`, `Authorization`).
    public let headers: [(name: String, value: String)]
    /// The `Authorization` header value.
    public let authorization: String
    /// The hex signature.
    public let signature: String
    /// The `;`-joined lowercase names of the signed headers.
    public let signedHeaders: String
    let canonicalRequestBytes: [UInt8]
    let stringToSignBytes: [UInt8]

    /// The canonical request that was hashed.
    public var canonicalRequest: String { String(decoding: canonicalRequestBytes, as: UTF8.self) }
    /// The string that was signed.
    public var stringToSign: String { String(decoding: stringToSignBytes, as: UTF8.self) }
}

/// The outcome of query signing: a URL that carries its own authorization until it expires.
public struct PresignedURL: Sendable {
    /// The request URL with the `X-Amz-*` authentication parameters appended.
    public let url: String
    public let signature: String
    public let signedHeaders: String
    let canonicalRequestBytes: [UInt8]
    let stringToSignBytes: [UInt8]

    public var canonicalRequest: String { String(decoding: canonicalRequestBytes, as: UTF8.self) }
    public var stringToSign: String { String(decoding: stringToSignBytes, as: UTF8.self) }
}
