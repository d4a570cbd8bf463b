// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "MediaGenAI",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "SigV4", targets: ["SigV4"]),
        .library(name: "AWSCore", targets: ["AWSCore"]),
        .library(name: "AWSClients", targets: ["AWSClients"]),
        .library(name: "LambdaRuntime", targets: ["LambdaRuntime"]),
        .library(name: "HandlerKit", targets: ["HandlerKit"]),
        .library(name: "MediaKit", targets: ["MediaKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // The local harness only (Lambda bundles never link these).
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        // Hand-written AWS Signature Version 4: depends on swift-crypto and Foundation only.
        .target(
            name: "SigV4",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Credentials, regions, endpoints, transport, retries, errors and wire protocols.
        .target(
            name: "AWSCore",
            dependencies: [
                "SigV4",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Typed clients, one folder per service, on top of AWSCore.
        .target(name: "AWSClients", dependencies: ["AWSCore", .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto")]),
        // The custom Lambda runtime: the loop over a POSIX-socket runtime API client, context, handlers,
        // event types, the HTTP API router, logging and metrics. Foundation, swift-log and JSONValues only.
        .target(name: "LambdaRuntime", dependencies: ["JSONValues", .product(name: "Logging", package: "swift-log")]),
        // The glue every use case shares: jobs (table, starts, /jobs routes), uploads, signed delivery, and the speech
        // steps (Transcribe, transcript → cues, batched translation) the use cases that work from speech share.
        .target(name: "HandlerKit", dependencies: ["AWSClients", "AWSCore", "LambdaRuntime", "MediaKit", .product(name: "Crypto", package: "swift-crypto")]),
        // Any JSON value with exact integers: events, execution data, claims. Foundation only.
        .target(name: "JSONValues"),
        // The Amazon States Language: JSON values, paths, intrinsic functions, definitions and the interpreter.
        // Foundation and swift-crypto only (States.Hash); the harness runs it against real functions.
        .target(name: "StatesLanguage", dependencies: ["JSONValues", .product(name: "Crypto", package: "swift-crypto")]),
        // mediagen-local's libraries: the Lambda runtime API server and Invoke API, function processes,
        // the HTTP API gateway and its JWT authorizer.
        .target(
            name: "LocalHarness",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                "StatesLanguage",
                "SigV4",
                // Step Functions service integrations and the twin call AWS through these.
                "AWSCore", "AWSClients",
            ]
        ),
        // The harness's command line: start, invoke, token, generate-event.
        .executableTarget(
            name: "mediagen-local",
            dependencies: ["LocalHarness", "AWSClients", "AWSCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Handlers: one executable per function (the template's `<Name>Function` builds product `<Name>`).
        .executableTarget(name: "Health", dependencies: ["LambdaRuntime"], path: "Handlers/Health"),
        .executableTarget(name: "Subtitle", dependencies: ["HandlerKit", "LambdaRuntime", "AWSClients", "AWSCore", "MediaKit"], path: "Handlers/Subtitle"),
        .executableTarget(name: "Dubbing", dependencies: ["HandlerKit", "LambdaRuntime", "AWSClients", "AWSCore", "MediaKit", "JSONValues"], path: "Handlers/Dubbing"),
        .executableTarget(name: "AdInsertion", dependencies: ["HandlerKit", "LambdaRuntime", "AWSClients", "AWSCore", "MediaKit"], path: "Handlers/AdInsertion"),
        .executableTarget(name: "Jobs", dependencies: ["HandlerKit", "LambdaRuntime", "AWSClients", "AWSCore"], path: "Handlers/Jobs"),
        // A tiny bootstrap the emulator tests run as a real function process (behaviour chosen by its event).
        .executableTarget(name: "mediagen-test-bootstrap", dependencies: ["LambdaRuntime"], path: "Tests/Fixtures/TestBootstrap"),
        // Test helpers shared by the test targets: repository paths, the Python oracles, moto.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SigV4Tests", dependencies: ["SigV4", "TestSupport"]),
        .testTarget(name: "AWSCoreTests", dependencies: ["AWSCore", "SigV4", "TestSupport"]),
        .testTarget(name: "AWSClientsTests", dependencies: ["AWSClients", "AWSCore", "TestSupport"]),
        .testTarget(name: "LambdaRuntimeTests", dependencies: ["LambdaRuntime", "TestSupport"]),
        .testTarget(name: "StatesLanguageTests", dependencies: ["StatesLanguage", "TestSupport"]),
        .testTarget(name: "HandlerKitTests", dependencies: ["HandlerKit", "AWSClients", "AWSCore", "LambdaRuntime", "TestSupport"]),
        .testTarget(name: "LocalHarnessTests", dependencies: ["LocalHarness", "LambdaRuntime", "AWSClients", "HandlerKit", "TestSupport"]),
        // Benchmarks: plain executables run by `make bench` in release mode.
        .executableTarget(name: "sigv4-bench", dependencies: ["SigV4"], path: "bench/sigv4"),
        .executableTarget(name: "asl-bench", dependencies: ["StatesLanguage"], path: "bench/asl"),
        // bench/opensearch (`make bench-opensearch`): hybrid queries over 10,000 documents on the OpenSearch twin.
        .executableTarget(name: "opensearch-bench", dependencies: ["LocalHarness", "AWSClients", "AWSCore"], path: "bench/opensearch"),
        // bench/runtime (`make bench-runtime`, `make package-sizes`): the runtime benchmark on the emulator, the
        // functions it starts (a no-op handler on LambdaRuntime with and without FoundationNetworking, and
        // baselines that answer the runtime API by hand over a socket with Foundation + FoundationNetworking,
        // Foundation only, or FoundationEssentials only), and the bare URLSession hello world zip sizes compare to.
        .executableTarget(name: "runtime-bench", dependencies: ["LocalHarness", "RawRuntimeAPI", .product(name: "Logging", package: "swift-log")], path: "bench/runtime/Bench"),
        .target(name: "RawRuntimeAPI", path: "bench/runtime/RawRuntimeAPI"),
        .executableTarget(name: "runtime-noop", dependencies: ["LambdaRuntime"], path: "bench/runtime/NoOp"),
        .executableTarget(name: "runtime-noop-lean", dependencies: ["LambdaRuntime"], path: "bench/runtime/NoOpLean"),
        .executableTarget(name: "runtime-baseline", dependencies: ["RawRuntimeAPI"], path: "bench/runtime/Baseline"),
        .executableTarget(name: "runtime-baseline-foundation", dependencies: ["RawRuntimeAPI"], path: "bench/runtime/BaselineFoundation"),
        .executableTarget(name: "runtime-baseline-essentials", dependencies: ["RawRuntimeAPI"], path: "bench/runtime/BaselineEssentials"),
        .executableTarget(name: "runtime-baseline-async", dependencies: ["RawRuntimeAPI"], path: "bench/runtime/BaselineAsync"),
        .executableTarget(name: "hello-urlsession", path: "bench/runtime/HelloURLSession"),
        // MediaKit: pure media domain logic, Foundation only (captions: segmentation, SRT/WebVTT, the style validator).
        .target(name: "MediaKit"),
        // The tests decode Transcribe's transcript format with AWSClients and map it to MediaKit's words, as a handler does.
        .testTarget(name: "MediaKitTests", dependencies: ["MediaKit", "CaptionsSynthetic", "AWSClients", "TestSupport"]),
        // bench/captions (`make bench-captions`): a 2-hour transcript to SRT + WebVTT in six languages; the
        // deterministic synthetic transcript and pseudo-translations it and MediaKitTests share.
        .target(name: "CaptionsSynthetic", dependencies: ["MediaKit"], path: "bench/captions/Synthetic"),
        .executableTarget(name: "captions-bench", dependencies: ["MediaKit", "CaptionsSynthetic"], path: "bench/captions/Bench"),
        // bench/ads (`make bench-ads`): ad decisions (eligibility, pod search, VAST) over 1,000 campaigns.
        .executableTarget(name: "ads-bench", dependencies: ["MediaKit"], path: "bench/ads"),
        // `make package-check`: runs an unzipped bundle under the emulator (GET /health through the HTTP router).
        .executableTarget(name: "package-check", dependencies: ["LocalHarness", .product(name: "Logging", package: "swift-log")], path: "scripts/package/PackageCheck"),
    ],
    swiftLanguageModes: [.v6]
)
