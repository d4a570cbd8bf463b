/// A route's path template, as API Gateway writes them: literal segments, `{name}` for one segment and a
/// final greedy `{name+}` for one or more.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
    enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
        case greedy(String)

        /// Lower ranks are more specific; API Gateway prefers literal over parameter over greedy.
        var rank: Int {
            switch self {
            case .literal: return 0
            case .parameter: return 1
            case .greedy: return 2
            }
        }
    }

    let segments: [Segment]
    /// The template as written.
    public let description: String

    /// Parses a template such as `/jobs/{id}` or `/files/{proxy+}`; a greedy segment anywhere but last
    /// is taken as a plain parameter.
    public init(_ template: String) {
        description = template
        let parts = Self.split(template)
        segments = parts.enumerated().map { index, part in
            guard part.hasPrefix("{"), part.hasSuffix("}"), part.count > 2 else { return .literal(part) }
            let name = String(part.dropFirst().dropLast())
            if name.hasSuffix("+") {
                let base = String(name.dropLast())
                return index == parts.count - 1 ? .greedy(base) : .parameter(base)
            }
            return .parameter(name)
        }
    }

    /// The path parameters when `path` matches, percent-decoded; nil otherwise.
    public func match(_ path: String) -> [String: String]? {
        let parts = Self.split(path)
        var parameters: [String: String] = [:]
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .literal(let literal):
                guard index < parts.count, PercentDecoding.decode(parts[index]) == literal else { return nil }
            case .parameter(let name):
                guard index < parts.count, !parts[index].isEmpty else { return nil }
                parameters[name] = PercentDecoding.decode(parts[index])
            case .greedy(let name):
                guard index < parts.count else { return nil }
                let rest = parts[index...].joined(separator: "/")
                guard !rest.isEmpty else { return nil }
                parameters[name] = PercentDecoding.decode(rest)
                return parameters
            }
        }
        return parts.count == segments.count ? parameters : nil
    }

    /// Whether `self` is more specific than `other`, comparing segment by segment.
    func isMoreSpecific(than other: PathTemplate) -> Bool {
        for (mine, theirs) in zip(segments, other.segments) where mine.rank != theirs.rank {
            return mine.rank < theirs.rank
        }
        return segments.count > other.segments.count
    }

    /// The segments between slashes; a leading slash and one trailing slash are ignored.
    private static func split(_ path: String) -> [String] {
        var trimmed = Substring(path)
        if trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        if trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { return [] }
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }
}
