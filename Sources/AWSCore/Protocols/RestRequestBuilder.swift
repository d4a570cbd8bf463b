import Foundation

/// Builds a restJson (or restXml) request from an operation's URI template and its bindings:
/// labels, query parameters, headers, and a JSON body or a raw payload.
///
/// Optional values are skipped when `nil`, as botocore skips `None` parameters.
public struct RestRequestBuilder: Sendable {
    /// The HTTP method of the operation.
    public let method: String
    /// The operation's request URI template, e.g. `/model/{modelId}/invoke`.
    public let uriTemplate: String
    private var labels: [String: String] = [:]
    private var query: [(String, String)] = []
    private var headers = HTTPHeaders()
    private var body = Data()
    private var bodyContentType: String?

    /// A builder for an operation with `method` and `uriTemplate` and no bindings yet.
    public init(method: String, uriTemplate: String) {
        self.method = method
        self.uriTemplate = uriTemplate
    }

    // MARK: Labels

    /// Binds the URI label `{name}` (or `{name+}`) to `value`.
    public mutating func setLabel(_ name: String, _ value: String?) {
        labels[name] = value
    }

    /// Binds a URI label to a timestamp (ISO 8601 by default).
    public mutating func setLabel(_ name: String, _ date: Date?, format: TimestampFormat = .queryAndLabelDefault) {
        labels[name] = date.map { AWSTimestamp.format($0, as: format) }
    }

    // MARK: Query

    /// Appends `name=value` to the query string.
    public mutating func addQuery(_ name: String, _ value: String?) {
        if let value { query.append((name, value)) }
    }

    /// Appends `name=value` once per element, in order.
    public mutating func addQuery(_ name: String, _ values: [String]?) {
        for value in values ?? [] { query.append((name, value)) }
    }

    /// Appends an integer query parameter.
    public mutating func addQuery(_ name: String, _ value: Int?) {
        addQuery(name, value.map(String.init))
    }

    /// Appends `true` or `false`.
    public mutating func addQuery(_ name: String, _ value: Bool?) {
        addQuery(name, value.map { $0 ? "true" : "false" })
    }

    /// Appends a timestamp (ISO 8601 by default).
    public mutating func addQuery(_ name: String, _ date: Date?, format: TimestampFormat = .queryAndLabelDefault) {
        addQuery(name, date.map { AWSTimestamp.format($0, as: format) })
    }

    /// Appends every pair of a map-typed query binding (botocore adds them in the map's order).
    public mutating func addQuery(_ pairs: [(String, String)]?) {
        query.append(contentsOf: pairs ?? [])
    }

    // MARK: Headers

    /// Sets a header, replacing an earlier value of the same name.
    public mutating func setHeader(_ name: String, _ value: String?) {
        if let value { headers.replaceOrAdd(name: name, value: value) }
    }

    /// Sets an integer header.
    public mutating func setHeader(_ name: String, _ value: Int?) {
        setHeader(name, value.map(String.init))
    }

    /// Sets `true` or `false`.
    public mutating func setHeader(_ name: String, _ value: Bool?) {
        setHeader(name, value.map { $0 ? "true" : "false" })
    }

    /// Sets a timestamp header (RFC 7231 HTTP-date by default).
    public mutating func setHeader(_ name: String, _ date: Date?, format: TimestampFormat = .headerDefault) {
        setHeader(name, date.map { AWSTimestamp.format($0, as: format) })
    }

    /// Sets a list header: values joined with `,`, each quoted (with `"` escaped) when it holds `,` or `"`.
    /// An empty list sets nothing.
    public mutating func setHeader(_ name: String, _ values: [String]?) {
        guard let values, !values.isEmpty else { return }
        let escaped = values.map { value in
            value.contains(",") || value.contains("\"")
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : value
        }
        setHeader(name, escaped.joined(separator: ","))
    }

    /// Sets one header per map entry, named `prefix + key` (e.g. `x-amz-meta-` user metadata).
    public mutating func setHeaders(prefix: String, _ map: [(String, String)]?) {
        for (key, value) in map ?? [] { setHeader(prefix + key, value) }
    }

    // MARK: Body

    /// Encodes `value` with ``AWSJSONCoding`` as the body; `Content-Type: application/json` unless set.
    public mutating func setJSONBody<Body: Encodable>(_ value: Body) throws(ProtocolError) {
        do {
            body = try AWSJSONCoding.makeEncoder().encode(value)
        } catch {
            throw .bodyEncodingFailed("\(Body.self): \(error)")
        }
        bodyContentType = "application/json"
    }

    /// Uses `data` as the whole body (a blob or string payload), with `contentType` when given.
    public mutating func setPayload(_ data: Data, contentType: String? = nil) {
        body = data
        bodyContentType = contentType
    }

    /// Expands the URI template and assembles the request; throws when a label is missing or empty.
    public func build() throws(ProtocolError) -> OperationRequest {
        let template = try URITemplate(uriTemplate)
        let (path, literalQuery) = try template.expand(labels)
        var finalHeaders = headers
        if let bodyContentType, !finalHeaders.contains("Content-Type") {
            finalHeaders.add(name: "Content-Type", value: bodyContentType)
        }
        return OperationRequest(
            method: method, path: path, query: literalQuery + query, headers: finalHeaders, body: body)
    }
}
