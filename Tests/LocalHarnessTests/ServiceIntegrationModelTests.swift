import Foundation
import Testing
import TestSupport
@testable import LocalHarness

/// The aws-sdk member-name table against the botocore models it comes from: regenerated here and compared.
/// Set `MEDIAGEN_REGENERATE_SDK_TABLE=1` to rewrite `SDKMemberNames+Table.swift` after a botocore upgrade.
@Suite("aws-sdk member names against botocore")
struct ServiceIntegrationModelTests {
    /// For each aws-sdk service whose members are not all PascalCase: its operations and the shapes on a path to
    /// such a member (structures with those members, lists, maps), in the table's line format.
    static let generator = #"""
        import glob, gzip, json, os, botocore
        root = os.path.join(os.path.dirname(botocore.__file__), "data")
        services = {"dynamodb": "dynamodb", "sqs": "sqs", "sfn": "stepfunctions", "kinesis": "kinesis", "firehose": "firehose",
                    "translate": "translate", "comprehend": "comprehend", "textract": "textract", "transcribe": "transcribe",
                    "rekognition": "rekognition"}
        out = []
        for name, folder in sorted(services.items()):
            path = sorted(glob.glob(f"{root}/{folder}/*/service-2.json*"))[-1]
            model = json.load(gzip.open(path) if path.endswith(".gz") else open(path))
            shapes, ops = model["shapes"], model["operations"]
            rel = {k: False for k in shapes}
            changed = True
            while changed:
                changed = False
                for k, s in shapes.items():
                    if rel[k]: continue
                    t = s["type"]
                    if t == "structure": r = any(m[:1].islower() or rel[v["shape"]] for m, v in s.get("members", {}).items())
                    elif t == "list": r = rel[s["member"]["shape"]]
                    elif t == "map": r = rel[s["value"]["shape"]]
                    else: r = False
                    if r: rel[k] = changed = True
            roots = [ops[o][k]["shape"] for o in ops for k in ("input", "output") if k in ops[o]]
            if not any(rel[r] for r in roots): continue
            out.append(f"@{name}")
            for o in sorted(ops):
                i = ops[o].get("input", {}).get("shape"); p = ops[o].get("output", {}).get("shape")
                if (i and rel[i]) or (p and rel[p]):
                    out.append(f"O {o} {i if i and rel[i] else '-'} {p if p and rel[p] else '-'}")
            for k in sorted(shapes):
                if not rel[k]: continue
                s = shapes[k]
                if s["type"] == "structure":
                    out.append(f"S {k} " + " ".join(f"{m}={v['shape'] if rel[v['shape']] else '-'}" for m, v in s["members"].items()
                                                    if m[:1].islower() or rel[v["shape"]]))
                elif s["type"] == "list": out.append(f"L {k} {s['member']['shape']}")
                else: out.append(f"M {k} {s['value']['shape']}")
        print("\n".join(out))
        """#

    struct GeneratorFailure: Error, CustomStringConvertible {
        let description: String
    }

    static func generate() throws -> String {
        let process = Process()
        process.executableURL = RepositoryPaths.python
        process.arguments = ["-c", generator]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let failure = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GeneratorFailure(description: String(decoding: failure, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("the table is what the botocore models give, and it renames Step Functions' and SQS's camelCase members")
    func tableMatchesBotocore() throws {
        let generated = try Self.generate()
        if ProcessInfo.processInfo.environment["MEDIAGEN_REGENERATE_SDK_TABLE"] == "1" {
            let file = RepositoryPaths.root.appendingPathComponent("Sources/LocalHarness/StepFunctions/Integrations/SDKMemberNames+Table.swift")
            let header = """
                // Generated from the botocore service models by ServiceIntegrationModelTests (Tests/LocalHarnessTests); do not edit.
                extension SDKMemberNames {
                    /// `@service`, then `O operation input output`, `S shape member=target…` (`-` a scalar), `L list member`, `M map value`.
                    static let table = \"\"\"

                """
            try (header + generated + "\n\"\"\"\n}\n").write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(generated == SDKMemberNames.table, "run with MEDIAGEN_REGENERATE_SDK_TABLE=1 to rewrite the table")
        let services = Set(generated.split(separator: "\n").filter { $0.hasPrefix("@") }.map { String($0.dropFirst()) })
        #expect(services.isSuperset(of: ["sfn", "sqs"]))
        #expect(!services.contains("dynamodb"))
        #expect(SDKMemberNames.shared.models["sfn"]?.operations["DescribeExecution"]?.output == "DescribeExecutionOutput")
    }
}
