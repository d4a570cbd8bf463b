import AWSCore
import Foundation

extension AWSClient {
    /// Calls an awsJson operation like `json(_:input:as:)`, with extra headers and, when given, another host
    /// (`url`, absolute) in place of the endpoint: SQS's query-mode header, Kinesis's account endpoints.
    func json<Output: Decodable>(
        _ operation: String, input: some Encodable & Sendable, headers: [(String, String)], url: String? = nil,
        as output: Output.Type = Output.self
    ) async throws -> Output {
        var request = try AWSJSONProtocol.request(operation: operation, input: input, protocol: wireProtocol)
            .httpRequest(endpoint: endpoint.url)
        if let url { request.url = url }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await send(request)
        let body = response.body.isEmpty ? Data("{}".utf8) : response.body
        do {
            return try AWSJSONCoding.makeDecoder().decode(Output.self, from: body)
        } catch {
            throw AWSClientError.invalidResponse
        }
    }
}
