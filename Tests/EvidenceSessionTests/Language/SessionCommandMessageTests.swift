import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `note`, `rerun`, `run` and `session` in Swedish (issue 15).
struct SessionCommandMessageTests {
    let demo = ["load demo"]

    @Test func noteAndRerun() {
        SwedishCommandCheck.check([], "note", en: "error: expected the text of the note", sv: "fel: det saknas text till anteckningen")
        SwedishCommandCheck.check(demo, "rerun 2", en: "rerun 2: load demo", sv: "kör om 2: load demo")
        SwedishCommandCheck.check(demo, "rerun x", en: "error: rerun takes a command number, not 'x'\n  rerun x\n        ^\nhint: see 'history' for the numbers",
                                  sv: "fel: 'rerun' ska ha ett kommandonummer, inte 'x'\n  rerun x\n        ^\ntips: 'history' visar numren")
        SwedishCommandCheck.check([], "rerun 9", en: "error: no command 9 in this session (there is 1)", sv: "fel: inget kommando 9 i sessionen (det finns 1)")
        SwedishCommandCheck.check(demo, "rerun 9", en: "error: no command 9 in this session (there are 2)", sv: "fel: inget kommando 9 i sessionen (det finns 2)")
        SwedishCommandCheck.check(demo, "rerun", en: "error: expected a command number from 'history'", sv: "fel: det saknas ett kommandonummer från 'history'")
    }

    @Test func run() {
        SwedishCommandCheck.check([], "run", en: "error: expected a script path", sv: "fel: det saknas en sökväg till ett skript")
        SwedishCommandCheck.check([], "run no-such-script.evsh", en: "error: cannot read 'no-such-script.evsh'\n  run no-such-script.evsh\n      ^~~~~~~~~~~~~~~~~~~\nhint: no such file",
                                  sv: "fel: kan inte läsa 'no-such-script.evsh'\n  run no-such-script.evsh\n      ^~~~~~~~~~~~~~~~~~~\ntips: filen finns inte")
        SwedishCommandCheck.check([], "run x.evsh with foo=1", en: "error: unknown option 'foo'\n  run x.evsh with foo=1\n                  ^~~~~\nhint: the option is keep-going=true",
                                  sv: "fel: okänt alternativ 'foo'\n  run x.evsh with foo=1\n                  ^~~~~\ntips: alternativet är 'keep-going=true'")
    }

    @Test func session() {
        SwedishCommandCheck.check([], "session", en: "1 command recorded, 1 unsaved", sv: "inspelat: 1 kommando, varav 1 inte har sparats")
        SwedishCommandCheck.check(demo, "session", en: "2 commands recorded, 2 unsaved", sv: "inspelat: 2 kommandon, varav 2 inte har sparats")
        SwedishCommandCheck.check([], "session frob", en: "error: unknown session action 'frob'", sv: "fel: okänd åtgärd för 'session': 'frob'")
        SwedishCommandCheck.check([], "session sav", en: "hint: did you mean 'save'?", sv: "tips: menade du 'save'?")
        SwedishCommandCheck.check([], "session save", en: "error: expected a file path after 'save'", sv: "fel: det saknas en sökväg efter 'save'")
        SwedishCommandCheck.check([], "session save x.evsh with foo=1", en: "hint: the option is failed=true", sv: "tips: alternativet är 'failed=true'")
        SwedishCommandCheck.check([], "session export x.md with foo=1", en: "error: unknown option 'foo'", sv: "fel: okänt alternativ 'foo'")
        SwedishCommandCheck.check([], "session export x.md with foo=1", en: "hint: the options are failed=true and title=\"…\"",
                                  sv: "tips: alternativen är 'failed=true' och 'title=\"…\"'")
        SwedishCommandCheck.check([], "session save x.evsh with failed=maybe", en: "error: failed= takes true or false, not 'maybe'",
                                  sv: "fel: 'failed=' ska vara true eller false, inte 'maybe'")
    }

    /// What `session save` and `session export` say, and `session recover` with nothing left.
    @Test func savedAndRecovered() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("svB-session-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for (language, saved, exported) in [
            (Language.en, "saved 2 commands to \(dir)/a.evsh (1 failed left out; 'with failed=true' keeps them); replay with 'evsh run \(dir)/a.evsh'",
             "exported 2 commands to \(dir)/a.md (1 failed left out; 'with failed=true' keeps them); check with 'evsh check \(dir)/a.md'"),
            (.sv, "sparade 2 kommandon i \(dir)/a.evsh (misslyckade kommandon utelämnade: 1; 'with failed=true' tar med dem); kör det igen med 'evsh run \(dir)/a.evsh'",
             "exporterade 2 kommandon till \(dir)/a.md (misslyckade kommandon utelämnade: 1; 'with failed=true' tar med dem); kontrollera med 'evsh check \(dir)/a.md'"),
        ] {
            let s = Session(environment: .plain)
            s.settings.language = language
            s.settings.width = 400
            for c in ["load demo", "cuont", "count"] { _ = s.run(c) }
            let a = TextRenderer.renderString(s.run("session save \(dir)/a.evsh"), options: s.renderOptions)
            #expect(a.contains(saved), "\(a)")
            let b = TextRenderer.renderString(s.run("session export \(dir)/a.md"), options: s.renderOptions)
            #expect(b.contains(exported), "\(b)")
            let title = try String(contentsOfFile: "\(dir)/a.md", encoding: .utf8).split(separator: "\n").first.map(String.init)
            #expect(title == (language == .en ? "# evsh transcript" : "# evsh-protokoll"))
            let r = TextRenderer.renderString(s.run("session recover"), options: s.renderOptions)
            #expect(r == (language == .en ? "no unsaved session to recover" : "ingen osparad session att återställa"), "\(r)")
            if language == .sv {
                #expect(SwedishCommandCheck.englishWords(in: [a, b, r].joined(separator: "\n").replacingOccurrences(of: dir, with: "")).isEmpty)
            }
        }
    }

    /// `set timing on`: the line after each command, and the transcript's mask for it.
    @Test func timing() {
        let sv = SwedishCommandCheck.output(["set timing on"], "history", .sv)
        #expect(sv.split(separator: "\n").contains { $0.hasPrefix("tid: ") && $0.hasSuffix(" ms") }, "\(sv)")
        let en = SwedishCommandCheck.output(["set timing on"], "history", .en)
        #expect(en.split(separator: "\n").contains { $0.hasPrefix("time: ") && $0.hasSuffix(" ms") }, "\(en)")
        #expect(TranscriptWriter.normalise(["time: 3.2 ms", "tid: 3,2 ms", "tid: okänd"]) == ["time: … ms", "tid: … ms", "tid: okänd"])
    }

    /// The interactive shell's first line and a start-up load cut short (`Shell.run`).
    @Test func banner() {
        #expect(SessionCommandMessage.banner.text(.en, .text("0.1.0")) == "evsh 0.1.0 — the evidence shell. 'help' lists the commands; Tab completes; Ctrl-D quits.")
        let sv = SessionCommandMessage.banner.text(.sv, .text("0.1.0"))
        #expect(sv == "evsh 0.1.0 – skalet för underlag. 'help' visar kommandona; Tab fyller i; Ctrl-D avslutar.")
        #expect(SessionCommandMessage.startupInterrupted.text(.sv) == "(inläsningen vid starten avbröts)")
        #expect(SwedishCommandCheck.englishWords(in: sv).isEmpty)
    }
}
