/// A REST request URI such as `/model/{modelId}/invoke`, `/{Bucket}/{Key+}?uploads` or `/2017-08-29/jobs`.
///
/// `{name}` labels are encoded strictly (so `/` and `:` are escaped and an ARN stays one segment);
/// greedy `{name+}` labels keep `/`. A literal query part after `?` becomes leading query pairs.
public struct URITemplate: Sendable, Equatable {
    /// The template as written.
    public let template: String

    private enum Piece: Sendable, Equatable {
        case literal(String)
        case label(String, greedy: Bool)
    }

    private let pieces: [Piece]
    private let literalQuery: [Query]

    private struct Query: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// Parses `template`; throws when a `{` is unclosed, a label name is empty, or the path lacks a leading `/`.
    public init(_ template: String) throws(ProtocolError) {
        self.template = template
        let pathPart: Substring
        let queryPart: Substring?
        if let mark = template.firstIndex(of: "?") {
            pathPart = template[..<mark]
            queryPart = template[template.index(after: mark)...]
        } else {
            pathPart = Substring(template)
            queryPart = nil
        }
        guard pathPart.hasPrefix("/") else { throw .invalidURITemplate(template, "the path must start with '/'") }
        pieces = try Self.parsePath(pathPart, template: template)
        literalQuery = (queryPart ?? "").split(separator: "&").map { pair in
            if let equals = pair.firstIndex(of: "=") {
                return Query(name: String(pair[..<equals]), value: String(pair[pair.index(after: equals)...]))
            }
            return Query(name: String(pair), value: "")
        }
    }

    /// The names of the labels in the template, in order (without any `+`).
    public var labelNames: [String] {
        pieces.compactMap { if case .label(let name, _) = $0 { name } else { nil } }
    }

    /// The encoded path with every label replaced, and the template's literal query pairs.
    public func expand(_ labels: [String: String]) throws(ProtocolError) -> (path: String, query: [(String, String)]) {
        var path = ""
        for piece in pieces {
            switch piece {
            case .literal(let text):
                path += text
            case .label(let name, let greedy):
                guard let value = labels[name] else { throw .missingLabel(name) }
                guard !value.isEmpty else { throw .emptyLabel(name) }
                path += AWSURIEncoding.encode(value, keepSlash: greedy)
            }
        }
        return (path, literalQuery.map { ($0.name, $0.value) })
    }

    private static func parsePath(_ path: Substring, template: String) throws(ProtocolError) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var index = path.startIndex
        while index < path.endIndex {
            let character = path[index]
            if character == "}" { throw .invalidURITemplate(template, "'}' without '{'") }
            guard character == "{" else {
                literal.append(character)
                index = path.index(after: index)
                continue
            }
            guard let close = path[index...].firstIndex(of: "}") else {
                throw .invalidURITemplate(template, "unclosed '{'")
            }
            var name = String(path[path.index(after: index)..<close])
            let greedy = name.hasSuffix("+")
            if greedy { name.removeLast() }
            guard !name.isEmpty, !name.contains("{") else {
                throw .invalidURITemplate(template, "a label has no name")
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(.label(name, greedy: greedy))
            index = path.index(after: close)
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }
}
