#if canImport(Glibc)
import Glibc
#endif
import EvidenceShell
import Foundation
import Testing
import EvidenceTestSupport

/// Leak 5: a personnummer typed at the prompt never reaches the history file, nor libedit's
/// memory (from which it could be written later).
@Suite struct HistoryPrivacyTests {
    init() { Terminal.setUpLocale() }

    static let typed = "count where Personnummer == \"20131104-0255\""

    @Test func aTypedPersonnummerIsScrubbedBeforeTheHistory() throws {
        let dir = try TempDir()
        let path = dir.path + "/history"
        let h = HistoryStore(path: path)
        h.add(Self.typed)
        h.add("note 1311040255 and 131104+0255")
        let file = try String(contentsOfFile: path, encoding: .utf8)
        for raw in ["20131104", "0255"] {
            #expect(!file.contains(raw), "\(file)")
            #expect(!h.entries.joined().contains(raw), "\(h.entries)")
        }
        #expect(try readHistoryFile(path).first == "count where Personnummer == \"<personnummer>\"")
        // A later reload (and rewrite) finds nothing either.
        let again = HistoryStore(path: path)
        #expect(!again.entries.joined().contains("0255"))
    }

    @Test func anOlderHistoryFileIsCleanedWhenRead() throws {
        let dir = try TempDir()
        let path = dir.path + "/history"
        try "_HiStOrY_V2_\nload\\040demo\ncount\\040where\\040Personnummer\\040==\\040\"20131104-0255\"\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let h = HistoryStore(path: path)
        #expect(h.entries == ["load demo", "count where Personnummer == \"<personnummer>\""])
        let file = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!file.contains("0255"), "\(file)")
    }

    @Test func otherNumbersStay() throws {
        let dir = try TempDir()
        let h = HistoryStore(path: dir.path + "/history")
        h.add("filter score > 2013041955791")  // 13 digits: not a personnummer
        h.add("filter id == 1304195578")        // wrong check digit
        #expect(h.entries == ["filter score > 2013041955791", "filter id == 1304195578"])
    }
}
