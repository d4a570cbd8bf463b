import Crypto
import Foundation

/// A derived SigV4 signing key, kept as HMAC-SHA256 (RFC 2104) inner and outer hash states already fed
/// with the padded key, so each signature costs two short hashes instead of a full HMAC set-up.
struct SigningKey: Sendable {
    private let inner: SHA256
    private let outer: SHA256

    init(_ key: some ContiguousBytes) {
        var block = [UInt8](repeating: 0, count: 64)
        key.withUnsafeBytes { raw in
            precondition(raw.count <= 64, "a SigV4 signing key is a 32-byte HMAC-SHA256 output")
            for i in 0..<raw.count { block[i] = raw[i] }
        }
        var inner = SHA256()
        var outer = SHA256()
        inner.update(data: block.map { $0 ^ 0x36 })
        outer.update(data: block.map { $0 ^ 0x5C })
        self.inner = inner
        self.outer = outer
    }

    /// HMAC-SHA256 of `message` under this key, appended to `out` as lowercase hex.
    func appendHexMAC(of message: [UInt8], to out: inout [UInt8]) {
        var innerHash = inner
        message.withUnsafeBytes { innerHash.update(bufferPointer: $0) }
        let innerDigest = innerHash.finalize()
        var outerHash = outer
        innerDigest.withUnsafeBytes { outerHash.update(bufferPointer: $0) }
        outerHash.finalize().withUnsafeBytes { URIEncoding.appendLowerHex($0, to: &out) }
    }
}

enum Hashing {
    /// SHA-256 of `bytes`, appended to `out` as lowercase hex.
    static func appendSHA256Hex(of bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        hasher.finalize().withUnsafeBytes { URIEncoding.appendLowerHex($0, to: &out) }
    }
}
