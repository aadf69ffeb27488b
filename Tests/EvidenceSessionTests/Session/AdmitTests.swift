import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Every source enters the session by one path: a table read from text rows is pseudonymised,
/// registered and reported exactly as `load` does for a CSV file.
struct AdmitTests {
    static let rows: [[String?]] = [["121212-1212", "4A", "400"], ["190101-0007", "4A", "401"], ["850709-9805", "4B", "402"]]
    static let names = ["personnummer", "class", "reading"]

    @Test func rowsTakeTheSamePathAsLoad() throws {
        let f = LoadFixtures()
        f.write("pupils.csv", "personnummer;class;reading\n" + Self.rows.map { $0.map { $0 ?? "" }.joined(separator: ";") }.joined(separator: "\n") + "\n")
        let viaLoad = f.run("load pupils.csv")
        #expect(!viaLoad.output.failed, "\(viaLoad.text)")

        let reader = TextRowsReader(names: Self.names, rows: Self.rows, displayName: "pupil rows")
        let admitted = try f.session.admit(reader.load(name: "rows", cancellation: nil))
        let text = TextRenderer.renderString(admitted, options: f.session.renderOptions)
        let loadLines = viaLoad.text.split(separator: "\n").map(String.init)
        let rowLines = text.split(separator: "\n").map(String.init)
        #expect(loadLines.first == "pupils: 3 rows, 3 columns · ';' · UTF-8")
        #expect(rowLines.first == "rows: 3 rows, 3 columns")
        // The types and the pseudonym note are the same lines; the key note comes only once.
        #expect(Array(rowLines.dropFirst()) == TranscriptChecker.withoutEvents(Array(loadLines.dropFirst())))
        #expect(!text.contains("1212") && text.contains("pseudonym"))

        #expect(f.session.currentName == "rows")
        #expect(f.session.tables["rows"]?.source.description == "loaded from pupil rows")
        let a = try #require(f.table("pupils")), b = try #require(f.table("rows"))
        for r in 0..<3 { #expect(a.columns[0].value(at: r) == b.columns[0].value(at: r), "the same pseudonyms, one key") }
        #expect(b.columns[0].value(at: 0).description.hasPrefix("P-"))
    }
}
