// The platform's jobs function: `GET /jobs/{id}` and `GET /jobs` show a caller their jobs of every use case
// (outputs as signed URLs), `POST /uploads` hands out presigned S3 PUTs. Everything is HandlerKit's; this file
// only wires it to the environment the template gives.
import AWSClients
import AWSCore
import HandlerKit
import LambdaRuntime

await LambdaRuntime.run { _ in
    let environment = HandlerEnvironment()
    let aws = try AWSClientConfiguration.fromEnvironment()
    let s3 = try S3Client(aws)
    let store = DynamoDBJobStore(dynamodb: try DynamoDBClient(aws), tableName: try environment.require("JOBS_TABLE"))
    var router = HTTPRouter<LambdaContext>(cors: CORSConfiguration())
    JobRoutes(store: store, delivery: try environment.delivery(s3: s3)).register(on: &router)
    UploadRoutes(s3: s3, bucket: try environment.require("UPLOADS_BUCKET")).register(on: &router)
    let routes = router
    return LambdaClosureByteHandler { payload, context in try await routes.handle(payload: payload, context: context) }
}
