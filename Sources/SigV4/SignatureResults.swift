/// The outcome of header signing: the headers to add, and the intermediate forms for debugging and tests.
public struct HeaderSignature: Sendable {
    /// Add these to the request, in this order (`X-Amz-Security-Token`, `X-Amz-Date`, `x-amz-content-sha256`, `Authorization`).
    public let headers: [(name: String, value: String)]
    /// The `Authorization` header value.
    public let authorization: String
    let signatureBytes: [UInt8]
    let signedHeadersBytes: [UInt8]
    let canonicalRequestBytes: [UInt8]
    let stringToSignBytes: [UInt8]

    /// The canonical request that was hashed.
    /// The hex signature.
    public var signature: String { String(decoding: signatureBytes, as: UTF8.self) }
    /// The `;`-joined lowercase names of the signed headers.
    public var signedHeaders: String { String(decoding: signedHeadersBytes, as: UTF8.self) }
    public var canonicalRequest: String { String(decoding: canonicalRequestBytes, as: UTF8.self) }
    /// The string that was signed.
    public var stringToSign: String { String(decoding: stringToSignBytes, as: UTF8.self) }
}

/// The outcome of query signing: a URL that carries its own authorization until it expires.
public struct PresignedURL: Sendable {
    /// The request URL with the `X-Amz-*` authentication parameters appended.
    public let url: String
    let signatureBytes: [UInt8]
    let signedHeadersBytes: [UInt8]
    let canonicalRequestBytes: [UInt8]
    let stringToSignBytes: [UInt8]

    /// The hex signature.
    public var signature: String { String(decoding: signatureBytes, as: UTF8.self) }
    /// The `;`-joined lowercase names of the signed headers.
    public var signedHeaders: String { String(decoding: signedHeadersBytes, as: UTF8.self) }
    public var canonicalRequest: String { String(decoding: canonicalRequestBytes, as: UTF8.self) }
    public var stringToSign: String { String(decoding: stringToSignBytes, as: UTF8.self) }
}
