// The size yardstick for bundles: a bare Foundation + URLSession hello world, built, stripped and zipped the way
// `make package` builds handlers (`make package-sizes`). It fetches the URL given as its argument and prints
// the byte count; it is only built, never run by the benchmarks.
import Foundation
import FoundationNetworking

let address = CommandLine.arguments.dropFirst().first ?? "http://127.0.0.1:9001/"
guard let url = URL(string: address) else {
    print("not a URL: \(address)")
    exit(1)
}
let (data, _) = try await URLSession.shared.data(from: url)
print("hello, world: \(data.count) bytes from \(address)")
