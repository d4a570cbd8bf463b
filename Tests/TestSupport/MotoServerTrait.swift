import Testing

extension MotoServer {
    /// The server of the suite being run under the `.motoServer` trait.
    @TaskLocal public static var current: MotoServer?
}

/// Starts one moto server for a whole suite and stops it when the suite ends.
public struct MotoServerTrait: SuiteTrait, TestScoping {
    public var isRecursive: Bool { false }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let server = try MotoServer()
        defer { server.stop() }
        try await MotoServer.$current.withValue(server) { try await function() }
    }
}

extension Trait where Self == MotoServerTrait {
    /// Runs the suite against a moto server that verifies every SigV4 signature.
    public static var motoServer: Self { Self() }
}
