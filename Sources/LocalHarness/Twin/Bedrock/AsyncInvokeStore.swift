import Foundation

/// The twin's asynchronous invocations: InProgress until their time is up, then Completed (outputs written)
/// or Failed, once.
actor AsyncInvokeStore {
    struct Invocation: Sendable {
        var id: String
        var arn: String
        var modelId: String
        var clientRequestToken: String?
        var video: NovaReelJob
        var outputURI: String
        var submitted: Date
        var lastModified: Date
        var ended: Date?
        var status: String
        var failureMessage: String?
        var injectedFailure: String?
    }

    private var invocations: [String: Invocation] = [:]
    private var order: [String] = []

    /// Stores `invocation`, or returns the one already started with the same client token.
    func insert(_ invocation: Invocation) -> Invocation {
        if let token = invocation.clientRequestToken, let existing = invocations.values.first(where: { $0.clientRequestToken == token }) {
            return existing
        }
        invocations[invocation.arn] = invocation
        order.append(invocation.arn)
        return invocation
    }

    func invocation(_ arn: String) -> Invocation? { invocations[arn] }

    func update(_ invocation: Invocation) { invocations[invocation.arn] = invocation }

    var all: [Invocation] { order.compactMap { invocations[$0] } }
}
