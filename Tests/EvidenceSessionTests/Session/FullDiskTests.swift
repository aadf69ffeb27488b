import Foundation
import Testing
import EvidenceTestSupport

/// A disk that fills up mid-write. A real full disk needs a file system of its own (a mount), so
/// the file-size limit stands in for it: past `ulimit -f` every write fails (EFBIG, with SIGXFSZ
/// ignored), as writes fail with ENOSPC on a full disk. The old file must stay whole, no
/// temporary file may be left, and the session goes on.
struct FullDiskTests {
    static let bash = ["/bin/bash", "/usr/bin/bash"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: bash != nil, "bash is not installed: the full-disk test is skipped"))
    func aWriteThatCannotFinishKeepsTheOldFileAndTheSession() throws {
        let bin = try #require(TestPaths.evsh, "the evsh executable was not found")
        let dir = try TempDir()
        try "the earlier export\n".write(toFile: dir.path + "/out.csv", atomically: false, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(Self.bash))
        // 8 blocks of 1 KiB: the demo school's rows (about 30 KB) do not fit.
        p.arguments = ["-c", "trap '' XFSZ; ulimit -f 8; exec \"$0\" -c 'load demo; export demo to out.csv; count'", bin]
        p.currentDirectoryURL = URL(fileURLWithPath: dir.path)
        p.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": dir.path, "XDG_STATE_HOME": dir.path + "/state"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 65, "\(stdout)\(stderr)")
        #expect(stderr.contains("cannot write") && stderr.contains("out.csv"), "\(stderr)")
        // The next command ran: the session was not lost.
        #expect(stdout.contains("300 rows"), "\(stdout)")
        #expect(try String(contentsOfFile: dir.path + "/out.csv", encoding: .utf8) == "the earlier export\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "\(left)")
    }
}
