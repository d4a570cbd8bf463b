/// The per-service rules of a signature: S3 differs from every other service.
public struct SigningOptions: Sendable, Equatable {
    /// Remove `.` and `..` segments and repeated slashes from the path before signing (not for S3).
    public var normalizePath: Bool
    /// URI-encode the wire path again, so `%` becomes `%25` (every service but S3).
    public var doubleURIEncode: Bool
    /// Send and sign `x-amz-content-sha256` with the payload hash (S3 requires it).
    public var addContentSHA256Header: Bool
    /// Sign the session token; when `false` it is added after signing and is not part of the signature.
    public var signSessionToken: Bool

    public init(
        normalizePath: Bool = true,
        doubleURIEncode: Bool = true,
        addContentSHA256Header: Bool = false,
        signSessionToken: Bool = true
    ) {
        self.normalizePath = normalizePath
        self.doubleURIEncode = doubleURIEncode
        self.addContentSHA256Header = addContentSHA256Header
        self.signSessionToken = signSessionToken
    }

    /// Every service but S3: normalised path, double encoding.
    public static let standard = SigningOptions()
    /// S3: path as sent, single encoding, `x-amz-content-sha256` always sent.
    public static let s3 = SigningOptions(normalizePath: false, doubleURIEncode: false, addContentSHA256Header: true)
}
