// swift-tools-version: 6.1
import PackageDescription

// The package graph is the architecture: dependencies point one way.
// CEditLine (libedit) ← EvidenceShell (terminal) ← evsh (command line); EvidenceCore is the engine
// and knows nothing of terminals. Benchmarks live in Benchmarks/ (their own package) so that the
// everyday build does not compile package-benchmark.
let package = Package(
    name: "evsh",
    products: [
        .executable(name: "evsh", targets: ["evsh"]),
        .library(name: "EvidenceCore", targets: ["EvidenceCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine", path: "Sources/CEditLine",
            pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "EvidenceCore"),
        .target(name: "EvidenceShell", dependencies: ["EvidenceCore", "CEditLine"]),
        .executableTarget(
            name: "evsh",
            dependencies: [
                "EvidenceCore", "EvidenceShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Chart golden files are read by #filePath, not bundled.
        .testTarget(name: "EvidenceCoreTests", dependencies: ["EvidenceCore"], exclude: ["Charts/Golden"]),
        .testTarget(name: "EvidenceShellTests", dependencies: ["EvidenceShell", "EvidenceCore"]),
    ],
    swiftLanguageModes: [.v6]
)
