import Foundation

extension AWSClient {
    /// Calls an awsJson 1.0/1.1 operation and decodes its JSON answer. `headers` are added to the request
    /// (SQS's `x-amzn-query-mode`); `url`, absolute, replaces the endpoint (Kinesis's account endpoints).
    public func json<Output: Decodable>(
        _ operation: String, input: some Encodable & Sendable, headers: [(String, String)] = [], url: String? = nil,
        as output: Output.Type = Output.self
    ) async throws -> Output {
        var request = try AWSJSONProtocol.request(operation: operation, input: input, protocol: wireProtocol)
            .httpRequest(endpoint: endpoint.url)
        if let url { request.url = url }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await send(request)
        return try decodeJSON(Output.self, from: response, operation: operation)
    }

    /// Sends a restJson request and decodes its JSON answer (an empty body decodes as `{}`).
    public func restJSON<Output: Decodable>(_ request: OperationRequest, as output: Output.Type = Output.self) async throws -> Output {
        let response = try await send(request)
        return try decodeJSON(Output.self, from: response, operation: "\(request.method) \(request.path)")
    }

    /// Calls a query-protocol action and returns the `<ActionResult>` element (or the whole document when absent).
    public func query(_ action: String, parameters: [QueryValue.Field]) async throws -> XMLElement {
        let response = try await send(try QueryProtocol.request(action: action, parameters: parameters, protocol: wireProtocol))
        do {
            let document = try XMLReader.parse(response.body)
            return document.child("\(action)Result") ?? document
        } catch {
            throw AWSClientError.invalidResponse(operation: action, detail: "\(error)")
        }
    }

    func decodeJSON<Output: Decodable>(_ type: Output.Type, from response: HTTPResponse, operation: String) throws -> Output {
        let body = response.body.isEmpty ? Data("{}".utf8) : response.body
        do {
            return try AWSJSONCoding.makeDecoder().decode(Output.self, from: body)
        } catch {
            throw AWSClientError.invalidResponse(operation: operation, detail: "\(error)")
        }
    }
}
