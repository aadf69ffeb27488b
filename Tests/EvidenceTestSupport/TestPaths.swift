import Foundation

/// The one place tests find the package root, the shared corpora and the built `evsh`.
package enum TestPaths {
    /// The package root: this file is `Tests/EvidenceTestSupport/TestPaths.swift`.
    package static let packageRoot: String = {
        var url = #filePath
        for _ in 0..<3 { url = (url as NSString).deletingLastPathComponent }
        return url
    }()

    /// `../shared` beside the checkout (the public corpora and the data generator), or nil in a
    /// user's clone; tests that need it are disabled with that reason.
    package static let shared: String? = {
        let p = ((packageRoot as NSString).deletingLastPathComponent as NSString).appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }()

    /// The `evsh` executable: next to the test bundle (`swift build --build-tests` builds every
    /// product into the same folder), else the package's `.build/debug` or `.build/release`.
    package static let evsh: String? = {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = (exe as NSString).deletingLastPathComponent
            // A bundle layout (…/X.xctest/Contents/MacOS) sits deeper; walk up a little.
            for _ in 0..<4 {
                candidates.append(dir + "/evsh")
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        candidates += ["debug", "release"].map { packageRoot + "/.build/\($0)/evsh" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A path inside the package.
    package static func inPackage(_ relative: String) -> String {
        (packageRoot as NSString).appendingPathComponent(relative)
    }
}
