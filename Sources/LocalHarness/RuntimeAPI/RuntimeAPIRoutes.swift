import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The Lambda runtime API (`2018-06-01`), served under `/fn/<FunctionName>/<instance>` for each instance.
public enum RuntimeAPIRoutes {
    /// The path prefix of one instance's runtime API (without host and port).
    public static func prefix(function: String, instance: Int) -> String { "/fn/\(function)/\(instance)" }

    /// Adds the runtime API routes to `router`, under `/fn/<Function>/<instance>` and, for instance 0 (a single
    /// external runtime), under `/fn/<Function>`.
    public static func add<Context: RequestContext>(to router: Router<Context>, directory: some RuntimeMailboxDirectory) {
        for base in ["/fn/:function/:instance/2018-06-01/runtime", "/fn/:function/2018-06-01/runtime"] {
            add(to: router, base: base, directory: directory)
        }
    }

    /// Adds the runtime API routes under `base` (an instance of its own serves them at `/2018-06-01/runtime`).
    static func add<Context: RequestContext>(to router: Router<Context>, base: String, directory: some RuntimeMailboxDirectory) {
        router.get("\(base)/invocation/next") { _, context -> Response in
            guard let mailbox = await mailbox(context, directory) else { return notFound() }
            guard let invocation = await mailbox.next() else {
                return json(.gone, errorType: "ProcessExited", message: "The function process is shutting down")
            }
            return nextResponse(invocation)
        }
        router.post("\(base)/invocation/:id/response") { request, context -> Response in
            guard let mailbox = await mailbox(context, directory) else { return notFound() }
            let id = context.parameters.get("id") ?? ""
            let body = try await collect(request.body)
            guard let bytes = body.bytes else {
                guard mailbox.complete(requestID: id, with: .functionError(.responseTooLarge(size: body.size))) else {
                    return invalidRequestID()
                }
                return json(.contentTooLarge, errorType: "RequestEntityTooLarge", message: "Response payload exceeded the 6 MB limit")
            }
            return mailbox.complete(requestID: id, with: .success(bytes)) ? accepted() : invalidRequestID()
        }
        router.post("\(base)/invocation/:id/error") { request, context -> Response in
            guard let mailbox = await mailbox(context, directory) else { return notFound() }
            let id = context.parameters.get("id") ?? ""
            let body = try await collect(request.body)
            let error: FunctionError
            if let bytes = body.bytes {
                error = FunctionError(errorType: errorType(of: request, body: bytes), body: bytes)
            } else {
                error = .responseTooLarge(size: body.size)
            }
            guard mailbox.complete(requestID: id, with: .functionError(error)) else { return invalidRequestID() }
            return body.bytes == nil
                ? json(.contentTooLarge, errorType: "RequestEntityTooLarge", message: "Error payload exceeded the 6 MB limit")
                : accepted()
        }
        router.post("\(base)/init/error") { request, context -> Response in
            guard let mailbox = await mailbox(context, directory) else { return notFound() }
            let body = try await collect(request.body)
            let bytes = body.bytes ?? ByteBuffer(string: #"{"errorType":"Runtime.Unknown","errorMessage":"init error too large"}"#)
            mailbox.initFailed(FunctionError(errorType: errorType(of: request, body: bytes), body: bytes))
            return accepted()
        }
    }

    static let functionErrorType = HTTPField.Name("Lambda-Runtime-Function-Error-Type")!

    private static func mailbox(_ context: some RequestContext, _ directory: some RuntimeMailboxDirectory) async -> RuntimeMailbox? {
        let function = context.parameters.get("function") ?? ""
        let instanceText = context.parameters.get("instance") ?? "0"
        guard let instance = Int(instanceText) else { return nil }
        return await directory.mailbox(function: function, instance: instance)
    }

    private static func nextResponse(_ invocation: Invocation) -> Response {
        var headers = HTTPFields()
        for (name, value) in invocation.runtimeAPIHeaders { headers[HTTPField.Name(name)!] = value }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: invocation.payload))
    }

    /// The header's error type, else the body's `errorType`, else `Runtime.Unknown`.
    private static func errorType(of request: Request, body: ByteBuffer) -> String {
        FunctionError.errorType(header: request.headers[functionErrorType], body: Data(body.readableBytesView))
    }

    /// A collected body: its bytes, or nil with its size when it passed the 6 MB limit.
    struct CollectedBody {
        var bytes: ByteBuffer?
        var size: Int
    }

    /// Reads the whole body, keeping it only while it stays within ``FunctionError/maximumPayloadSize``.
    static func collect(_ body: RequestBody) async throws -> CollectedBody {
        var buffer = ByteBuffer()
        var size = 0
        for try await part in body {
            size += part.readableBytes
            if size <= FunctionError.maximumPayloadSize {
                var part = part
                buffer.writeBuffer(&part)
            } else if buffer.capacity > 0 {
                buffer = ByteBuffer()
            }
        }
        return CollectedBody(bytes: size <= FunctionError.maximumPayloadSize ? buffer : nil, size: size)
    }

    private static func accepted() -> Response {
        json(.accepted, body: #"{"status":"OK"}"#)
    }

    private static func invalidRequestID() -> Response {
        json(.badRequest, errorType: "InvalidRequestID", message: "Invalid request ID")
    }

    private static func notFound() -> Response {
        json(.notFound, errorType: "FunctionNotFound", message: "No such function instance")
    }

    static func json(_ status: HTTPResponse.Status, errorType: String, message: String) -> Response {
        let document = ["errorMessage": message, "errorType": errorType]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
        return json(status, body: String(decoding: data, as: UTF8.self))
    }

    static func json(_ status: HTTPResponse.Status, body: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
