import Testing
import EvidenceData
import EvidenceSession
import EvidenceTestSupport

/// `describe DB.table` and `count DB.table … by` worded in Swedish against the test server
/// (issue 15): the title, headers and types of describe, the missing cell, "ran on the
/// server", and the error for a column the table does not have.
@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct ServerAggregateSwedishTests {
    func output(_ command: String, _ language: Language) -> String {
        let s = TestServer.connected()
        _ = s.run("set language \(language.rawValue)")
        _ = s.run("set width 250")
        return rendered(s.run(command), s)
    }

    func english(_ text: String) -> [String] { EnglishWords.foundInDatabaseOutput(text) }

    @Test func describe() {
        let en = output("describe s.school.results", .en), sv = output("describe s.school.results", .sv)
        #expect(en.contains("s.school.results: 6 rows, 12 columns (on the server)"), "\(en)")
        #expect(en.contains("│ column") && en.contains("│ read as") && en.contains("│ number"), "\(en)")
        #expect(en.contains("ran on the server: SELECT count(*)"), "\(en)")
        #expect(sv.contains("s.school.results: 6 rader, 12 kolumner (på servern)"), "\(sv)")
        #expect(sv.contains("│ kolumn") && sv.contains("│ läses som") && sv.contains("│ saknas") && sv.contains("│ olika") && sv.contains("│ tal"), "\(sv)")
        #expect(sv.contains("│ sant/falskt"), "\(sv)")
        #expect(sv.contains("kördes på servern: SELECT count(*)"), "\(sv)")
        #expect(english(sv).filter { !["reading", "sen"].contains($0) }.isEmpty, "still English: \(english(sv))\n\(sv)")
    }

    @Test func countBy() {
        let sv = output("count s.school.results by class", .sv)
        #expect(sv.contains("kördes på servern: SELECT"), "\(sv)")
        let missing = output("count s.school.results by nosuch", .sv)
        #expect(missing.contains("fel: ingen kolumn 'nosuch' i s.school.results"), "\(missing)")
        #expect(output("count s.school.results by nosuch", .en).contains("error: no column 'nosuch' in s.school.results"))
        #expect(english(sv + "\n" + missing).isEmpty, "still English: \(english(sv + missing))\n\(sv)\n\(missing)")
    }
}
