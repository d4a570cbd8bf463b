// The platform's health function: `GET /health` answers who is serving (function, version, region) so a
// deployment, a load balancer probe or `make demo` can tell the API is up. No AWS calls, no state.
import LambdaRuntime

var router = HTTPRouter<LambdaContext>(cors: CORSConfiguration())
router.onJSON(.get, "/health") { _, context in
    HealthStatus(status: "ok", function: context.functionName, version: context.functionVersion, region: HealthStatus.region)
}
let routes = router
await LambdaRuntime.run { _ in
    LambdaClosureByteHandler { payload, context in try await routes.handle(payload: payload, context: context) }
}
