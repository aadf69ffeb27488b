import Foundation
import Testing

/// The built `evsh` executable, run as a child process with its own stdin, env and outputs.
enum EvshBinary {
    /// Next to the test bundle (`swift build --build-tests` builds every product into the same
    /// folder), else the package's `.build/debug/evsh`.
    static let path: String? = {
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = (exe as NSString).deletingLastPathComponent
            // A bundle layout (…/X.xctest/Contents/MacOS) sits deeper; walk up a little.
            for _ in 0..<4 {
                candidates.append(dir + "/evsh")
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        candidates.append(packageRoot + "/.build/debug/evsh")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var packageRoot: String {
        var url = #filePath
        for _ in 0..<3 { url = (url as NSString).deletingLastPathComponent }
        return url
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs evsh in a fresh folder holding `files`, with `stdin` as its input (a file, so not a
    /// terminal) and a small environment plus `environment`.
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
                    files: [String: String] = [:]) throws -> Result {
        let bin = try #require(path, "the evsh executable was not found; build it with 'swift build --build-tests'")
        let dir = try TempDir()
        let inPath = dir.path + "/in", outPath = dir.path + "/out", errPath = dir.path + "/err"
        try stdin.write(toFile: inPath, atomically: false, encoding: .utf8)
        for (name, text) in files { try text.write(toFile: dir.path + "/" + name, atomically: false, encoding: .utf8) }
        for p in [outPath, errPath] { _ = FileManager.default.createFile(atPath: p, contents: nil) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: bin)
        p.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "XDG_STATE_HOME": dir.path + "/state", "HOME": dir.path]
        env.merge(environment) { $1 }
        p.environment = env
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try p.run()
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: try String(contentsOfFile: outPath, encoding: .utf8),
                      stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }
}
