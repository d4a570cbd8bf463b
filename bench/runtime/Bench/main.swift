// bench/runtime: cold start, warm invoke latency and RSS of a no-op function on our LambdaRuntime, against
// baselines that answer the runtime API by hand, all built as provided.al2023 bundles (`make bench-runtime`).
//
//     runtime-bench <folder>    folder/<function>/bootstrap for each function below
//
// BENCH_COLD_STARTS (default 20) starts per function, BENCH_WARM_INVOCATIONS (default 2000) warm invocations.
import Foundation

let environment = ProcessInfo.processInfo.environment
let starts = Int(environment["BENCH_COLD_STARTS"] ?? "") ?? 20
let invocations = Int(environment["BENCH_WARM_INVOCATIONS"] ?? "") ?? 2000
guard let folder = CommandLine.arguments.dropFirst().first.map({ URL(fileURLWithPath: $0) }) else {
    say("usage: runtime-bench <folder with <function>/bootstrap>")
    exit(2)
}

var descriptions: [(name: String, what: String)] = [
    ("runtime-noop", "LambdaRuntime no-op, links Foundation + FoundationNetworking"),
    ("runtime-baseline", "by hand over a socket, links Foundation + FoundationNetworking"),
    ("runtime-noop-lean", "LambdaRuntime no-op, Foundation without FoundationNetworking"),
    ("runtime-baseline-foundation", "by hand, links Foundation only"),
    ("runtime-baseline-essentials", "by hand, links FoundationEssentials only"),
    ("runtime-baseline-async", "by hand from an async main on the cooperative pool, links Foundation only"),
]
// Staged by `make bench-runtime-libcurl-minimal` only: the same binaries with a libcurl built for HTTP(S) over
// OpenSSL bundled in lib/ (scripts/package/build-minimal-libcurl.sh).
let optional: [(name: String, what: String)] = [
    ("runtime-noop-libcurl-minimal", "runtime-noop with an OpenSSL-only libcurl in lib/"),
    ("runtime-baseline-libcurl-minimal", "runtime-baseline with an OpenSSL-only libcurl in lib/"),
]
func bootstrap(_ name: String) -> URL { folder.appendingPathComponent(name).appendingPathComponent("bootstrap") }
for (name, _) in descriptions where !FileManager.default.isExecutableFile(atPath: bootstrap(name).path) {
    say("missing \(bootstrap(name).path): run `make bench-runtime`")
    exit(1)
}
descriptions += optional.filter { FileManager.default.isExecutableFile(atPath: bootstrap($0.name).path) }
let functions = descriptions.map { BenchFunction(name: $0.name, bootstrap: bootstrap($0.name)) }
let noop = functions[0]

func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

