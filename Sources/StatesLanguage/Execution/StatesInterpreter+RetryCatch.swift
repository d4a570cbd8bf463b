extension StatesInterpreter {
    /// Runs `body` (one attempt, given the context with its retry count) under the state's Retry and Catch
    /// rules. Success goes to Next; a caught error goes to the catcher's Next with `{"Error","Cause"}`
    /// placed by its ResultPath; anything else fails the state.
    func withRetryAndCatch(
        _ state: State, _ retriers: [Retrier], _ catchers: [Catcher], input: JSONValue, scope: Scope,
        _ body: @escaping @Sendable (JSONValue) async throws -> JSONValue
    ) async throws -> (JSONValue, String?) {
        var attempts = [Int](repeating: 0, count: retriers.count)
        var retryCount = 0
        let entered = clock.now()
        var generator = SystemRandomNumberGenerator()
        while true {
            let context = scope.stateContext(name: state.name, entered: entered, retryCount: retryCount)
            do {
                return (try await body(context), state.next)
            } catch let error as StatesError {
                if error.error != "States.Runtime",
                   let index = retriers.firstIndex(where: { errorMatches($0.errorEquals, error.error) }),
                   attempts[index] < retriers[index].maxAttempts {
                    attempts[index] += 1
                    retryCount += 1
                    try await clock.sleep(seconds: retriers[index].delay(attempt: attempts[index], using: &generator))
                    continue
                }
                guard error.error != "States.Runtime", let catcher = catchers.first(where: { errorMatches($0.errorEquals, error.error) }) else {
                    throw error
                }
                let errorOutput: JSONValue = ["Error": .string(error.error), "Cause": .string(error.cause)]
                return (try Processing.resultPath(catcher.resultPath, input: input, result: errorOutput), catcher.next)
            }
        }
    }

    /// Applies ResultSelector, ResultPath and OutputPath to a result.
    func finish(_ result: JSONValue, processing: State.Processing, state: State, input: JSONValue, context: JSONValue) throws -> JSONValue {
        let selected = try processing.resultSelector.map { try $0.evaluate(input: result, context: context, field: "ResultSelector") } ?? result
        let placed = try Processing.resultPath(processing.resultPath, input: input, result: selected)
        return try Processing.outputPath(state.outputPath, placed, context: context)
    }
}
