// Cold-start baseline: a binary that links Foundation + FoundationNetworking (as every handler that calls AWS
// does) and answers the runtime API by hand. URLSession is referenced behind a branch that never runs, so the
// libraries (libcurl and its dependencies among them) are linked and loaded but no Foundation code runs.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import FoundationNetworking
import RawRuntimeAPI

if getenv("BASELINE_NEVER_SET") != nil {
    print(URLSession.shared.configuration.timeoutIntervalForRequest)
}
do {
    try RawRuntimeAPI.serve()
} catch {
    print(error)
    exit(1)
}
