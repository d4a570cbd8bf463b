import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The plain view of a Hummingbird request the local servers (gateway, twin) work on, and their answers back.
enum HTTPExchange {
    /// The request target split into path (without query, `/` when empty) and query (without `?`).
    static func target(of request: Request) -> (path: String, query: String) {
        let target = request.uri.string
        let (path, query) = target.firstIndex(of: "?").map { (String(target[..<$0]), String(target[target.index(after: $0)...])) } ?? (target, "")
        return (path.isEmpty ? "/" : path, query)
    }

    /// The header fields as sent, with the Host header HTTPTypes moves into the authority put back (it is signed
    /// by SigV4 and becomes an API Gateway event's domain name).
    static func headers(of request: Request) -> [(name: String, value: String)] {
        var headers = request.headers.map { ($0.name.rawName, $0.value) }
        if let authority = request.head.authority, !headers.contains(where: { $0.0.lowercased() == "host" }) {
            headers.insert(("Host", authority), at: 0)
        }
        return headers
    }

    /// A response with `headers` in order, a Content-Length and `body`.
    static func response(status: Int, headers: [(name: String, value: String)], body: Data, extra: [(HTTPField.Name, String)] = []) -> Response {
        var fields = HTTPFields()
        for (name, value) in headers {
            guard let field = HTTPField.Name(name) else { continue }
            fields.append(HTTPField(name: field, value: value))
        }
        fields[.contentLength] = String(body.count)
        for (name, value) in extra { fields[name] = value }
        return Response(status: HTTPResponse.Status(code: status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