do {
    say("runtime-bench: \(starts) cold starts per function, \(invocations) warm invocations; milliseconds\n")

    say("## Cold start through the emulator (Init Duration: exec -> first GET /next at the runtime API)\n")
    let coldSamples = try await ColdStart.measure(functions, starts: starts)
    let cold = coldSamples.mapValues(Statistics.init)
    say(row(["function", "what it links", "median", "min", "p90", "max"]))
    say(row(Array(repeating: "---", count: 6)))
    for (name, what) in descriptions {
        guard let stats = cold[name] else { continue }
        say(row([name, what, format(stats.median), format(stats.min), format(stats.percentile(90)), format(stats.max)]))
    }
    if let ours = cold["runtime-noop"], let baseline = cold["runtime-baseline"] {
        say("\nruntime adds (median runtime-noop - median runtime-baseline): \(format(ours.median - baseline.median)) ms (target <= 1 ms)")
    }
    // The two functions of a pair start back to back in every round, so the median of the per-round
    // differences is steadier than the difference of the medians when the machine's load drifts.
    say("\nPaired: median of per-round differences (first - second), ms")
    let pairs = [("runtime-noop", "runtime-baseline"), ("runtime-noop-lean", "runtime-baseline-foundation"),
                 ("runtime-baseline-async", "runtime-baseline-foundation"), ("runtime-noop-lean", "runtime-baseline-async"),
                 ("runtime-noop", "runtime-noop-lean"), ("runtime-baseline", "runtime-baseline-foundation"),
                 ("runtime-noop", "runtime-noop-libcurl-minimal"), ("runtime-noop-libcurl-minimal", "runtime-noop-lean"),
                 ("runtime-noop-libcurl-minimal", "runtime-baseline-libcurl-minimal")]
    for (first, second) in pairs {
        guard let a = coldSamples[first], let b = coldSamples[second] else { continue }
        let differences = Statistics(zip(a, b).map { $0 - $1 })
        say("  \(first) - \(second): \(format(differences.median)) (p25 \(format(differences.percentile(25))), p75 \(format(differences.percentile(75))))")
    }

    say("\n## Cold start and warm turnaround against a by-hand runtime API server (no emulator; starts interleaved per round)\n")
    say(row(["function", "cold median", "cold min", "warm p50", "warm p99", "VmRSS kB", "VmHWM kB"]))
    say(row(Array(repeating: "---", count: 7)))
    var direct: [String: DirectRuntimeAPI.Result] = [:]
    // Cold starts interleaved like the emulator's (one start of each function per round), then one process of
    // each function serves the warm invocations.
    for round in 0..<starts {
        let rotation = round % functions.count
        for function in functions[rotation...] + functions[..<rotation] {
            let result = try await DirectRuntimeAPI.run(function, starts: 1, count: 0)
            direct[function.name, default: DirectRuntimeAPI.Result()].coldStarts += result.coldStarts
        }
    }
    for function in functions {
        let warm = try await DirectRuntimeAPI.run(function, starts: 1, count: invocations)
        var result = direct[function.name] ?? DirectRuntimeAPI.Result()
        result.turnarounds = warm.turnarounds
        result.residentKB = warm.residentKB
        result.peakKB = warm.peakKB
        direct[function.name] = result
        let coldStats = Statistics(result.coldStarts), warmStats = Statistics(result.turnarounds)
        say(row([function.name, format(coldStats.median), format(coldStats.min), format(warmStats.median),
                 format(warmStats.percentile(99)), result.residentKB.map(String.init) ?? "-", result.peakKB.map(String.init) ?? "-"]))
    }
    if let ours = direct["runtime-noop"], let baseline = direct["runtime-baseline"] {
        let difference = Statistics(ours.coldStarts).median - Statistics(baseline.coldStarts).median
        let paired = Statistics(zip(ours.coldStarts, baseline.coldStarts).map { $0 - $1 }).median
        say("\nruntime adds (cold median runtime-noop - runtime-baseline, by-hand server): \(format(difference)) ms; paired per round: \(format(paired)) ms")
    }

    say("\n## Warm invocations of runtime-noop through the emulator\n")
    let viaLambda = try await WarmInvoke.direct(noop, count: invocations)
    let viaHTTP = try await WarmInvoke.invokeAPI(noop, count: invocations)
    say(row(["path", "p50", "p90", "p99", "max"]))
    say(row(Array(repeating: "---", count: 5)))
    say(row(["Invoke API over loopback HTTP (POST /2015-03-31/functions/…/invocations)", format(viaHTTP.median), format(viaHTTP.percentile(90)), format(viaHTTP.percentile(99)), format(viaHTTP.max)]))
    say(row(["LocalLambda.invoke (no HTTP in front)", format(viaLambda.roundTrip.median), format(viaLambda.roundTrip.percentile(90)), format(viaLambda.roundTrip.percentile(99)), format(viaLambda.roundTrip.max)]))
    say(row(["emulator Duration: event handed to GET /next -> POST response received", format(viaLambda.dispatch.median), format(viaLambda.dispatch.percentile(90)), format(viaLambda.dispatch.percentile(99)), format(viaLambda.dispatch.max)]))
    if let turnaround = direct["runtime-noop"].map({ Statistics($0.turnarounds) }) {
        say(row(["runtime's own share: by-hand server, event written -> POST read", format(turnaround.median), format(turnaround.percentile(90)), format(turnaround.percentile(99)), format(turnaround.max)]))
    }
    say("\nMax Memory Used (emulator REPORT, VmHWM) of runtime-noop after \(invocations + 1) invocations: \(viaLambda.maxMemoryUsed.map { "\($0) MB" } ?? "-") (target <= 25 MB)")
} catch {
    say("runtime-bench: \(error)")
    exit(1)
}
