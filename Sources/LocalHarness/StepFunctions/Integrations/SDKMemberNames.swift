import StatesLanguage

/// Converts between the PascalCase members Step Functions' aws-sdk integrations take and return and a service
/// model's own member names (Step Functions' API is camelCase; SQS has a few camelCase members), following the
/// model's shapes so map keys (DynamoDB attribute names, tags) are never touched.
///
/// The table (`SDKMemberNames+Table.swift`) holds, for each service with a member that is not PascalCase, the
/// shapes on a path to one; every other member is already PascalCase and passes unchanged. It is generated from
/// the botocore models by `Tests/LocalHarnessTests/ServiceIntegrationModelTests.swift`'s generator, which
/// also checks the table still matches them.
struct SDKMemberNames: Sendable {
    enum Shape: Sendable, Equatable {
        /// Members by model name, with the shape of each member that leads to a renamed member.
        case structure([String: String?])
        case list(String)
        case map(String)
    }

    struct Model: Sendable {
        var operations: [String: (input: String?, output: String?)] = [:]
        var shapes: [String: Shape] = [:]
    }

    let models: [String: Model]

    static let shared = SDKMemberNames(table: table)

    init(table: String) {
        var models: [String: Model] = [:]
        var service = ""
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard let kind = fields.first else { continue }
            if kind.hasPrefix("@") {
                service = String(kind.dropFirst())
                continue
            }
            guard fields.count >= 2 else { continue }
            let name = fields[1]
            switch kind {
            case "O" where fields.count == 4:
                models[service, default: Model()].operations[name] = (fields[2] == "-" ? nil : fields[2], fields[3] == "-" ? nil : fields[3])
            case "S":
                var members: [String: String?] = [:]
                for member in fields.dropFirst(2) {
                    let parts = member.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { continue }
                    members[parts[0]] = parts[1] == "-" ? String?.none : parts[1]
                }
                models[service, default: Model()].shapes[name] = .structure(members)
            case "L" where fields.count == 3:
                models[service, default: Model()].shapes[name] = .list(fields[2])
            case "M" where fields.count == 3:
                models[service, default: Model()].shapes[name] = .map(fields[2])
            default:
                continue
            }
        }
        self.models = models
    }

    static func pascal(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }

    /// The request of `operation` with PascalCase member names turned into the model's.
    func toModel(_ value: JSONValue, service: String, operation: String) -> JSONValue {
        guard let model = models[service], let input = model.operations[operation]?.input else { return value }
        return convert(value, shape: input, model: model, toModel: true)
    }

    /// The answer of `operation` with every member name in PascalCase.
    func toPascal(_ value: JSONValue, service: String, operation: String) -> JSONValue {
        guard let model = models[service], let output = model.operations[operation]?.output else { return value }
        return convert(value, shape: output, model: model, toModel: false)
    }

    private func convert(_ value: JSONValue, shape name: String?, model: Model, toModel: Bool) -> JSONValue {
        guard let name, let shape = model.shapes[name] else { return value }
        switch (shape, value) {
        case (.structure(let members), .object(let object)):
            var converted: [String: JSONValue] = [:]
            for (key, member) in object {
                if toModel, let modelName = members.keys.first(where: { Self.pascal($0) == key }) {
                    converted[modelName] = convert(member, shape: members[modelName] ?? nil, model: model, toModel: true)
                } else if !toModel, let target = members[key] {
                    converted[Self.pascal(key)] = convert(member, shape: target, model: model, toModel: false)
                } else {
                    converted[key] = member
                }
            }
            return .object(converted)
        case (.list(let element), .array(let items)):
            return .array(items.map { convert($0, shape: element, model: model, toModel: toModel) })
        case (.map(let valueShape), .object(let object)):
            return .object(object.mapValues { convert($0, shape: valueShape, model: model, toModel: toModel) })
        default:
            return value
        }
    }
}
