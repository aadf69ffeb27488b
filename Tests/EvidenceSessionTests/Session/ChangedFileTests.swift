import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Replay on a real CSV that changes between save and replay.
struct ChangedFileTests {
    @Test func changedAndReorderedFileWarnsAndStillRunsByColumnName() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try "id,class,score\nA1,4A,10\nA2,4A,12\nA3,4B,9\n".write(toFile: dir + "/marks.csv", atomically: true, encoding: .utf8)
        let a = session(in: dir)
        a.run("load marks.csv as marks")
        let before = rendered(a.run("count by class"), a)
        #expect(before.contains("4A"))
        #expect(!a.run("session save marks.evsh").failed)
        let script = try String(contentsOfFile: dir + "/marks.evsh", encoding: .utf8)
        #expect(script.contains("# data: marks path="))
        #expect(script.contains("rows=3"))

        // Next term: a row more, and the columns in another order.
        try "score,class,id\n10,4A,A1\n12,4A,A2\n9,4B,A3\n11,4B,A4\n".write(toFile: dir + "/marks.csv", atomically: true, encoding: .utf8)
        let b = session(in: dir)
        var warnings: [String] = []
        var outputs: [String] = []
        let r = ScriptRunner(session: b).run(text: script, file: "marks.evsh") { ev in
            if case .warning(let w) = ev { warnings.append(w) }
            if case .output(let o) = ev { outputs.append(rendered(o, b)) }
        }
        #expect(r.exitStatus == .ok)
        #expect(warnings.contains { $0.contains("data 'marks' is not the data this script was saved with") && $0.contains("rows 3 → 4") })
        #expect(outputs.last?.contains("4B") == true)
        #expect(outputs.last != before)
    }

    @Test func dataOptionPointsTheScriptAtAnotherFile() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try "id,class\nA1,4A\nA2,4A\n".write(toFile: dir + "/ht24.csv", atomically: true, encoding: .utf8)
        try "class,id\n5A,B1\n5A,B2\n5B,B3\n".write(toFile: dir + "/vt25.csv", atomically: true, encoding: .utf8)
        let a = session(in: dir)
        a.run("load ht24.csv as term")
        a.run("count by class")
        let script = SessionScript.render(a)
        let b = session(in: dir)
        var outputs: [String] = []
        var warnings: [String] = []
        let r = ScriptRunner(session: b, options: .init(data: ["term": "vt25.csv"])).run(text: script, file: "t.evsh") { ev in
            if case .output(let o) = ev { outputs.append(rendered(o, b)) }
            if case .warning(let w) = ev { warnings.append(w) }
        }
        #expect(r.exitStatus == .ok)
        #expect(b.entries.first?.input == "load vt25.csv as term")
        #expect(outputs.last?.contains("5B") == true)
        #expect(warnings.contains { $0.contains("(re-pointed with --data)") })
    }
}
