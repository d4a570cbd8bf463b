// bench/asl: the interpreter's own cost per state transition (no task I/O), on a 1,000-state Pass chain and
// a Map over 1,000 items, each run several times; prints the median per-transition time.
import Foundation
import StatesLanguage

struct NoTasks: TaskExecutor {
    func execute(_ task: TaskInvocation) async throws -> JSONValue { task.input }
}

func passChain(_ count: Int) -> String {
    var states: [String] = []
    for index in 0..<count {
        let next = index == count - 1 ? #""End": true"# : #""Next": "S\#(index + 1)""#
        states.append(#""S\#(index)": {"Type": "Pass", "Parameters": {"step": \#(index), "job.$": "$.job"}, "ResultPath": "$.last", \#(next)}"#)
    }
    return #"{"StartAt": "S0", "States": {\#(states.joined(separator: ","))}}"#
}

let mapDefinition = #"""
    {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 0,
      "ItemSelector": {"value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
      "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Pass", "Parameters": {"double.$": "$.value"}, "End": true}}},
      "End": true}}}
    """#

func measure(_ label: String, definition: String, input: JSONValue, transitions: Int, runs: Int) async throws {
    let machine = try StateMachineDefinition(json: definition)
    var perTransition: [Double] = []
    for _ in 0..<runs {
        let clock = SkippingStatesClock()
        let interpreter = StatesInterpreter(executor: NoTasks(), clock: clock)
        let recorder = EventRecorder(clock: clock)
        let started = ContinuousClock.now
        let result = await interpreter.run(machine, input: input, identity: .local(stateMachineName: "Bench"), recorder: recorder)
        let elapsed = ContinuousClock.now - started
        precondition(result.status == .succeeded, "\(result)")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        perTransition.append(seconds / Double(transitions) * 1e6)
    }
    perTransition.sort()
    let median = perTransition[perTransition.count / 2]
    print(String(format: "%@: %d transitions, median %.2f µs per transition (min %.2f, max %.2f) over %d runs",
                 label, transitions, median, perTransition.first!, perTransition.last!, runs))
}

let items = JSONValue.array((0..<1000).map { .int($0) })
try await measure("Pass chain (1,000 states)", definition: passChain(1000), input: ["job": "j-1"], transitions: 1000, runs: 11)
// One transition per item's processor state, plus the Map state itself.
try await measure("Map over 1,000 items", definition: mapDefinition, input: ["items": items], transitions: 1001, runs: 11)
