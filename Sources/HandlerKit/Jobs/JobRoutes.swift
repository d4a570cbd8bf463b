import Foundation
import LambdaRuntime

/// `GET /jobs/{id}` and `GET /jobs?useCase=&status=&limit=`: a caller sees only their own jobs (another owner's
/// job is a 404, as if it did not exist).
public struct JobRoutes: Sendable {
    public let store: any JobStore
    public let delivery: any OutputDelivery
    /// How long output URLs stay valid.
    public var urlLifetime: TimeInterval
    public let now: @Sendable () -> Date

    public init(store: any JobStore, delivery: any OutputDelivery, urlLifetime: TimeInterval = 3600, now: @escaping @Sendable () -> Date = Date.init) {
        self.store = store
        self.delivery = delivery
        self.urlLifetime = urlLifetime
        self.now = now
    }

    /// Adds the routes to `router`.
    public func register<Context: Sendable>(on router: inout HTTPRouter<Context>) {
        let routes = self
        router.on(.get, "/jobs/{id}") { request, _ in try await routes.show(request) }
        router.on(.get, "/jobs") { request, _ in try await routes.list(request) }
    }

    func show(_ request: RouteRequest) async throws -> RouteResponse {
        let caller = try Caller(request)
        let id = try request.pathParameter("id")
        guard JobIdentifier.isValid(id), let job = try await store.job(id: id), job.owner == caller.id else {
            throw HTTPError.notFound("no job \(id)")
        }
        return try .json(try await JobView(job, delivery: delivery, expires: now().addingTimeInterval(urlLifetime)))
    }

    func list(_ request: RouteRequest) async throws -> RouteResponse {
        let caller = try Caller(request)
        var status: JobStatus?
        if let text = request.query("status") {
            guard let parsed = JobStatus(rawValue: text.uppercased()) else {
                throw HTTPError.invalidRequest("status must be one of \(JobStatus.allCases.map(\.rawValue).joined(separator: ", ")); got '\(text)'")
            }
            status = parsed
        }
        var limit = 50
        if let text = request.query("limit") {
            guard let number = Int(text), (1...200).contains(number) else { throw HTTPError.invalidRequest("limit must be a whole number from 1 to 200; got '\(text)'") }
            limit = number
        }
        let useCase = request.query("useCase").flatMap { $0.isEmpty ? nil : $0 }
        let jobs = try await store.jobs(owner: caller.id, useCase: useCase, status: status, limit: limit)
        return try .json(["jobs": jobs.map(JobSummary.init)])
    }
}
