// Cold-start baseline: links Foundation (not FoundationNetworking) and answers the runtime API by hand; a
// Foundation API is referenced behind a branch that never runs, so the library is linked but runs nothing.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RawRuntimeAPI

if getenv("BASELINE_NEVER_SET") != nil {
    print(NumberFormatter.localizedString(from: 1.5, number: .decimal), Locale.current.identifier)
}
do {
    try RawRuntimeAPI.serve()
} catch {
    print(error)
    exit(1)
}
