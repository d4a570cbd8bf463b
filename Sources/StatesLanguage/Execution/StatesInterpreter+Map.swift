extension StatesInterpreter {
    /// One attempt of a Map state: the item processor over every item of ItemsPath (ItemSelector shaping each
    /// with `$$.Map.Item`), at most MaxConcurrency at once (0: no limit), outputs in item order. Failures end
    /// the state unless a ToleratedFailure threshold allows them; a tolerated failure's output is its
    /// `{"Error","Cause"}`.
    func runMap(_ map: State.Map, state: State, input: JSONValue, context: JSONValue, scope: Scope) async throws -> JSONValue {
        let effective = try Processing.inputPath(state.inputPath, input, context: context)
        let itemsValue = try Processing.inputPath(map.itemsPath, effective, context: context)
        guard case .array(let items) = itemsValue else {
            throw StatesError.runtime("Map state '\(state.name)': the ItemsPath must select an array, not \(itemsValue.typeName)")
        }
        let limit = try concurrency(map, input: effective)
        let tolerance = try self.tolerance(map, input: effective)
        scope.lastEvent.id = scope.recorder.record("MapStateStarted", previous: scope.lastEvent.id, details: ("mapStateStartedEventDetails", ["length": .int(items.count)]))
        let started = scope.lastEvent.id
        var outputs = [JSONValue](repeating: .null, count: items.count)
        var failures = 0
        do {
            try await withThrowingTaskGroup(of: (Int, Result<JSONValue, StatesError>).self) { group in
                var nextIndex = 0
                func launch() throws {
                    let index = nextIndex
                    nextIndex += 1
                    let itemContext = scope.stateContext(
                        name: state.name, entered: clock.now(), retryCount: 0,
                        extra: ["Map": ["Item": ["Index": .int(index), "Value": items[index]]]])
                    let itemInput = try map.itemSelector.map { try $0.evaluate(input: effective, context: itemContext, field: "ItemSelector") } ?? items[index]
                    let child = scope.child(previous: started)
                    let name = state.name
                    group.addTask {
                        child.lastEvent.id = child.recorder.record("MapIterationStarted", previous: child.lastEvent.id, details: ("mapIterationStartedEventDetails", ["name": .string(name), "index": .int(index)]))
                        do {
                            let output = try await self.runMachine(map.processor, input: itemInput, scope: child)
                            child.recorder.record("MapIterationSucceeded", previous: child.lastEvent.id, details: ("mapIterationSucceededEventDetails", ["name": .string(name), "index": .int(index)]))
                            return (index, .success(output))
                        } catch let error as StatesError {
                            child.recorder.record("MapIterationFailed", previous: child.lastEvent.id, details: ("mapIterationFailedEventDetails", ["name": .string(name), "index": .int(index)]))
                            return (index, .failure(error))
                        }
                    }
                }
                while nextIndex < items.count && (limit == 0 || nextIndex < limit) { try launch() }
                while let (index, result) = try await group.next() {
                    switch result {
                    case .success(let output): outputs[index] = output
                    case .failure(let error):
                        failures += 1
                        guard let tolerance else {
                            group.cancelAll()
                            throw error
                        }
                        if tolerance.isExceeded(failures: failures, total: items.count) {
                            group.cancelAll()
                            throw StatesError.exceedToleratedFailureThreshold("The specified tolerated failure threshold was exceeded")
                        }
                        outputs[index] = ["Error": .string(error.error), "Cause": .string(error.cause)]
                    }
                    if nextIndex < items.count { try launch() }
                }
            }
        } catch let error as StatesError {
            scope.lastEvent.id = scope.recorder.record("MapStateFailed", previous: scope.lastEvent.id)
            throw error
        }
        scope.lastEvent.id = scope.recorder.record("MapStateSucceeded", previous: scope.lastEvent.id)
        return try finish(.array(outputs), processing: map.processing, state: state, input: input, context: context)
    }

    struct Tolerance {
        var count: Int?
        var percentage: Double?

        func isExceeded(failures: Int, total: Int) -> Bool {
            if let count, failures > count { return true }
            if let percentage, total > 0, Double(failures) * 100 / Double(total) > percentage { return true }
            return count == nil && percentage == nil
        }
    }

    private func concurrency(_ map: State.Map, input: JSONValue) throws -> Int {
        guard let path = map.maxConcurrencyPath else { return map.maxConcurrency }
        guard let value = path.value(in: input)?.number, value >= 0, value == value.rounded() else {
            throw StatesError.runtime("The MaxConcurrencyPath field refers to a value that is not a non-negative integer: \(path.text)")
        }
        return Int(value)
    }

    private func tolerance(_ map: State.Map, input: JSONValue) throws -> Tolerance? {
        var tolerance = Tolerance(count: map.toleratedFailureCount, percentage: map.toleratedFailurePercentage)
        if let path = map.toleratedFailureCountPath {
            guard let value = path.value(in: input)?.number, value >= 0 else {
                throw StatesError.runtime("The ToleratedFailureCountPath field refers to a value that is not a non-negative integer: \(path.text)")
            }
            tolerance.count = Int(value)
        }
        if let path = map.toleratedFailurePercentagePath {
            guard let value = path.value(in: input)?.number, (0...100).contains(value) else {
                throw StatesError.runtime("The ToleratedFailurePercentagePath field refers to a value that is not a percentage: \(path.text)")
            }
            tolerance.percentage = value
        }
        return tolerance.count == nil && tolerance.percentage == nil ? nil : tolerance
    }
}
