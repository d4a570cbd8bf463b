import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The Lambda Invoke API (`POST /2015-03-31/functions/{name}/invocations`) over a ``LocalLambda``, answering
/// as Lambda does so aws-cli, boto3 and our own clients can invoke local functions.
public enum InvokeAPIRoutes {
    static let invocationType = HTTPField.Name("X-Amz-Invocation-Type")!
    static let clientContext = HTTPField.Name("X-Amz-Client-Context")!
    static let functionError = HTTPField.Name("X-Amz-Function-Error")!
    static let executedVersion = HTTPField.Name("X-Amz-Executed-Version")!
    static let errorType = HTTPField.Name("x-amzn-ErrorType")!
    static let requestID = HTTPField.Name("x-amzn-RequestId")!
    static let logType = HTTPField.Name("X-Amz-Log-Type")!
    static let logResult = HTTPField.Name("X-Amz-Log-Result")!

    /// Adds the Invoke API route to `router`.
    public static func add<Context: RequestContext>(to router: Router<Context>, lambda: LocalLambda) {
        router.post("/2015-03-31/functions/:name/invocations") { request, context -> Response in
            let name = functionName(context.parameters.get("name") ?? "")
            let typeName = request.headers[invocationType] ?? "RequestResponse"
            guard let type = LocalLambda.InvocationType(rawValue: typeName) else {
                return awsError(.badRequest, "InvalidParameterValueException", "Unsupported invocation type: \(typeName)")
            }
            guard await lambda.hasFunction(name) else {
                let arn = "arn:aws:lambda:\(lambda.region):000000000000:function:\(name)"
                return awsError(.notFound, "ResourceNotFoundException", "Function not found: \(arn)")
            }
            let body = try await RuntimeAPIRoutes.collect(request.body)
            guard let payload = body.bytes else {
                return awsError(
                    .contentTooLarge, "RequestEntityTooLargeException",
                    "Request must be smaller than \(FunctionError.maximumPayloadSize) bytes for the InvokeFunction operation"
                )
            }
            guard payload.readableBytes == 0 || isJSON(payload) else {
                return awsError(
                    .badRequest, "InvalidRequestContentException",
                    "Could not parse request body into json: Could not parse payload into json"
                )
            }
            let outcome = try await lambda.invoke(
                name: name, payload: payload, type: type, clientContext: request.headers[clientContext]
            )
            var headers = HTTPFields()
            headers[requestID] = outcome.report?.requestID ?? UUID().uuidString.lowercased()
            switch type {
            case .dryRun:
                return Response(status: .noContent, headers: headers)
            case .event:
                headers[.contentLength] = "0"
                return Response(status: .accepted, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer()))
            case .requestResponse:
                headers[.contentType] = "application/json"
                headers[executedVersion] = "$LATEST"
                if case .functionError = outcome.result { headers[functionError] = "Unhandled" }
                if request.headers[logType] == "Tail", let report = outcome.report {
                    headers[logResult] = report.logTail.base64EncodedString()
                }
                return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: outcome.result?.body ?? ByteBuffer()))
            }
        }
    }

    /// Whether `payload` is one JSON value (Lambda refuses any other payload).
    static func isJSON(_ payload: ByteBuffer) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(payload.readableBytesView), options: [.fragmentsAllowed])) != nil
    }

    /// The function name from a name, a partial ARN (`name:qualifier`) or a full ARN.
    static func functionName(_ raw: String) -> String {
        let decoded = raw.removingPercentEncoding ?? raw
        let parts = decoded.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count >= 7, parts[0] == "arn" { return parts[6] }
        if parts.count >= 3, parts[1] == "function" { return parts[2] }
        return parts[0]
    }

    /// An error in the shape Lambda (and botocore's restJson parser) uses: the type in `x-amzn-ErrorType`,
    /// `{"Type": "User", "Message": …}` in the body.
    /// (Lambda spells the message member `message` in its 413 errors, `Message` elsewhere.)
    static func awsError(_ status: HTTPResponse.Status, _ type: String, _ message: String) -> Response {
        let document = ["Type": "User", status == .contentTooLarge ? "message" : "Message": message]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
        var headers = HTTPFields()
        headers[errorType] = type
        headers[requestID] = UUID().uuidString.lowercased()
        return RuntimeAPIRoutes.json(status, body: String(decoding: data, as: UTF8.self), headers: headers)
    }
}
