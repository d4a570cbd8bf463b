extension IntrinsicFunction {
    /// `States.StringToJson(string)`: the JSON value the string holds.
    func stringToJson(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 1...1)
        let text = try string(values, 0, "argument")
        do {
            return try JSONValue(parsing: text)
        } catch {
            throw invalid("the argument is not valid JSON text")
        }
    }

    /// `States.JsonToString(value)`: the value as compact JSON text.
    func jsonToString(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 1...1)
        return .string(values[0].serialized())
    }

    /// `States.JsonMerge(left, right, false)`: a shallow merge where the right object's members win. Step Functions
    /// supports only the shallow mode, so the third argument must be `false`.
    func jsonMerge(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 3...3)
        let left = try object(values, 0, "first argument")
        let right = try object(values, 1, "second argument")
        guard case .bool(let deep) = values[2] else { throw wrongType(values[2], "deep merge flag", "a boolean") }
        guard !deep else { throw invalid("deep merging is not supported: the third argument must be false") }
        return .object(left.merging(right) { _, latter in latter })
    }
}
