extension StatesInterpreter {
    /// One attempt of a Parallel state: every branch on the same input, outputs in branch order; the first
    /// failing branch stops the others and fails the state with its error.
    func runParallel(_ parallel: State.Parallel, state: State, input: JSONValue, context: JSONValue, scope: Scope) async throws -> JSONValue {
        let effective = try Processing.inputPath(state.inputPath, input, context: context)
        let branchInput = try parallel.processing.parameters.map { try $0.evaluate(input: effective, context: context, field: "Parameters") } ?? effective
        scope.lastEvent.id = scope.recorder.record("ParallelStateStarted", previous: scope.lastEvent.id)
        let started = scope.lastEvent.id
        let outputs: [JSONValue]
        do {
            outputs = try await withThrowingTaskGroup(of: (Int, JSONValue).self) { group in
                for (index, branch) in parallel.branches.enumerated() {
                    let child = scope.child(previous: started)
                    group.addTask { (index, try await self.runMachine(branch, input: branchInput, scope: child)) }
                }
                var results = [JSONValue](repeating: .null, count: parallel.branches.count)
                do {
                    for try await (index, output) in group { results[index] = output }
                } catch {
                    group.cancelAll()
                    throw error
                }
                return results
            }
        } catch let error as StatesError {
            scope.lastEvent.id = scope.recorder.record("ParallelStateFailed", previous: scope.lastEvent.id, details: ("parallelStateFailedEventDetails", [
                "error": .string(error.error), "cause": .string(error.cause),
            ]))
            throw error
        }
        scope.lastEvent.id = scope.recorder.record("ParallelStateSucceeded", previous: scope.lastEvent.id)
        return try finish(.array(outputs), processing: parallel.processing, state: state, input: input, context: context)
    }
}
