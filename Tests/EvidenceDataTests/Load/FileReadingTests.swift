import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// How `load` gets a file's bytes: only regular files, so a pipe cannot block; a /proc file is
/// read to its end, not called "empty".
@Suite(.serialized) struct FileReadingTests {
    @Test func aNamedPipeIsRefusedWithoutBlocking() throws {
        let f = LoadFixtures()
        let fifo = f.folder + "/in.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let (o, text) = f.run("load in.csv")            // on main this blocked for ever
        #expect(text.contains("named pipe"))
        #expect(text.contains("not a regular file"))
        #expect(LoadFixtures.diagnostic(o)?.category == .data)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status"), "no /proc on this system"))
    func aProcFileIsNotCalledEmpty() throws {
        let f = LoadFixtures()
        let (_, text) = f.run("load /proc/self/status")
        #expect(!text.contains("empty (0 bytes)"))
    }

    @Test func anEmptyFileIsStillCalledEmpty() {
        let f = LoadFixtures()
        f.write("e.csv", "")
        #expect(f.run("load e.csv").text.contains("empty (0 bytes)"))
    }

    @Test(.enabled(if: TestPaths.evsh != nil))
    func pipedStdinIsNotCalledEmpty() throws {
        let evsh = try #require(TestPaths.evsh)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: evsh)
        p.arguments = ["-c", "load /dev/stdin"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        p.environment = ["XDG_STATE_HOME": dir + "/state", "PATH": "/usr/bin:/bin", "HOME": dir]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = output
        try p.run()
        input.fileHandleForWriting.write(Data("a,b\n1,2\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(!text.contains("empty (0 bytes)"))
        #expect(text.contains("named pipe"))
    }

    /// A sync tool rewrites the file while evsh loads it: the load may fail or see part of the
    /// file, but the process must live: a mapped file that shrinks would raise SIGBUS, which
    /// `MappedFileGuard` turns into an error (docs/loading.md, "Limits").
    @Test func aFileThatShrinksDuringTheLoadDoesNotKillEvsh() throws {
        let evsh = try #require(TestPaths.evsh)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        var csv = "student_id,class,score\n"
        csv.reserveCapacity(12_000_000)
        for i in 0..<400_000 { csv += "S\(i),5A,\(i % 700)\n" }
        let path = dir + "/big.csv"
        for delay in [20_000, 80_000, 200_000] as [UInt32] {
            try csv.write(toFile: path, atomically: false, encoding: .utf8)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: evsh)
            p.arguments = ["-c", "load big.csv; count; quit"]
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            p.environment = ["XDG_STATE_HOME": dir + "/state", "PATH": "/usr/bin:/bin", "HOME": dir]
            let output = Pipe()
            p.standardOutput = output
            p.standardError = output
            try p.run()
            usleep(delay)
            #expect(truncate(path, 100) == 0)
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationReason == .exit, "killed by signal \(p.terminationStatus)")
            // The load read the whole file or the cut one, or it says the file changed; never
            // a crash.
            #expect(text.contains(" rows") || text.contains("became shorter while evsh read it"), "\(text)")
        }
    }
}
