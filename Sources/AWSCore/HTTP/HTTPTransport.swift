/// The one seam between the AWS core and the network: send a request, get the whole response.
///
/// Implementations throw `TransportError` for failures below HTTP (connect, timeout, TLS);
/// any HTTP status, including 4xx and 5xx, is a response, not an error.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
