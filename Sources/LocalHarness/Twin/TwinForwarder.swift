import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends a request on to moto untouched (same method, path, query, headers, body — the signature stays valid
/// because the Host header is kept) and returns moto's answer as it is.
public struct TwinForwarder: Sendable {
    public let target: URL

    public init(target: URL) { self.target = target }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 120
        return URLSession(configuration: configuration)
    }()

    public func forward(_ request: TwinRequest) async -> TwinResponse {
        var components = URLComponents(url: target, resolvingAgainstBaseURL: false)!
        components.percentEncodedPath = request.path
        components.percentEncodedQuery = request.query.isEmpty ? nil : request.query
        guard let url = components.url else { return .restError("InvalidURI", "Could not forward \(request.path)", status: 400) }
        var forwarded = URLRequest(url: url)
        forwarded.httpMethod = request.method
        for (name, value) in request.headers where !Self.hopByHop.contains(name.lowercased()) {
            forwarded.addValue(value, forHTTPHeaderField: name)
        }
        if !request.body.isEmpty || ["POST", "PUT", "PATCH"].contains(request.method) { forwarded.httpBody = request.body }
        do {
            let (data, response) = try await Self.session.data(for: forwarded)
            guard let http = response as? HTTPURLResponse else { return .restError("ServiceUnavailable", "moto gave no HTTP answer", status: 503) }
            var headers: [(name: String, value: String)] = []
            for (name, value) in http.allHeaderFields {
                guard let name = name as? String, let value = value as? String, !Self.hopByHop.contains(name.lowercased()),
                      name.lowercased() != "content-length" else { continue }
                headers.append((name, value))
            }
            return TwinResponse(status: http.statusCode, headers: headers, body: data)
        } catch {
            return .restError("ServiceUnavailable", "moto did not answer: \(error.localizedDescription)", status: 503)
        }
    }

    static let hopByHop: Set<String> = ["connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection", "content-length", "expect"]
}
