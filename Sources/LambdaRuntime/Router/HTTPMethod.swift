/// An HTTP request method, upper case.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The method's name, upper case.
    public let rawValue: String

    /// A method by name; the name is upper-cased.
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }
    /// A method by name; the name is upper-cased.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// `GET`.
    public static let get: HTTPMethod = "GET"
    /// `POST`.
    public static let post: HTTPMethod = "POST"
    /// `PUT`.
    public static let put: HTTPMethod = "PUT"
    /// `PATCH`.
    public static let patch: HTTPMethod = "PATCH"
    /// `DELETE`.
    public static let delete: HTTPMethod = "DELETE"
    /// `HEAD`.
    public static let head: HTTPMethod = "HEAD"
    /// `OPTIONS`.
    public static let options: HTTPMethod = "OPTIONS"

    /// `ANY`: a route registered with it takes every method a more exact route on its path does not.
    public static let any: HTTPMethod = "ANY"

    /// Orders by name.
    public static func < (lhs: HTTPMethod, rhs: HTTPMethod) -> Bool { lhs.rawValue < rhs.rawValue }
    /// The name.
    public var description: String { rawValue }
}
