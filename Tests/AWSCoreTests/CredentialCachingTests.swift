import Foundation
import Testing
@testable import AWSCore

@Suite("CachingCredentialProvider")
struct CredentialCachingTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)
    struct Boom: Error, Equatable {}

    @Test("credentials without expiration are fetched once and kept for good")
    func keepsForever() async throws {
        let clock = CredentialFakes.Clock(Self.start)
        let source = CredentialFakes.CountingProvider { CredentialFakes.numbered($0) }
        let cache = CachingCredentialProvider(wrapping: source, timeSource: clock)
        #expect(try await cache.credentials() == CredentialFakes.numbered(1))
        clock.advance(by: 10 * 365 * 86_400)
        #expect(try await cache.credentials() == CredentialFakes.numbered(1))
        #expect(source.calls == 1)
    }

    @Test("expiring credentials are reused until 300 seconds before expiry, then refreshed exactly then")
    func refreshWindow() async throws {
        let clock = CredentialFakes.Clock(Self.start)
        let source = CredentialFakes.CountingProvider { call in
            CredentialFakes.numbered(call, expiration: clock.now().addingTimeInterval(3600))
        }
        let cache = CachingCredentialProvider(wrapping: source, timeSource: clock)
        #expect(try await cache.credentials().accessKeyId == "AKID1")
        clock.advance(by: 3299)
        #expect(try await cache.credentials().accessKeyId == "AKID1")
        #expect(source.calls == 1)
        clock.advance(by: 1)  // now exactly expiration - 300
        let refreshed = try await cache.credentials()
        #expect(refreshed == CredentialFakes.numbered(2, expiration: Self.start.addingTimeInterval(3300 + 3600)))
        #expect(source.calls == 2)
        #expect(try await cache.credentials().accessKeyId == "AKID2")
        #expect(source.calls == 2)
    }

    @Test("a custom refresh window of zero refreshes only at the expiration instant")
    func customWindow() async throws {
        let clock = CredentialFakes.Clock(Self.start)
        let source = CredentialFakes.CountingProvider { call in
            CredentialFakes.numbered(call, expiration: Self.start.addingTimeInterval(60))
        }
        let cache = CachingCredentialProvider(wrapping: source, timeSource: clock, refreshWindow: 0)
        _ = try await cache.credentials()
        clock.advance(by: 59.999)
        _ = try await cache.credentials()
        #expect(source.calls == 1)
        clock.advance(by: 0.001)
        _ = try await cache.credentials()
        #expect(source.calls == 2)
    }

    @Test("fifty concurrent callers share one in-flight refresh", .timeLimit(.minutes(1)))
    func singleFlight() async throws {
        let gate = CredentialFakes.Gate()
        let source = CredentialFakes.CountingProvider(gate: gate) { CredentialFakes.numbered($0) }
        let cache = CachingCredentialProvider(wrapping: source, timeSource: CredentialFakes.Clock(Self.start))
        let results = try await withThrowingTaskGroup(of: Credentials.self) { group in
            for _ in 0..<50 { group.addTask { try await cache.credentials() } }
            // Open the gate only once the other 49 callers are waiting on the first one's refresh.
            await CredentialFakes.yield { await cache.joinedRefreshes >= 49 }
            await gate.open()
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 50)
        #expect(results.allSatisfy { $0 == CredentialFakes.numbered(1) })
        #expect(source.calls == 1)
        #expect(await cache.joinedRefreshes == 49)
    }

    @Test("callers sharing a failed refresh all get the error, and the next call tries again", .timeLimit(.minutes(1)))
    func sharedFailure() async throws {
        let gate = CredentialFakes.Gate()
        let source = CredentialFakes.CountingProvider(gate: gate) { call in
            if call == 1 { throw Boom() }
            return CredentialFakes.numbered(call)
        }
        let cache = CachingCredentialProvider(wrapping: source, timeSource: CredentialFakes.Clock(Self.start))
        let failures = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    do { _ = try await cache.credentials(); return false } catch { return error is Boom }
                }
            }
            await CredentialFakes.yield { await cache.joinedRefreshes >= 9 }
            await gate.open()
            return await group.reduce(into: 0) { count, failed in count += failed ? 1 : 0 }
        }
        #expect(failures == 10)
        #expect(source.calls == 1)
        #expect(try await cache.credentials() == CredentialFakes.numbered(2))
        #expect(source.calls == 2)
    }

    @Test("a failed refresh returns the cached credentials while they have not expired, and fails after")
    func fallbackWhileValid() async throws {
        let clock = CredentialFakes.Clock(Self.start)
        let expiry = Self.start.addingTimeInterval(1000)
        let source = CredentialFakes.CountingProvider { call in
            if call > 1 { throw Boom() }
            return CredentialFakes.numbered(call, expiration: expiry)
        }
        let cache = CachingCredentialProvider(wrapping: source, timeSource: clock)
        _ = try await cache.credentials()
        clock.advance(by: 800)  // inside the window, before expiry
        #expect(try await cache.credentials() == CredentialFakes.numbered(1, expiration: expiry))
        #expect(source.calls == 2)
        clock.advance(by: 200)  // at expiry
        await #expect(throws: Boom.self) { try await cache.credentials() }
        #expect(source.calls == 3)
    }

    @Test("invalidate makes the next call fetch again")
    func invalidate() async throws {
        let source = CredentialFakes.CountingProvider { CredentialFakes.numbered($0) }
        let cache = CachingCredentialProvider(wrapping: source, timeSource: CredentialFakes.Clock(Self.start))
        _ = try await cache.credentials()
        await cache.invalidate()
        #expect(try await cache.credentials() == CredentialFakes.numbered(2))
        #expect(source.calls == 2)
    }
}
