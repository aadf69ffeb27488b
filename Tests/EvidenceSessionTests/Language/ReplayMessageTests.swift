import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The replay's own errors in Swedish (issue 15): `--data` for a dataset the script does not
/// load, a malformed `--data`, scripts that run themselves.
struct ReplayMessageTests {
    func replay(_ script: String, data: [String: String], _ language: Language) -> String {
        let s = Session(environment: .plain)
        s.settings.width = 250
        s.settings.language = language
        var lines: [String] = []
        _ = ScriptRunner(session: s, options: .init(data: data)).run(text: script, file: "s.evsh") { ev in
            if case .output(let o) = ev { lines.append(rendered(o, s)) }
        }
        return lines.joined(separator: "\n")
    }

    @Test func unknownDataName() {
        let near = ("load demo\ncount\n", ["demx": "x.csv"])
        #expect(replay(near.0, data: near.1, .en) == "error: unknown dataset: --data demx=…: 's.evsh' loads no dataset named 'demx'\nhint: did you mean 'demo'?; the script loads: demo")
        let sv = replay(near.0, data: near.1, .sv)
        #expect(sv == "fel: okänd datamängd: --data demx=…: 's.evsh' läser inte in någon datamängd som heter 'demx'\ntips: menade du 'demo'?; skriptet läser in: demo")
        #expect(replay(near.0, data: ["foo": "x.csv"], .sv).hasSuffix("tips: skriptet läser in: demo"))
        #expect(replay("count\n", data: ["foo": "x.csv"], .en).hasSuffix("hint: the script has no 'load' to re-point"))
        let none = replay("count\n", data: ["foo": "x.csv"], .sv)
        #expect(none.hasSuffix("tips: skriptet har inget 'load' att peka om"))
        #expect(SwedishCommandCheck.englishWords(in: sv + "\n" + none).isEmpty)
    }

    @Test func dataOption() {
        for (language, takes, twice) in [(Language.en, ["error: --data takes NAME=PATH, not 'foo'", "hint: for example --data ht24=exports/vt25.csv"], "error: --data gives 'a' twice"),
                                         (.sv, ["fel: --data ska vara NAMN=SÖKVÄG, inte 'foo'", "tips: till exempel --data ht24=exports/vt25.csv"], "fel: --data anger 'a' två gånger")] {
            do { _ = try DataRepointing.parse(["foo"]); Issue.record("no error") } catch let d as Diagnostic {
                #expect(DiagnosticRenderer.render(d, language: language) == takes)
            } catch { Issue.record("\(error)") }
            do { _ = try DataRepointing.parse(["a=x.csv", "a=y.csv"]); Issue.record("no error") } catch let d as Diagnostic {
                #expect(DiagnosticRenderer.render(d, language: language) == [twice])
            } catch { Issue.record("\(error)") }
        }
    }

    @Test func nestedTooDeep() {
        let d = Diagnostic.usage(ReplayMessage.nestedTooDeep(.quantity(8), .text("a.evsh")), hint: ReplayMessage.runsItself())
        #expect(DiagnosticRenderer.render(d, language: .en) == ["error: scripts nested more than 8 deep in 'a.evsh'", "hint: does the script run itself?"])
        let sv = DiagnosticRenderer.render(d, language: .sv)
        #expect(sv == ["fel: skript inuti skript i mer än 8 nivåer i 'a.evsh'", "tips: kör skriptet sig självt?"])
        #expect(SwedishCommandCheck.englishWords(in: sv.joined(separator: "\n")).isEmpty)
    }
}
