/// Why ``SampleEvent/make(_:options:now:)`` refused its options; the description names the option.
public struct SampleEventError: Error, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case unknownOption
        case invalidOption
    }

    private let code: Code
    /// The option at fault.
    public let option: String
    /// What is wrong with it.
    public let description: String

    private init(_ code: Code, option: String, description: String) {
        self.code = code
        self.option = option
        self.description = description
    }

    /// `option` is not one `kind` takes.
    public static func unknownOption(_ option: String, kind: SampleEvent.Kind) -> SampleEventError {
        let known = kind.options.map(\.name).joined(separator: ", ")
        return SampleEventError(
            .unknownOption, option: option,
            description: "unknown option '\(option)' for \(kind.rawValue) events; known options: \(known)"
        )
    }

    /// `option`'s value is not what it must be.
    public static func invalidOption(_ option: String, value: String, expected: String) -> SampleEventError {
        SampleEventError(.invalidOption, option: option, description: "option '\(option)' must be \(expected), got '\(value)'")
    }

    /// Whether `self` reports an unknown option (rather than a bad value).
    public var isUnknownOption: Bool { code == .unknownOption }
}
