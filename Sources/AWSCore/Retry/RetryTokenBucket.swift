/// The retry quota shared by every request of a client: retries spend tokens, successes give some back,
/// so a failing dependency quickly stops being hammered with retries (botocore's `RetryQuota`).
public actor RetryTokenBucket {
    /// The most tokens the bucket holds: its initial amount.
    public nonisolated let capacity: Int
    /// Tokens available now.
    public private(set) var availableTokens: Int

    /// A full bucket of `initialTokens` (negative amounts count as 0).
    public init(initialTokens: Int = 500) {
        let tokens = max(0, initialTokens)
        self.capacity = tokens
        self.availableTokens = tokens
    }

    /// Takes `amount` tokens if that many are available; returns whether it did (nothing is taken otherwise).
    public func acquire(_ amount: Int) -> Bool {
        guard amount <= availableTokens else { return false }
        availableTokens -= max(0, amount)
        return true
    }

    /// Gives back `amount` tokens, never filling beyond `capacity`.
    public func release(_ amount: Int) {
        availableTokens = min(capacity, availableTokens + max(0, amount))
    }
}
