import Testing
@testable import EvidenceData

/// A reader of typed columns gets the id column, clean names and the report from the shared
/// path, as a text-field reader does.
struct TypedColumnReaderTests {
    struct FixedColumns: TypedColumnReader {
        var columns: [Column]
        var options = LoadOptions()
        var displayName: String { "fixed" }
        var source: DataSource { DataSource(path: nil, description: "loaded from fixed") }
        func readColumns(cancellation: Cancellation?) throws -> TypedColumns {
            TypedColumns(columns: columns, notes: [.text("query")], warnings: [ReaderMessage.verbatim(.text("2 rows were cut"))])
        }
    }

    static let columns: [Column] = [
        Column(name: "elev_id", data: .number(Numbers([12, 13, .nan])), validity: Bitmap([true, true, false]),
               markers: [2: .suppressed]),
        .grades("betyg", [.A, nil, .C]),
        .numbers("score", [1.5, 2, 3]),
        .texts("score", ["a", "b", "c"], isID: true),
    ]

    @Test func idNamesAndReport() throws {
        let r = try FixedColumns(columns: Self.columns).load(name: "t", cancellation: nil)
        let t = r.table
        #expect(t.columnNames == ["elev_id", "betyg", "score", "score_2"])
        #expect(t.columns[0].isID && t.columns[0].type == .text, "the id is text, found by its name")
        #expect(t.columns[0].value(at: 0) == .text("12") && t.columns[0].value(at: 2) == .missing(.suppressed))
        #expect(!t.columns[3].isID, "only the shared rule picks the id")
        #expect(r.report.summary == "t: 3 rows, 4 columns · query · markers: .. ×1")
        #expect(r.report.typesLine == "types: 1 number, 2 text, 1 grade · id: elev_id")
        #expect(r.report.warningLines == ["2 rows were cut"])
        #expect(r.report.source.description == "loaded from fixed")
    }

    @Test func idOption() throws {
        var reader = FixedColumns(columns: Self.columns)
        reader.options.id = ""
        let none = try reader.load(name: "t", cancellation: nil).table
        #expect(none.idColumn == nil && none.columns[0].type == .number)
        reader.options.id = "BETYG"
        let grade = try reader.load(name: "t", cancellation: nil).table
        #expect(grade.idColumn?.name == "betyg" && grade.columns[1].value(at: 0) == .text("A"))
    }

    @Test func columnsOfDifferentLengthsAreRefused() {
        let reader = FixedColumns(columns: [.numbers("a", [1, 2]), .numbers("b", [1])])
        #expect(throws: Diagnostic.self) { try reader.load(name: "t", cancellation: nil) }
    }
}
