import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct RepointAndSafeTests {
    @Test func dataRewritesTheLoadOfThatDatasetAndKeepsItsName() {
        var r = DataRepointing(overrides: ["ht24": "exports/vt25.csv", "demo": "my file.csv"])
        #expect(r.rewrite("load exports/ht24.csv") == "load exports/vt25.csv as ht24")
        #expect(r.rewrite("load a.csv as ht24 with delimiter=;") == "load exports/vt25.csv as ht24 with delimiter=;")
        #expect(r.rewrite("load demo") == "load \"my file.csv\" as demo")
        #expect(r.rewrite("load other.csv") == "load other.csv")
        #expect(r.rewrite("count by class") == "count by class")
        #expect(r.unused.isEmpty)
    }

    /// A stack (`load A B [as NAME]`) is re-pointed as a whole: all its paths become the new one.
    @Test func dataRewritesAStackOfFiles() {
        var r = DataRepointing(overrides: ["np": "vt26/", "ma": "new/*.csv"])
        #expect(r.rewrite("load \"NP HT24.csv\" \"NP VT25.csv\" as np with id=pnr") == "load vt26/ as np with id=pnr")
        #expect(r.rewrite("load ma_ht24.csv ma_vt25.csv") == "load new/*.csv as ma")
        #expect(r.rewrite("load a.csv b.csv as other") == "load a.csv b.csv as other")
        #expect(r.unused.isEmpty)
    }

    @Test func headerFingerprintsTieAPathToItsName() {
        let f = DataFingerprint(name: "results", path: "old/export-2024.csv", byteCount: 1, rowCount: 1, sha256: "ab")
        var r = DataRepointing(overrides: ["results": "new.csv"], fingerprints: [f])
        #expect(r.rewrite("load old/export-2024.csv") == "load new.csv as results")
    }

    @Test func dataOptionParsing() throws {
        #expect(try DataRepointing.parse(["a=x.csv", "b=y=z.csv"]) == ["a": "x.csv", "b": "y=z.csv"])
        #expect(throws: Diagnostic.self) { try DataRepointing.parse(["nopath"]) }
        #expect(throws: Diagnostic.self) { try DataRepointing.parse(["=x.csv"]) }
        #expect(throws: Diagnostic.self) { try DataRepointing.parse(["a=1", "a=2"]) }
    }

    @Test func changedDataWarnsAndStillRunsByColumnName() {
        // The header says the demo had 280 rows and another digest: replay must say so, and go on.
        let script = "# data: demo builtin=yes rows=280 sha256=0123456789abcdef\nload demo\ncount by class\n"
        let s = session(in: NSTemporaryDirectory())
        var warnings: [String] = []
        let r = ScriptRunner(session: s).run(text: script, file: "old.evsh") { ev in
            if case .warning(let w) = ev { warnings.append(w) }
        }
        #expect(r.exitStatus == .ok)
        #expect(r.commandsRun == 2)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("data 'demo' is not the data this script was saved with") == true)
        #expect(warnings.first?.contains("rows 280 → 300") == true)
    }

    @Test func unchangedDataDoesNotWarn() {
        let a = Session()
        a.run("load demo")
        let script = SessionScript.render(a)
        var warnings: [String] = []
        _ = ScriptRunner(session: Session()).run(text: script, file: "s.evsh") { ev in
            if case .warning(let w) = ev { warnings.append(w) }
        }
        #expect(warnings.isEmpty)
    }

    /// Issue 13, item 10: a `--data` name no `load` makes is an error before anything runs
    /// (exit 64), naming the datasets the script loads.
    @Test func unusedDataOverrideIsAnError() {
        var failure: Diagnostic?
        var commands = 0
        let s = Session()
        let r = ScriptRunner(session: s, options: .init(data: ["ht42": "x.csv"])).run(text: "load demo as ht24\ncount", file: "s.evsh") { ev in
            if case .output(let o) = ev { failure = LoadFixtures.diagnostic(o) }
            if case .command = ev { commands += 1 }
        }
        #expect(r.exitStatus == .usage && commands == 0 && s.tables.isEmpty, "nothing ran")
        #expect(failure?.message == "--data ht42=…: 's.evsh' loads no dataset named 'ht42'")
        #expect(failure?.hint == "did you mean 'ht24'?; the script loads: ht24", "\(String(describing: failure?.hint))")
        let ok = ScriptRunner(session: Session(), options: .init(data: ["ht24": "x.csv"])).run(text: "load demo as ht24", file: "s.evsh") { _ in }
        #expect(ok.exitStatus != .usage || ok.commandsRun == 1, "a name the script loads is re-pointed, not refused")
    }

    /// Issue 13, item 10: `evsh run dir/x.evsh` resolves the script's relative paths from dir/.
    @Test func relativePathsStartInTheScriptsFolder() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/term", withIntermediateDirectories: true)
        try "student_id,reading_c1\nS1,400\nS2,410\n".write(toFile: dir + "/term/ht24.csv", atomically: true, encoding: .utf8)
        let s = session(in: dir)
        var outputs: [String] = []
        let r = ScriptRunner(session: s, options: .init(folder: dir + "/term")).run(text: "load ht24.csv\ncount", file: "term/x.evsh") { ev in
            if case .output(let o) = ev { outputs.append(rendered(o, s)) }
        }
        #expect(r.exitStatus == .ok, "\(outputs)")
        #expect(s.tables["ht24"]?.table.rowCount == 2)
        #expect(s.environment.workingDirectory == dir, "the session's folder is back after the script")
        let typed = ScriptRunner(session: session(in: dir)).run(text: "load ht24.csv", file: "term/x.evsh") { _ in }
        #expect(typed.exitStatus == .data, "without a folder (run at the prompt) paths start in the session's folder")
    }

    /// Each capability --safe refuses, one by one, and nothing is written.
    @Test(arguments: ["export last to out.csv", "session save out.evsh", "session export out.md", "SESSION Save out.evsh"])
    func safeModeRefusesWritingFiles(_ command: String) throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir)
        var failure = ""
        let r = ScriptRunner(session: s, options: .init(safe: true)).run(text: "load demo\ncount by class\n\(command)", file: "x.evsh") { ev in
            if case .output(let o) = ev, o.failed { failure = rendered(o, s) }
        }
        #expect(r.exitStatus == .usage)
        #expect(r.failures == [3])
        #expect(failure.contains("error: safe mode: '"))
        #expect(failure.contains("writes a file and is refused"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        #expect(!s.safeMode)   // safe mode ends with the script
    }

    @Test func safeModeReachesNestedScripts() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try "load demo\nsession save inner.evsh\n".write(toFile: dir + "/inner.evsh.txt", atomically: true, encoding: .utf8)
        let s = session(in: dir)
        let r = ScriptRunner(session: s, options: .init(safe: true)).run(text: "run inner.evsh.txt", file: "outer.evsh") { _ in }
        #expect(r.exitStatus == .usage)
        #expect(!FileManager.default.fileExists(atPath: dir + "/inner.evsh"))
    }

    @Test func thereAreNoShellEscapes() {
        let s = Session()
        for c in ["!ls", "shell ls", "system rm -rf x", "sh -c ls"] {
            let o = s.run(c)
            #expect(o.status == .failed(.usage), "\(c) should be an unknown command")
        }
    }
}

struct WorkshopReplayTests {
    @Test func workshopModeInAScriptHidesIndividualStudents() {
        let s = Session()
        var failure = ""
        let r = ScriptRunner(session: s).run(text: "load demo\nset workshop on\nlist student_id limit 3\n", file: "w.evsh") { ev in
            if case .output(let o) = ev, o.failed { failure = rendered(o, s) }
        }
        #expect(r.failures == [3])
        #expect(failure.contains("w.evsh:3: error: privacy:"))
        #expect(!failure.contains("E001"))
    }
}
