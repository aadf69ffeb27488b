import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// `evsh check` on an ordinary transcript: one with a personnummer file, exports and
/// `session export`, made in a session with a state directory (issue: "check must pass").
struct CheckWithExportsTests {
    /// A school's export: personnummer, decimal commas, semicolons.
    static let csv = """
        Personnummer;Klass;Poäng HT24;Poäng VT25
        20130419-5579;6A;12,5;14
        20131104-0255;6A;10;11,5
        20161021-6929;6B;8;9

        """

    static func transcript(in dir: String, state: String) throws -> String {
        try csv.write(toFile: dir + "/np.csv", atomically: true, encoding: .utf8)
        let s = session(in: dir, state: state)
        for c in ["load np.csv", "count by Klass", "export last to klasser.csv", "list",
                  "export np to elever.csv", "session export tour.md"] {
            #expect(!s.run(c).failed, "\(c)")
        }
        return try String(contentsOfFile: dir + "/tour.md", encoding: .utf8)
    }

    @Test func aTranscriptWithExportsAndPseudonymsChecksClean() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let md = try Self.transcript(in: dir, state: state)
        let before = try String(contentsOfFile: dir + "/klasser.csv", encoding: .utf8)
        let stateBefore = try FileManager.default.contentsOfDirectory(atPath: state).sorted()
        let report = TranscriptChecker.check(md, environment: SessionEnvironment(stateDirectory: state, workingDirectory: dir))
        #expect(report.passed, "\(report.lines(file: "tour.md").joined(separator: "\n"))")
        // The transcript ends before its own `session export`.
        #expect(report.steps == 5)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        // Checking wrote nothing in the folder, and nothing in the state folder.
        #expect(try String(contentsOfFile: dir + "/klasser.csv", encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: state).sorted() == stateBefore)
    }

    @Test func anExportWhoseFileChangedIsAChange() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let md = try Self.transcript(in: dir, state: state)
        let edited = try String(contentsOfFile: dir + "/klasser.csv", encoding: .utf8) + "6C,4\n"
        try edited.write(toFile: dir + "/klasser.csv", atomically: true, encoding: .utf8)
        let report = TranscriptChecker.check(md, environment: SessionEnvironment(stateDirectory: state, workingDirectory: dir))
        #expect(!report.passed)
        #expect(report.changes.map { $0.command } == ["export last to klasser.csv (the file klasser.csv)"])
        #expect(report.changes.first?.diff.contains { $0 == "-6C,4" } == true, "\(report.changes.first?.diff ?? [])")
    }

    @Test func anExportWhoseFileIsGoneIsSaidNotHidden() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let md = try Self.transcript(in: dir, state: state)
        try FileManager.default.removeItem(atPath: dir + "/elever.csv")
        let report = TranscriptChecker.check(md, environment: SessionEnvironment(stateDirectory: state, workingDirectory: dir))
        #expect(report.passed)
        #expect(report.warnings.contains { $0.contains("'elever.csv'") && $0.contains("not there to compare") })
    }
}

/// The golden week (sessions/week.evsh, issue 13 items 1–6) as a coordinator runs it: two term
/// files stacked, attendance in %, a join with observations, compare, export, `session export`;
/// the transcript it writes checks clean with the same pseudonym key.
struct WeekSessionTests {
    @Test func theWeeksOwnTranscriptChecksClean() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/week", withIntermediateDirectories: true)
        for f in ["Matematik HT2024.csv", "Matematik VT2025.csv", "Lärarobservationer.csv"] {
            try fm.copyItem(atPath: TestPaths.packageRoot + "/sessions/week/" + f, toPath: dir + "/week/" + f)
        }
        let script = try String(contentsOfFile: TestPaths.packageRoot + "/sessions/week.evsh", encoding: .utf8)
        let s = session(in: dir, state: state)
        let r = ScriptRunner(session: s).run(text: script, file: dir + "/week.evsh") { _ in }
        #expect(r.exitStatus == .ok)
        let md = try String(contentsOfFile: dir + "/week/veckan.md", encoding: .utf8)
        #expect(md.hasPrefix("# Veckans analys"))
        // No personnummer reaches the transcript or the export.
        let exported = try String(contentsOfFile: dir + "/week/klasser.csv", encoding: .utf8)
        // Written into week/, it says the session ran one folder up, where its paths start.
        #expect(md.contains(" root=.. -->"))
        #expect(PersonnummerScanner.scrub(md).text == md && PersonnummerScanner.scrub(exported).text == exported)
        let report = TranscriptChecker.check(md, environment: SessionEnvironment(stateDirectory: state, workingDirectory: dir + "/week"))
        #expect(report.passed, "\(report.lines(file: "veckan.md").joined(separator: "\n"))")
        #expect(report.steps >= 10)
    }

    @Test func aRootOutsideTheFewFoldersAboveIsRefused() {
        for root in ["/etc", "../../../..", "x/.."] {
            let md = "# t\n\n<!-- evsh-transcript version=0.1.0 saved=2026-12-03T00:00:00Z width=100 ascii=off root=\(root) -->\n\n```evsh\ncount\n```\n"
            let r = TranscriptChecker.check(md)
            #expect(r.problem?.contains("'root=\(root)' is not one of") == true, "\(root): \(r.problem ?? "no problem")")
        }
        #expect(TranscriptWriter.root(forTranscriptAt: "/a/b/c/t.md", sessionFolder: "/a") == "../..")
        #expect(TranscriptWriter.root(forTranscriptAt: "/a/t.md", sessionFolder: "/a") == nil)
        #expect(TranscriptWriter.root(forTranscriptAt: "/x/t.md", sessionFolder: "/a") == nil)
    }
}
