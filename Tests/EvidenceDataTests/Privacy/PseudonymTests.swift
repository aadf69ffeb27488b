import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct PseudonymTests {
    let key: [UInt8] = (0..<32).map { UInt8($0) }

    @Test func pseudonymIsKeyedHMAC() {
        // hmac.new(bytes(range(32)), b"8112189876", hashlib.sha256).hexdigest()[:10]
        #expect(Privacy.pseudonym("811218-9876", key: key) == "P-8d2fcad039")
        #expect(Privacy.pseudonym("19811218-9876", key: key) == "P-8d2fcad039")
        // …(b"6408233234")[:10] and (b"x:not a number")[:10]
        #expect(Privacy.pseudonym("640823-3234", key: key) == "P-b03110f625")
        #expect(Privacy.pseudonym("not a number", key: key) == "P-7bc8a33019")
        var other = key
        other[0] = 99
        #expect(Privacy.pseudonym("811218-9876", key: other) != "P-8d2fcad039")
    }

    @Test func personnummerColumnIsReplaced() {
        let t = Table(columns: [
            .texts("pnr", ["811218-9876", "198112189876", "640823-3234", "811218-9875", nil]),
            .texts("student_id", ["E1", "E2", "E3", "E4", "E5"], isID: true),
            .numbers("score", [1, 2, 3, 4, 5]),
        ])
        let (out, notes) = Privacy.pseudonymise(t, key: key)
        let pnr = out.column(named: "pnr")!
        let values = (0..<5).map { pnr.value(at: $0).description }
        #expect(values[0] == "P-8d2fcad039")
        #expect(values[1] == values[0], "10- and 12-digit forms of one person get one pseudonym")
        #expect(values[2] == "P-b03110f625")
        #expect(values[3].hasPrefix("P-") && values[3] != values[0], "an invalid value is pseudonymised too")
        #expect(pnr.value(at: 4).isMissing)
        guard case .text(let td) = pnr.data else { Issue.record("not text"); return }
        #expect(td.dictionary.count == 3)
        #expect(!td.dictionary.contains { $0.contains("9876") })
        #expect(out.column(named: "student_id")!.value(at: 0) == .text("E1"))
        #expect(notes.count == 1)
        #expect(notes[0].contains("'pnr'") && notes[0].contains("1 value failed"))
        #expect(!notes.joined().contains("811218"))
    }

    @Test func numberColumnOfPersonnummer() {
        let t = Table(columns: [.numbers("personnr", [501011233, 198112189876, nil])])
        let (out, notes) = Privacy.pseudonymise(t, key: key)
        #expect(out.columns[0].type == .text)
        #expect(out.columns[0].value(at: 1).description == "P-8d2fcad039")
        #expect(notes.count == 1)
    }

    /// Under half personnummer, the column is not replaced whole, but none of its personnummer
    /// is shown either (leak 11): each becomes its pseudonym, the other values stay.
    @Test func mostlyOtherValuesAreLeftAloneButNotThePersonnummer() {
        let t = Table(columns: [.texts("note", ["811218-9876", "hello", "world"]), .numbers("year", [4, 5, 6])])
        let (out, notes) = Privacy.pseudonymise(t, key: key)
        #expect(notes == ["personnummer inside text: 1 cell changed (1 in 'note'), each replaced by its pseudonym (P-…)"])
        #expect(out.columns[0].value(at: 0) == .text(Privacy.pseudonym("811218-9876", key: key)))
        #expect(out.columns[0].value(at: 1) == .text("hello"))
    }

    @Test func pseudonymsAreIdempotent() {
        let t = Table(columns: [.texts("pnr", ["811218-9876", "640823-3234"])])
        let (once, _) = Privacy.pseudonymise(t, key: key)
        let (twice, notes) = Privacy.pseudonymise(once, key: key)
        #expect(notes.isEmpty)
        #expect(twice.columns[0].value(at: 0) == once.columns[0].value(at: 0))
    }

    @Test func keyFileIsMadeOnceWithPrivateModes() throws {
        let dir = NSTemporaryDirectory() + "evsh-key-\(UInt64.random(in: 0...UInt64.max))/state"
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        let (k1, notes1) = try PseudonymKey.load(stateDirectory: dir)
        #expect(k1.count == 32)
        #expect(notes1.first?.contains("made a new pseudonym key") == true)
        let (k2, notes2) = try PseudonymKey.load(stateDirectory: dir)
        #expect(k2 == k1)
        #expect(notes2.isEmpty)
        let fm = FileManager.default
        let fileMode = try fm.attributesOfItem(atPath: dir + "/pseudonym.key")[.posixPermissions] as? Int
        let dirMode = try fm.attributesOfItem(atPath: dir)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(dirMode == 0o700)
    }

    @Test func wrongSizedKeyIsRefusedNotReplaced() throws {
        let dir = NSTemporaryDirectory() + "evsh-key-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/pseudonym.key", contents: Data([1, 2, 3]))
        #expect(throws: Diagnostic.self) { try PseudonymKey.load(stateDirectory: dir) }
        #expect(FileManager.default.contents(atPath: dir + "/pseudonym.key")?.count == 3)
    }

    @Test func noStateDirectoryMeansAMemoryKeyAndANote() throws {
        let s = Session(environment: .plain)
        let (k, notes) = try s.pseudonymKey()
        #expect(k.count == 32)
        #expect(notes.first?.contains("in memory") == true)
        let (again, notes2) = try s.pseudonymKey()
        #expect(again == k)
        #expect(notes2.isEmpty)
    }
}
