import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// `filter Personnummer == "20131104-0255"` finds the pupil although the column holds
/// pseudonyms, and the number is never kept (docs/privacy.md, "Looking a pupil up").
struct PersonnummerLookupTests {
    static let csv = """
        Personnummer;Klass;Poäng
        20130419-5579;6A;12
        20131104-0255;6A;10
        20161021-6929;6B;8

        """

    @Test func aTypedPersonnummerFindsItsPupil() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try Self.csv.write(toFile: dir + "/np.csv", atomically: true, encoding: .utf8)
        let s = session(in: dir, state: dir + "/state")
        #expect(!s.run("load np.csv").failed)
        let (text, out) = EvidenceTestSupport.text(s, "filter Personnummer == \"20131104-0255\" as pupil")
        #expect(!out.failed, "\(text)")
        #expect(text.contains("pupil: 1 of 3 rows"), "\(text)")
        #expect(text.contains("looked up by its pseudonym"))
        #expect(try s.resolve("pupil").rowCount == 1)
        // Nothing the session keeps holds the number: the entry, the saved script.
        let everything = s.entries.map(\.input).joined(separator: "\n") + text + SessionScript.render(s, includeFailed: true)
        #expect(!everything.contains("20131104") && !everything.contains("1311040255"))
        // The other forms of the same number find the same pupil; a number that is not in the
        // column finds nobody, and text that only holds a personnummer is left alone.
        #expect(lookup(s, "filter Personnummer == \"1311040255\"").contains("1 of 3 rows"))
        #expect(lookup(s, "filter Personnummer == \"20070512-3453\"").contains("no rows match"))
        #expect(lookup(s, "filter Klass == \"6A 20131104-0255\"").contains("no rows match"))
    }

    func lookup(_ s: Session, _ line: String) -> String {
        s.run("use np")
        return EvidenceTestSupport.text(s, line).0
    }

    @Test func withoutPseudonymsALiteralIsLeftAsTyped() {
        let s = Session(environment: .plain)
        s.run("load demo")
        #expect(s.pseudonymisingLookups("filter class == \"20131104-0255\"").count == 0)
    }

    @Test func onlyALiteralThatIsOnePersonnummerIsRewritten() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try Self.csv.write(toFile: dir + "/np.csv", atomically: true, encoding: .utf8)
        let s = session(in: dir, state: dir + "/state")
        s.run("load np.csv")
        for line in ["load \"20131104-0255.csv\"", "filter Klass == \" 20131104-0255\"", "note \"born 20131104-0255\""] {
            #expect(s.pseudonymisingLookups(line).count == 0, "\(line)")
        }
        #expect(s.pseudonymisingLookups("filter Personnummer in [\"20131104-0255\", \"20161021-6929\"]").count == 2)
    }
}
