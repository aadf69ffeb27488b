import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Safe replay is safe to read: a safe script reads only files in its own folder (or below it,
/// after `..` and symlinks are resolved) and the `--data` files; no error quotes a file that is
/// not CSV; nothing is made in the state folder. One capability at a time, as sqlite3 tests
/// `-safe` (docs/sessions.md, "Safe replay").
@Suite struct SafeReadTests {
    /// dir/a/b holds the script and its data; dir/x.csv and dir/outside.csv lie outside it.
    struct Layout {
        let root: String
        var folder: String { root + "/a/b" }
        init() throws {
            root = temporaryDirectory()
            let fm = FileManager.default
            try fm.createDirectory(atPath: root + "/a/b/data", withIntermediateDirectories: true)
            let csv = "id;score\nA1;3\nA2;4\n"
            for p in ["/x.csv", "/outside.csv", "/a/b/marks.csv", "/a/b/data/more.csv"] {
                try csv.write(toFile: root + p, atomically: true, encoding: .utf8)
            }
            try "load marks.csv\n".write(toFile: root + "/outside.evsh", atomically: true, encoding: .utf8)
            try "measure,year,time,mean,sd\nreading,4,,100,15\n".write(toFile: root + "/norms.csv", atomically: true, encoding: .utf8)
            try fm.createSymbolicLink(atPath: root + "/a/b/link.csv", withDestinationPath: root + "/outside.csv")
            try fm.createSymbolicLink(atPath: root + "/a/b/up", withDestinationPath: root)
        }
    }

    /// Runs `script` as `dir/a/b/s.evsh` in safe mode; the first failure's diagnostic and text.
    static func runSafe(_ script: String, _ l: Layout, data: [String: String] = [:]) -> (EvidenceData.ExitStatus, Diagnostic?, String) {
        let s = session(in: l.folder)
        var diagnostic: Diagnostic?
        var text = ""
        let r = ScriptRunner(session: s, options: .init(safe: true, data: data)).run(text: script, file: l.folder + "/s.evsh") { ev in
            if case .output(let o) = ev {
                text += rendered(o, s) + "\n"
                if o.failed, diagnostic == nil { diagnostic = LoadFixtures.diagnostic(o) }
            }
        }
        return (r.exitStatus, diagnostic, text)
    }

    @Test(arguments: [
        "load /etc/passwd", "load ../../x.csv", "load ../../outside.csv as o", "load link.csv", "load up/x.csv",
        "run /etc/passwd", "run ../../outside.evsh", "norms load /etc/passwd", "norms load ../../norms.csv",
        // Stacks: every argument and every file of a folder or pattern (link.csv leads out).
        "load marks.csv ../../x.csv as both", "load ../../*.csv", "load ../../", "load up/", "load ./", "load *.csv",
    ])
    func readsOutsideTheScriptsFolderAreRefused(_ command: String) throws {
        let l = try Layout(); defer { cleanup(l.root) }
        let (status, d, text) = Self.runSafe("load demo\n\(command)\n", l)
        #expect(status == .usage, "\(text)")
        let diagnostic = try #require(d, "\(command) should be refused: \(text)")
        #expect(diagnostic.kind == "safe mode", "\(text)")
        #expect(diagnostic.hint?.contains("--safe") == true)
        #expect(text.contains("is outside the script's folder"), "\(text)")
        #expect(!text.contains("root:x:"), "nothing of the file is shown")
    }

    @Test func aSafeScriptDoesNotRecoverAJournal() throws {
        let l = try Layout(); defer { cleanup(l.root) }
        let (status, d, text) = Self.runSafe("session recover\n", l)
        #expect(status == .usage)
        #expect(d?.kind == "safe mode", "\(text)")
        #expect(text.contains("'session recover' reads and removes a journal"), "\(text)")
    }

    @Test func filesBesideAndBelowTheScriptStillLoad() throws {
        let l = try Layout(); defer { cleanup(l.root) }
        let (status, d, text) = Self.runSafe("load marks.csv\nload data/more.csv\nload ./data/../marks.csv as again\ncount\n" +
                                             "load marks.csv data/more.csv as both\nload data/\nload data/*.csv as more\n", l)
        #expect(status == .ok, "\(String(describing: d)) \(text)")
    }

    @Test func aDataFileMayLieElsewhere() throws {
        let l = try Layout(); defer { cleanup(l.root) }
        let (status, _, text) = Self.runSafe("load marks.csv\ncount\n", l, data: ["marks": l.root + "/outside.csv"])
        #expect(status == .ok, "\(text)")
    }

    @Test func safeModeEndsWithTheScript() throws {
        let l = try Layout(); defer { cleanup(l.root) }
        let s = session(in: l.folder)
        _ = ScriptRunner(session: s, options: .init(safe: true)).run(text: "load demo\n", file: l.folder + "/s.evsh") { _ in }
        #expect(!s.run("load ../../x.csv").failed, "outside a safe script, reads are as usual")
    }

    /// A file that is not CSV or a script is never quoted in an error, safe or not.
    @Test(arguments: ["run /etc/passwd", "norms load /etc/passwd"])
    func aFileThatIsNotCSVIsNotQuoted(_ command: String) throws {
        try #require(FileManager.default.fileExists(atPath: "/etc/passwd"))
        let firstLine = try #require(try String(contentsOfFile: "/etc/passwd", encoding: .utf8).split(separator: "\n").first)
        let s = session(in: NSTemporaryDirectory())
        let o = s.run(command)
        #expect(o.failed)
        let text = rendered(o, s)
        #expect(!text.contains(String(firstLine.prefix(8))), "\(text)")
    }

    @Test func aSafeScriptDoesNotReplayAFileThatIsNotAScript() throws {
        let l = try Layout(); defer { cleanup(l.root) }
        try "Dear colleague\nthe secret plan\n".write(toFile: l.folder + "/letter.txt", atomically: true, encoding: .utf8)
        let (status, d, text) = Self.runSafe("run letter.txt\n", l)
        #expect(status == .usage)
        #expect(d?.kind == "not a script", "\(text)")
        #expect(!text.contains("Dear") && !text.contains("secret"), "\(text)")
    }
}
