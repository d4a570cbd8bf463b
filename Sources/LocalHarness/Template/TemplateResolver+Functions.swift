import Foundation

extension TemplateResolver {
    /// Evaluates the intrinsic `name` with `argument`.
    func call(_ name: String, _ argument: TemplateValue) throws(TemplateError) -> TemplateValue? {
        switch name {
        case "Ref":
            guard case .string(let target) = argument else { throw .structure("Ref takes a name") }
            return try reference(target)
        case "Fn::GetAtt":
            let parts = try strings(argument, count: 2, function: name)
            return .string(try attribute(parts[1], of: parts[0]))
        case "Fn::Sub":
            return .string(try substitute(argument))
        case "Fn::Join":
            guard case .list(let elements) = argument, elements.count == 2, case .string(let delimiter) = elements[0] else {
                throw .structure("Fn::Join takes [delimiter, [values]]")
            }
            guard case .list(let values)? = try resolve(elements[1]) else { throw .structure("Fn::Join: the values are not a list") }
            return .string(try values.map { value throws(TemplateError) in
                guard let text = value.scalarText else { throw .structure("Fn::Join: a value is not a string") }
                return text
            }.joined(separator: delimiter))
        case "Fn::Select":
            guard case .list(let elements) = argument, elements.count == 2 else { throw .structure("Fn::Select takes [index, list]") }
            guard let indexText = try resolve(elements[0])?.scalarText, let index = Int(indexText) else {
                throw .structure("Fn::Select: the index is not a number")
            }
            guard case .list(let values)? = try resolve(elements[1]), values.indices.contains(index) else {
                throw .structure("Fn::Select: index \(index) is outside the list")
            }
            return values[index]
        case "Fn::Split":
            guard case .list(let elements) = argument, elements.count == 2, case .string(let delimiter) = elements[0], !delimiter.isEmpty else {
                throw .structure("Fn::Split takes [delimiter, string]")
            }
            let source = try string(elements[1], at: "Fn::Split")
            return .list(source.components(separatedBy: delimiter).map { .string($0) })
        case "Fn::If":
            guard case .list(let elements) = argument, elements.count == 3, case .string(let condition) = elements[0] else {
                throw .structure("Fn::If takes [condition, then, else]")
            }
            return try resolve(try self.condition(condition) ? elements[1] : elements[2])
        case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or", "Condition":
            return .bool(try truth(.map([name: argument]), at: name))
        case "Fn::FindInMap":
            let keys = try strings(argument, count: 3, function: name)
            guard let value = template.mappings[keys[0]]?[keys[1]]?[keys[2]] else {
                throw .unresolved("Fn::FindInMap: \(keys.joined(separator: ".")) is not in Mappings")
            }
            return try resolve(value)
        case "Fn::Base64":
            return .string(Data(try string(argument, at: "Fn::Base64").utf8).base64EncodedString())
        case "Fn::GetAZs":
            let region = deployment.region
            return .list(["a", "b", "c"].map { .string(region + $0) })
        case "Fn::ToJsonString":
            guard let resolved = try resolve(argument) else { return .string("null") }
            return .string(Self.json(resolved))
        case "Fn::Length":
            guard case .list(let values)? = try resolve(argument) else { throw .structure("Fn::Length takes a list") }
            return .number(Double(values.count))
        default:
            throw .unsupported("\(name) has no local meaning")
        }
    }

    /// Evaluates a condition expression.
    func truth(_ value: TemplateValue, at place: String) throws(TemplateError) -> Bool {
        if case .bool(let flag) = value { return flag }
        guard let (name, argument) = value.intrinsic else { throw .structure("\(place) is not a condition") }
        switch name {
        case "Condition":
            guard case .string(let other) = argument else { throw .structure("\(place): Condition takes a name") }
            return try condition(other)
        case "Fn::Equals":
            guard case .list(let sides) = argument, sides.count == 2 else { throw .structure("\(place): Fn::Equals takes two values") }
            return try resolve(sides[0]) == resolve(sides[1])
        case "Fn::Not":
            guard case .list(let operands) = argument, operands.count == 1 else { throw .structure("\(place): Fn::Not takes one condition") }
            return try !truth(operands[0], at: place)
        case "Fn::And", "Fn::Or":
            guard case .list(let operands) = argument, (2...10).contains(operands.count) else {
                throw .structure("\(place): \(name) takes 2 to 10 conditions")
            }
            var results: [Bool] = []
            for operand in operands { results.append(try truth(operand, at: place)) }
            return name == "Fn::And" ? results.allSatisfy { $0 } : results.contains(true)
        default:
            guard let resolved = try resolve(value), case .bool(let flag) = resolved else { throw .structure("\(place) is not a condition") }
            return flag
        }
    }

    /// `Fn::Sub` in its string form or `[string, {variables}]` form.
    private func substitute(_ argument: TemplateValue) throws(TemplateError) -> String {
        var source: String
        var variables: [String: TemplateValue] = [:]
        switch argument {
        case .string(let text): source = text
        case .list(let elements):
            guard elements.count == 2, case .string(let text) = elements[0], case .map(let map) = elements[1] else {
                throw .structure("Fn::Sub takes a string or [string, {variables}]")
            }
            source = text
            variables = map
        default: throw .structure("Fn::Sub takes a string or [string, {variables}]")
        }
        var output = ""
        while let open = source.range(of: "${") {
            output += source[..<open.lowerBound]
            guard let close = source[open.upperBound...].firstIndex(of: "}") else {
                throw .structure("Fn::Sub: unclosed ${ in \(source)")
            }
            let name = String(source[open.upperBound..<close])
            if name.hasPrefix("!") {
                output += "${" + name.dropFirst() + "}"
            } else if let variable = variables[name] {
                output += try string(variable, at: "Fn::Sub variable \(name)")
            } else if let dot = name.firstIndex(of: "."), !name.hasPrefix("AWS::") {
                output += try attribute(String(name[name.index(after: dot)...]), of: String(name[..<dot]))
            } else {
                guard let value = try reference(name)?.scalarText else { throw .structure("Fn::Sub: ${\(name)} is not a string") }
                output += value
            }
            source = String(source[source.index(after: close)...])
        }
        return output + source
    }

    private func strings(_ argument: TemplateValue, count: Int, function: String) throws(TemplateError) -> [String] {
        guard case .list(let elements) = argument, elements.count == count else {
            throw .structure("\(function) takes \(count) values")
        }
        var texts: [String] = []
        for element in elements { texts.append(try string(element, at: function)) }
        return texts
    }

    static func json(_ value: TemplateValue) -> String {
        switch value {
        case .string(let text):
            let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
            return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
        case .number, .bool: return value.scalarText ?? "null"
        case .null: return "null"
        case .list(let elements): return "[" + elements.map(json).joined(separator: ",") + "]"
        case .map(let members):
            return "{" + members.keys.sorted().map { json(.string($0)) + ":" + json(members[$0]!) }.joined(separator: ",") + "}"
        }
    }
}
