import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Safe mode's refusals in Swedish (issue 15): a script replayed with `--safe`.
struct SafeModeMessageTests {
    func replay(_ script: String, _ language: Language) throws -> String {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let path = dir + "/s.evsh"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let s = session(in: dir)
        s.settings.width = 250
        s.settings.language = language
        var lines: [String] = []
        _ = ScriptRunner(session: s, options: .init(keepGoing: true, safe: true)).run(text: script, file: "s.evsh") { ev in
            if case .output(let o) = ev { lines.append(rendered(o, s)) }
        }
        return lines.joined(separator: "\n")
    }

    @Test func refusals() throws {
        let script = "load demo\nexport x.csv\nsession save a.evsh\nsession recover\nload /etc/hostname\n"
        let en = try replay(script, .en), sv = try replay(script, .sv)
        for (text, expected) in [
            (en, ["error: safe mode: 'export' writes a file and is refused", "hint: run the script without --safe if you trust it to write files",
                  "error: safe mode: 'session save' writes a file and is refused",
                  "error: safe mode: 'session recover' reads and removes a journal in the state folder and is refused",
                  "error: safe mode: '/etc/hostname' is outside the script's folder and is not read",
                  "hint: a safe script reads only files in its own folder (or below it) and the --data files; run it without --safe if you trust it"]),
            (sv, ["fel: säkert läge: 'export' skriver en fil och körs inte", "tips: kör skriptet utan --safe om du litar på att det får skriva filer",
                  "fel: säkert läge: 'session save' skriver en fil och körs inte",
                  "fel: säkert läge: 'session recover' läser och tar bort en journal i tillståndsmappen och körs inte",
                  "fel: säkert läge: '/etc/hostname' ligger utanför skriptets mapp och läses inte",
                  "tips: i säkert läge läser ett skript bara filer i sin egen mapp (eller under den) och filerna i --data; kör det utan --safe om du litar på det"]),
        ] {
            for e in expected { #expect(text.contains(e), "\(e)\n\(text)") }
        }
        #expect(SwedishCommandCheck.englishWords(in: sv.replacingOccurrences(of: "--safe", with: "")).isEmpty, "\(sv)")
    }
}
