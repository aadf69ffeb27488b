import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession

/// The built `evsh` executable, run as a child process with its own stdin, env and outputs.
package enum EvshBinary {
    package struct Result {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    /// Runs evsh in a fresh folder holding `files`, with `stdin` as its input (a file, so not a
    /// terminal) and a small environment plus `environment`.
    package static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
                    files: [String: String] = [:]) throws -> Result {
        let bin = try #require(TestPaths.evsh, "the evsh executable was not found; build it with 'swift build --build-tests'")
        let dir = try TempDir()
        for (name, text) in files {
            let path = dir.path + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        }
        return try launch(bin, arguments, in: dir, stdin: stdin, path: "/usr/bin:/bin", environment: environment)
    }

    /// `sh -c COMMAND` in a fresh folder, with the same small environment plus `environment`
    /// (and the system folders on PATH).
    package static func shell(_ command: String, environment: [String: String] = [:]) throws -> Result {
        try launch("/bin/sh", ["-c", command], in: try TempDir(), stdin: "", path: "/usr/sbin:/usr/bin:/sbin:/bin", environment: environment)
    }

    /// One child in `dir`: stdin from a file, stdout and stderr to files, read once it exits.
    private static func launch(_ executable: String, _ arguments: [String], in dir: TempDir, stdin: String, path: String,
                               environment: [String: String]) throws -> Result {
        let inPath = dir.path + "/in", outPath = dir.path + "/out", errPath = dir.path + "/err"
        try stdin.write(toFile: inPath, atomically: false, encoding: .utf8)
        for p in [outPath, errPath] { _ = FileManager.default.createFile(atPath: p, contents: nil) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        var env = ["PATH": path, "LANG": "C.UTF-8", "XDG_STATE_HOME": dir.path + "/state", "HOME": dir.path]
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
