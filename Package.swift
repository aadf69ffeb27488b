// swift-tools-version: 6.1
import PackageDescription

// The package graph is the architecture: dependencies point one way, and the compiler checks it.
//
//   EvidenceData      tables, loading (sources), export, diagnostics, results, personnummer
//        ▲            (SHA-256 and HMAC-SHA256 from swift-crypto)
//   EvidenceAnalysis  the expression language, statistics, cycles, compare, join, charts:
//        ▲            values and options in, results out; no command-line words, no session
//   EvidenceSession   Session.run, the commands, recording and replay, the privacy policy
//        ▲
//   EvidenceShell     the terminal front end (libedit through CEditLine, signals, colour)
//        ▲
//   evsh              the executable: command-line parsing → shell, -c, run, check
//        │
//        └──▶ EvidencePostgres  the PostgreSQL driver (libpq through CLibPQ) behind the engine's
//                               `DatabaseConnector` seam (docs/databases.md)
//
// No engine target (Data, Analysis, Session) knows terminals or the network. Benchmarks live in Benchmarks/
// (their own package) so that the everyday build does not compile package-benchmark.
// The engine's hot loops are generic over column readers and cross target boundaries (the
// language's kernels read EvidenceData's columns): release builds specialise them across
// modules, as one module did (docs/architecture.md, "Speed across targets").
let engine: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "evsh",
    products: [
        .executable(name: "evsh", targets: ["evsh"]),
        .library(name: "EvidenceCore", targets: ["EvidenceData", "EvidenceAnalysis", "EvidenceSession"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 and HMAC-SHA256 (data fingerprints, pseudonyms): vetted, not hand-written.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The zip container of .xlsx workbooks (inflate, the central directory); the XML inside
        // is scanned by hand (docs/loading.md, "Workbooks").
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine", path: "Sources/CEditLine",
            pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // libpq's header from Debian's libpq-dev; the library is opened on first use (LibPQ.c).
        .target(name: "CLibPQ", path: "Sources/CLibPQ", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "EvidenceData", dependencies: [.product(name: "Crypto", package: "swift-crypto"),
                                                    .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                swiftSettings: engine),
        .target(name: "EvidenceAnalysis", dependencies: ["EvidenceData"], swiftSettings: engine),
        .target(name: "EvidenceSession", dependencies: ["EvidenceData", "EvidenceAnalysis"], swiftSettings: engine),
        .target(name: "EvidenceShell", dependencies: ["EvidenceSession", "CEditLine"]),
        .target(name: "EvidencePostgres", dependencies: ["EvidenceData", "CLibPQ"]),
        .executableTarget(
            name: "evsh",
            dependencies: [
                "EvidenceSession", "EvidenceShell", "EvidencePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Swift's runtime and Foundation linked into the release binary, not loaded and
            // bound at every start: the dynamic loader was a third of `evsh -c quit`
            // (docs/shell.md, "Start-up").
            // The modules were compiled against the shared Foundation, whose objects do not name
            // the static one's parts, so they are named here.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "--start-group",
                                           "-lFoundation", "-lFoundationInternationalization", "-lFoundationEssentials",
                                           "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
                                           "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime", "-Xlinker", "--end-group"],
                                          .when(configuration: .release))]),
        // The fuzz targets (make fuzz runs them under libFuzzer; the tests replay their finds).
        .target(name: "EvidenceFuzzing", dependencies: ["EvidenceSession"], path: "Fuzz/EvidenceFuzzing"),
        .executableTarget(name: "evsh-fuzz", dependencies: ["EvidenceFuzzing"], path: "Fuzz/evsh-fuzz"),
        // One way to build a session, find the binary, the package root and the shared corpus.
        .target(name: "EvidenceTestSupport", dependencies: ["EvidenceSession"], path: "Tests/EvidenceTestSupport"),
        // Workbook fixtures are read by path, not bundled (make_fixtures.py remakes them).
        .testTarget(name: "EvidenceDataTests", dependencies: ["EvidenceSession", "EvidenceTestSupport"],
                    exclude: ["Load/Xlsx/Fixtures"]),
        // Chart golden files are read by #filePath, not bundled.
        .testTarget(name: "EvidenceAnalysisTests", dependencies: ["EvidenceSession", "EvidenceTestSupport"],
                    exclude: ["Charts/Golden"]),
        .testTarget(name: "EvidenceSessionTests", dependencies: ["EvidenceSession", "EvidenceTestSupport"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["EvidenceFuzzing", "EvidenceTestSupport"],
                    exclude: ["Crashes"]),
        // Against a throwaway PostgreSQL cluster that `make test` starts (Tests/postgres/cluster.sh).
        .testTarget(name: "EvidencePostgresTests", dependencies: ["EvidencePostgres", "EvidenceSession", "EvidenceTestSupport"],
                    exclude: ["fixtures.sql"]),
        .testTarget(name: "EvidenceShellTests", dependencies: ["EvidenceShell", "EvidenceSession", "EvidenceTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
