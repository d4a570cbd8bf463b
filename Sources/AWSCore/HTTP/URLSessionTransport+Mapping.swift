import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionTransport {
    /// The URLRequest for `request`; its URL must be absolute http(s) with a host, already percent-encoded.
    func makeURLRequest(_ request: HTTPRequest) throws -> URLRequest {
        guard let url = URL(string: request.url, encodingInvalidCharacters: false),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { throw TransportError.invalidURL(request.url) }
        var urlRequest = URLRequest(
            url: url, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData,
            timeoutInterval: Self.backstopTimeout(configuration.readTimeout))
        urlRequest.httpMethod = request.method
        urlRequest.httpShouldHandleCookies = false
        for field in request.headers {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        if !request.body.isEmpty {
            urlRequest.httpBody = request.body
            if !request.headers.contains("Content-Type") {
                Self.suppressDefaultContentType(&urlRequest)
            }
        }
        return urlRequest
    }

    /// Foundation gives a POST body without Content-Type the type `application/x-www-form-urlencoded`.
    /// On Linux a blank value makes Foundation keep out of it and libcurl send no Content-Type at all.
    private static func suppressDefaultContentType(_ request: inout URLRequest) {
        #if canImport(FoundationNetworking)
        request.setValue(" ", forHTTPHeaderField: "Content-Type")
        #endif
    }

    /// The response with its headers in a stable order (by name). Foundation joins repeated header fields
    /// into one value separated by ", ", as RFC 9110 §5.3 allows.
    static func httpResponse(_ response: HTTPURLResponse, body: Data) -> HTTPResponse {
        var fields: [HTTPHeaders.Field] = []
        for (name, value) in response.allHeaderFields {
            guard let name = name as? String else { continue }
            fields.append((name: name, value: value as? String ?? String(describing: value)))
        }
        fields.sort { $0.name.lowercased() < $1.name.lowercased() }
        return HTTPResponse(status: response.statusCode, headers: HTTPHeaders(fields), body: body)
    }

    /// Maps a URLSession failure to the transport's error kinds.
    static func transportError(for error: any Error, url: String) -> TransportError {
        if let transportError = error as? TransportError { return transportError }
        let nsError = error as NSError
        guard nsError.domain == NSURLErrorDomain else {
            return .other("\(url): \(nsError.localizedDescription)")
        }
        let detail = "\(url): \(nsError.localizedDescription) (NSURLError \(nsError.code))"
        switch URLError.Code(rawValue: nsError.code) {
        case .timedOut:
            return .timedOut(detail)
        case .cannotConnectToHost, .networkConnectionLost, .dnsLookupFailed, .notConnectedToInternet, .cannotFindHost:
            return .connectionFailed(detail)
        case .cancelled:
            return .cancelled(detail)
        case .badURL, .unsupportedURL:
            return .invalidURL(url)
        default:
            return .other(detail)
        }
    }
}
