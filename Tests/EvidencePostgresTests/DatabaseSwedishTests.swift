import Testing
import EvidenceData
import EvidenceSession
import EvidenceTestSupport

/// `load DB.table` and `count DB.table` worded in Swedish against the test server: the report
/// lines and the command's own errors (issue 15; the server's own text stays as it wrote it).
@Suite(.enabled(if: TestServer.available, TestServer.reason), .serialized)
struct DatabaseSwedishTests {
    func swedish(_ command: String) -> String {
        let s = TestServer.connected()
        _ = s.run("set language sv")
        _ = s.run("set width 250")
        return rendered(s.run(command), s)
    }

    func english(_ text: String) -> [String] { EnglishWords.foundInDatabaseOutput(text) }

    @Test func reportLines() {
        let text = swedish("load s.school.results as r")
        #expect(text.contains("kördes på servern: SELECT * FROM \"school\".\"results\""), "\(text)")
        #expect(text.contains("6 rader kom tillbaka på "), "\(text)")
        #expect(text.contains("obs: 'ref' (uuid) lästes som text"), "\(text)")
        let local = swedish("load s.school.results as pushed where round(reading) > 400")
        #expect(local.contains("beräknades här, inte på servern (saknar SQL-motsvarighet): round(reading) > 400 – "), "\(local)")
        for t in [text, local] {
            let lines = t.split(separator: "\n").filter { $0.contains("servern") || $0.contains("kom tillbaka") || $0.hasPrefix("obs:") }
            for l in lines { #expect(english(String(l)).isEmpty, "still English: \(l)") }
        }
    }

    @Test func errors() {
        let noColumn = swedish("load s.school.results as r columns nosuch")
        #expect(noColumn.contains("fel: ingen kolumn 'nosuch' i s.school.results"), "\(noColumn)")
        let unexpected = swedish("load s.school.results bogus")
        #expect(unexpected.contains("fel: oväntat 'bogus'"), "\(unexpected)")
        let query = swedish("load s query")
        #expect(query.contains("fel: det saknas en fråga inom citattecken efter 'query'"), "\(query)")
        let twice = swedish("load s query \"SELECT 1 AS a, 2 AS a\"")
        #expect(twice.contains("fel: resultatet har mer än en kolumn som heter 'a'"), "\(twice)")
        #expect(twice.contains("tips: ge dem olika namn i frågan: 'SELECT a.a AS a_a, b.a AS b_a …'"), "\(twice)")
        let count = swedish("count s.school.results")
        #expect(count.contains("fel: det saknas 'by KOLUMN' efter s.school.results"), "\(count)")
        #expect(count.contains("tips: count s.school.results by KOLUMN[, KOLUMN …] räknas på servern"), "\(count)")
        for t in [noColumn, unexpected, query, twice, count] { #expect(english(t).isEmpty, "still English: \(english(t))\n\(t)") }
    }

    /// evsh's own kinds and hints around the server's message, which stays as it was sent.
    @Test func serverErrors() {
        let missing = swedish("load s query \"SELECT * FROM school.nosuch\"")
        #expect(missing.contains("fel: frågan misslyckades: relation \"school.nosuch\" does not exist"), "\(missing)")
        #expect(missing.contains("tips: kontrollera schemat och tabellnamnet: 'describe NAMN.TABELL' på en tabell som finns, eller fråga databasens ägare"), "\(missing)")
        let syntax = swedish("load s query \"SELECT FROM WHERE\"")
        #expect(syntax.contains("tips: SQL-koden har ett syntaxfel vid markeringen"), "\(syntax)")
        let refused = swedish("connect t host=/nonexistent-evsh-socket port=1 dbname=x")
        #expect(refused.contains("fel: anslutningen misslyckades: "), "\(refused)")
        #expect(refused.contains("tips: ingen server lyssnar där: kontrollera värd och port och att servern är igång"), "\(refused)")
        for t in [missing, syntax, refused] {
            let hints = t.split(separator: "\n").filter { $0.hasPrefix("tips:") }.map(String.init)
            for h in hints { #expect(english(h).isEmpty, "still English: \(h)") }
        }
    }
}
