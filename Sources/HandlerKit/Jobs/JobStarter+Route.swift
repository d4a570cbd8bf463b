import Foundation
import LambdaRuntime

extension JobStarter {
    /// Adds `POST <path>`: the caller from the JWT, the body checked by `parse` (a 400 naming the field), the job
    /// started (the same `Idempotency-Key` from the same caller gives the same job), 202 `{jobId, status}`.
    public func addRoute<Request: Encodable & Sendable>(
        _ path: String, to router: inout HTTPRouter<LambdaContext>,
        parse: @escaping @Sendable (_ body: Data, _ owner: String) throws(HTTPError) -> Request
    ) {
        let starter = self
        router.on(.post, path) { request, _ in
            let caller = try Caller(request)
            let body = try parse(request.body, caller.id)
            let started = try await starter.start(caller: caller, request: body, idempotencyKey: request.header("idempotency-key"))
            return try .json(["jobId": started.job.id, "status": started.job.status.rawValue], status: 202, headers: ["Location": "/jobs/\(started.job.id)"])
        }
    }
}
