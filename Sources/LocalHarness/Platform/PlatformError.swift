/// Why the local platform could not start.
public struct PlatformError: Error, CustomStringConvertible, Sendable, Equatable {
    private enum Code: String, Sendable { case missingBootstrap, unknownFunction, noAuthorizer }

    private let code: Code
    public let message: String

    /// A function's bootstrap binary is not built.
    public static func missingBootstrap(_ message: String) -> PlatformError { PlatformError(code: .missingBootstrap, message: message) }
    /// The template has no function with that name.
    public static func unknownFunction(_ message: String) -> PlatformError { PlatformError(code: .unknownFunction, message: message) }
    /// A token was asked for but the template's HTTP API has no JWT authorizer.
    public static func noAuthorizer(_ message: String) -> PlatformError { PlatformError(code: .noAuthorizer, message: message) }

    public var description: String { message }
}
