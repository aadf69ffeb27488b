import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Recovery never loses work: journals have unique names and a lock, record their folder, are
/// checksummed line by line, and are kept when something could not be replayed.
@Suite(.serialized) struct JournalRecoveryTests {
    static let csv = "student_id,year,reading_c1\nS1,5,300\nS2,5,420\nS3,4,380\n"

    /// A journal as an evsh killed mid-session leaves it: commands relative to `work`.
    static func abandonedJournal(work: String, state: String) throws -> String {
        try csv.write(toFile: work + "/scores.csv", atomically: true, encoding: .utf8)
        let old = session(in: work, state: state)
        old.run("load scores.csv"); old.run("filter year == 5"); old.run("count")
        let path = try #require(old.journal?.path)
        old.journal = nil                       // the process ended: the lock goes with it
        return path
    }

    @Test func recoveringFromAnotherFolderResolvesRelativePaths() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let work = dir + "/work", elsewhere = dir + "/elsewhere", state = dir + "/state"
        for d in [work, elsewhere] { try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true) }
        let path = try Self.abandonedJournal(work: work, state: state)
        let s = session(in: elsewhere, state: state)
        let o = s.run("session recover")
        #expect(rendered(o, s).contains("recovered 3 commands"))
        #expect(!rendered(o, s).contains("failed again"))
        #expect(s.currentName == "filtered")
        #expect(s.entries.filter { $0.recorded && !$0.failed }.map(\.input) == ["load scores.csv", "filter year == 5", "count"])
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aJournalWhoseCommandsFailAgainIsKept() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let work = dir + "/work", state = dir + "/state"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = try Self.abandonedJournal(work: work, state: state)
        try FileManager.default.removeItem(atPath: work + "/scores.csv")
        let s = session(in: dir, state: state)
        let text = rendered(s.run("session recover"), s)
        #expect(text.contains("failed again, so the journal is kept"))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(Journal.leftovers(in: state).first?.commands.contains("load scores.csv") == true)
    }

    @Test func aTornLastRecordIsNeverReplayed() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let old = session(in: dir, state: state)
        old.run("load demo"); old.run("count")
        let path = try #require(old.journal?.path)
        old.journal = nil
        // The crash came while the next record was being written.
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        h.seekToEndOfFile(); h.write(Data("filter year == 5 and reading_c1 < ".utf8)); try h.close()
        // A line that lost its end but gained a newline (a later write) fails its checksum too.
        let left = try #require(Journal.leftovers(in: state).first)
        #expect(left.commands == ["load demo", "count"])
        #expect(left.torn == ["filter year == 5 and reading_c1 < "])
        let s = session(in: dir, state: state)
        let text = rendered(s.run("session recover"), s)
        #expect(text.contains("recovered 2 commands"))
        #expect(text.contains("cut short"))
        #expect(s.currentName == "demo")
    }

    @Test func aLineThatFailsItsChecksumIsSkipped() {
        let line = "count by class"
        let good = line + Journal.checksumMarker + Journal.checksum(line)
        #expect(Journal.verified(good) == line)
        #expect(Journal.verified(String(good.dropLast(3))) == nil)
        #expect(Journal.verified("filter year == 5 and reading_c1 < ") == nil)
    }

    @Test func aLiveSessionsJournalIsNotALeftoverEvenWithItsPid() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let a = session(in: dir, state: state), b = session(in: dir, state: state)
        a.run("load demo"); b.run("load demo")
        let pa = try #require(a.journal?.path), pb = try #require(b.journal?.path)
        #expect(pa != pb)                       // same pid (as in a container), two journals
        #expect(Journal.leftovers(in: state).isEmpty)
        a.journal = nil                         // a's process is gone: its lock can be taken
        // Another test's child process, between its fork and its exec, can still share the
        // journal's open file (and so its lock) for a moment: wait for that, at most 5 s.
        var left = Journal.leftovers(in: state).map(\.path)
        for _ in 0..<100 where left != [pa] {
            usleep(50_000)
            left = Journal.leftovers(in: state).map(\.path)
        }
        #expect(left == [pa])
    }

    @Test func oldJournalsAreStillRecovered() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        let old = "# evsh journal (an unsaved session) — replay with 'evsh run FILE' or 'run FILE' in the shell\n# evsh-version: 0.1.0\nload demo\ncount by class\n"
        try old.write(toFile: state + "/journal-999999999.evsh", atomically: true, encoding: .utf8)
        #expect(Journal.leftovers(in: state).first?.commands == ["load demo", "count by class"])
    }

    @Test func aStateFolderThatCannotBeWrittenIsSaidOnce() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try "not a folder".write(toFile: dir + "/state", atomically: true, encoding: .utf8)
        let s = session(in: dir, state: dir + "/state/evsh")
        let first = rendered(s.run("load demo"), s)
        #expect(first.contains("cannot make a journal"))
        #expect(!rendered(s.run("count"), s).contains("journal"))
    }

    /// The whole story in real processes: an interactive-style evsh (step mode keeps a journal)
    /// is killed with SIGKILL mid-session; a recovery from another folder loses nothing.
    @Test(.enabled(if: TestPaths.evsh != nil))
    func kill9ThenRecoverFromAnotherFolder() throws {
        let evsh = try #require(TestPaths.evsh)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let work = dir + "/work", elsewhere = dir + "/elsewhere", state = dir + "/state"
        for d in [work, elsewhere] { try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true) }
        try Self.csv.write(toFile: work + "/scores.csv", atomically: true, encoding: .utf8)
        try "load scores.csv\nfilter year == 5\ncount\nlist\n".write(toFile: work + "/tour.evsh", atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: evsh)
        p.arguments = ["run", "--step", "tour.evsh"]
        p.currentDirectoryURL = URL(fileURLWithPath: work)
        p.environment = ["XDG_STATE_HOME": state, "PATH": "/usr/bin:/bin", "HOME": dir]
        let input = Pipe()
        p.standardInput = input
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data("\n\n\n".utf8))
        let written = ProcessTests.wait {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: state + "/evsh")) ?? []
            return names.contains { n in
                ((try? String(contentsOfFile: state + "/evsh/" + n, encoding: .utf8)) ?? "").contains("\ncount #~")
            }
        }
        #expect(written)
        #expect(Journal.leftovers(in: state + "/evsh").isEmpty)      // alive: locked
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)

        let r = try EvshBinary.run([], stdin: "session recover\nhistory\ncount\n", environment: ["XDG_STATE_HOME": state])
        #expect(r.stdout.contains("recovered 3 commands"), "\(r.stdout)\n\(r.stderr)")
        #expect(!r.stdout.contains("failed again"))
        #expect(r.stdout.contains("2 rows"))                          // count of the recovered filter
        _ = elsewhere
    }
}
