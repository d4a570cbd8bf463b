extension IntrinsicFunction {
    /// The most elements `States.ArrayRange` may produce.
    static let maximumRangeCount = 1000

    /// `States.ArrayPartition(array, chunkSize)`: consecutive chunks of `chunkSize`, the last one shorter if needed.
    func arrayPartition(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 2...2)
        let elements = try array(values, 0, "first argument")
        let size = try roundedInteger(values, 1, "chunk size")
        guard size > 0 else { throw invalid("the chunk size must be a positive integer but is \(size)") }
        var chunks: [JSONValue] = []
        chunks.reserveCapacity((elements.count + size - 1) / size)
        var start = 0
        while start < elements.count {
            let end = elements.count - start > size ? start + size : elements.count
            chunks.append(.array(Array(elements[start..<end])))
            start = end
        }
        return .array(chunks)
    }

    /// `States.ArrayContains(array, value)`: whether an element equals the value (numbers by value).
    func arrayContains(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 2...2)
        let elements = try array(values, 0, "first argument")
        let wanted = values[1]
        return .bool(elements.contains { $0.isEqualInValue(to: wanted) })
    }

    /// `States.ArrayRange(first, last, step)`: integers from `first` towards `last` (inclusive) by `step`.
    func arrayRange(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 3...3)
        let first = try roundedInteger(values, 0, "first argument")
        let last = try roundedInteger(values, 1, "second argument")
        let step = try roundedInteger(values, 2, "step")
        guard step != 0 else { throw invalid("the step must not be 0") }
        let (distance, overflow) = last.subtractingReportingOverflow(first)
        let count: Int
        if overflow {
            count = Int.max
        } else if (distance < 0) != (step < 0), distance != 0 {
            count = 0
        } else {
            count = distance / step + 1
        }
        guard count <= Self.maximumRangeCount else {
            throw invalid("the range would have more than \(Self.maximumRangeCount) elements")
        }
        return .array((0..<count).map { .int(first + $0 * step) })
    }

    /// `States.ArrayGetItem(array, index)`: the element at a zero-based index.
    func arrayGetItem(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 2...2)
        let elements = try array(values, 0, "first argument")
        let index = try exactInteger(values, 1, "index")
        guard elements.indices.contains(index) else {
            throw invalid("the index \(index) is out of bounds for an array of \(elements.count) elements")
        }
        return elements[index]
    }

    /// `States.ArrayLength(array)`.
    func arrayLength(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 1...1)
        return .int(try array(values, 0, "argument").count)
    }

    /// `States.ArrayUnique(array)`: the elements without repeats, first occurrences in order.
    func arrayUnique(_ values: [JSONValue]) throws(StatesError) -> JSONValue {
        try expectCount(values, 1...1)
        let elements = try array(values, 0, "argument")
        var seen = Set<JSONValue>(minimumCapacity: elements.count)
        var unique: [JSONValue] = []
        unique.reserveCapacity(elements.count)
        for element in elements where seen.insert(element.comparableByValue).inserted {
            unique.append(element)
        }
        return .array(unique)
    }
}

extension JSONValue {
    /// The value with integral doubles as integers, so that hashing agrees with `isEqualInValue` (`1 == 1.0`).
    var comparableByValue: JSONValue {
        switch self {
        case .double(let number): Int(exactly: number).map(JSONValue.int) ?? self
        case .array(let elements): .array(elements.map(\.comparableByValue))
        case .object(let members): .object(members.mapValues(\.comparableByValue))
        default: self
        }
    }
}
