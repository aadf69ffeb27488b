import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// What pseudonymising says when a file with personnummer is read, in Swedish (issue 15, svB).
struct PrivacyNoteMessageTests {
    let file = "\"" + TestPaths.inPackage("sessions/terms/NP åk6 VT2025.csv") + "\""

    @Test func columnAndKey() {
        SwedishCommandCheck.check([], "load \(file) as v", en: "column 'Personnummer' holds personnummer: replaced by 13 pseudonyms (P-…, keyed HMAC-SHA256)",
                                  sv: "kolumnen 'Personnummer' innehåller personnummer: ersatta med 13 pseudonymer (P-…, nyckelstyrd HMAC-SHA256)")
        SwedishCommandCheck.check([], "load \(file) as v",
                                  en: "no state directory: pseudonyms use a key kept in memory for this session only, so they will differ next time",
                                  sv: "ingen tillståndskatalog: pseudonymerna bygger på en nyckel som bara finns i minnet under den här sessionen, så de blir andra nästa gång")
    }

    @Test func newKeyAndText() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        for (language, made) in [(Language.sv, "skapade en ny pseudonymnyckel i \(dir)/sv/pseudonym.key (spara den: samma nyckel ger samma pseudonymer nästa gång)"),
                                 (.en, "made a new pseudonym key in \(dir)/en/pseudonym.key (keep it: the same key gives the same pseudonyms next time)")] {
            let notes = try PseudonymKey.load(stateDirectory: dir + "/" + language.rawValue, language: language).notes
            #expect(notes == [made])
        }
        let t = Table(rowCount: 1, columns: [Column(name: "kommentar", data: .text(TextData(codes: [0], dictionary: ["ring 19121212-1212"])), validity: Bitmap(count: 1, allSet: true))])
        let en = Privacy.pseudonymiseText(t, key: Array(repeating: 1, count: 32), skipping: [], language: .en).1
        #expect(en == ["personnummer inside text: 1 cell changed (1 in 'kommentar'), each replaced by its pseudonym (P-…)"])
        let sv = Privacy.pseudonymiseText(t, key: Array(repeating: 1, count: 32), skipping: [], language: .sv).1
        #expect(sv == ["personnummer i text ersattes med sina pseudonymer (P-…) i 1 cell (1 i 'kommentar')"])
    }

    /// The key's own errors: a state directory that is a file, a key of the wrong size.
    @Test func keyErrors() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/state", withIntermediateDirectories: true)
        try "short".write(toFile: dir + "/state/pseudonym.key", atomically: true, encoding: .utf8)
        for (state, en, sv) in [
            (dir + "/file", ["error: pseudonym key: the state directory '\(dir)/file' is a file, not a directory"],
             ["fel: pseudonymnyckel: tillståndskatalogen '\(dir)/file' är en fil, inte en katalog"]),
            (dir + "/state", ["error: pseudonym key: the pseudonym key '\(dir)/state/pseudonym.key' has 5 bytes, expected 32",
                              "hint: move it away to make a new key (pseudonyms will then change)"],
             ["fel: pseudonymnyckel: pseudonymnyckeln '\(dir)/state/pseudonym.key' har 5 byte, men ska ha 32",
              "tips: flytta undan den så görs en ny nyckel (pseudonymerna ändras då)"]),
        ] {
            do { _ = try PseudonymKey.load(stateDirectory: state); Issue.record("no error") } catch let d as Diagnostic {
                #expect(DiagnosticRenderer.render(d, language: .en) == en)
                #expect(DiagnosticRenderer.render(d, language: .sv) == sv)
            }
        }
    }
}
