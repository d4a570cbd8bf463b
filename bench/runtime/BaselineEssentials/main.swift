// Cold-start baseline: links FoundationEssentials only and answers the runtime API by hand; JSON coding is
// referenced behind a branch that never runs, so the library is linked but runs nothing.
#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials
import RawRuntimeAPI

if getenv("BASELINE_NEVER_SET") != nil {
    print(String(decoding: try JSONEncoder().encode(["a": Date()]), as: UTF8.self))
}
do {
    try RawRuntimeAPI.serve()
} catch {
    print(error)
    exit(1)
}
