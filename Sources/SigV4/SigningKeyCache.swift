import Crypto
import Synchronization

/// Caches derived signing keys per (secret, date, region, service): deriving one costs four HMACs,
/// and a process signs many requests a day with the same few keys.
public final class SigningKeyCache: Sendable {
    private struct Entry {
        var secret: String
        var dateStamp: [UInt8]
        var region: String
        var service: String
        var key: SigningKey
    }

    private struct State {
        var entries: [Entry] = []
        var next = 0
        var derivations = 0
    }

    private let capacity: Int
    private let state = Mutex(State())

    /// The cache signers share unless given their own.
    public static let shared = SigningKeyCache()

    public init(capacity: Int = 16) { self.capacity = max(1, capacity) }

    /// How many keys were derived (not served from the cache) so far.
    public var derivations: Int { state.withLock { $0.derivations } }

    func key(secret: String, dateStamp: ArraySlice<UInt8>, region: String, service: String) -> SigningKey {
        let cached: SigningKey? = state.withLock { state in
            state.entries.first {
                $0.dateStamp.elementsEqual(dateStamp) && $0.region == region && $0.service == service && $0.secret == secret
            }?.key
        }
        if let cached { return cached }
        let key = SigningKey(SigningKeyCache.derive(secret: secret, dateStamp: dateStamp, region: region, service: service))
        state.withLock { state in
            state.derivations += 1
            let entry = Entry(secret: secret, dateStamp: Array(dateStamp), region: region, service: service, key: key)
            if state.entries.count < capacity {
                state.entries.append(entry)
            } else {
                state.entries[state.next] = entry
                state.next = (state.next + 1) % capacity
            }
        }
        return key
    }

    /// kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").
    static func derive(secret: String, dateStamp: ArraySlice<UInt8>, region: String, service: String) -> SymmetricKey {
        let kSecret = SymmetricKey(data: Array(("AWS4" + secret).utf8))
        let kDate = HMAC<SHA256>.authenticationCode(for: Array(dateStamp), using: kSecret)
        let kRegion = HMAC<SHA256>.authenticationCode(for: Array(region.utf8), using: SymmetricKey(data: kDate))
        let kService = HMAC<SHA256>.authenticationCode(for: Array(service.utf8), using: SymmetricKey(data: kRegion))
        let kSigning = HMAC<SHA256>.authenticationCode(for: Array("aws4_request".utf8), using: SymmetricKey(data: kService))
        return SymmetricKey(data: kSigning)
    }
}
