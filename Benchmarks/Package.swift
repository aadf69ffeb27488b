// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so the everyday build and test of evsh never compile
// package-benchmark. Run them with `make bench` (from the top folder).
let package = Package(
    name: "evsh-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "evsh", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LoadBenchmarks",
            dependencies: [
                .product(name: "EvidenceCore", package: "evsh"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/LoadBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
