import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// The rows reader goes through exactly the typing and report a CSV file does: the same data
/// as CSV bytes and as rows of text fields give the same table and the same report, apart from
/// where it came from and the CSV's own notes (delimiter, encoding).
struct TextRowsReaderTests {
    static let names = ["elev_id", "school", "reading", "attendance", "grade", "sen", "note", "pupils"]

    /// 60 rows: ids with leading zeros, quoted text with the delimiter, numbers with grouped
    /// digits and decimals, Skolverket's markers, grades, booleans, empty and `""` fields.
    static func rows(decimal: Character) -> [[String?]] {
        (0..<60).map { i -> [String?] in
            let reading: String? = i % 11 == 3 ? nil : i % 13 == 5 ? "." : "\(350 + i * 7)"
            let attendance: String? = i % 17 == 2 ? ".." : "9\(i % 10)\(decimal)\(i % 7)"
            let grade: String? = i % 9 == 4 ? "-" : i % 10 == 7 ? nil : ["A", "B", "C", "D", "E", "F"][i % 6]
            let note: String? = i % 4 == 0 ? "" : i % 4 == 1 ? nil : i % 4 == 2 ? "sjuk; \"hemma\"" : "ok"
            let pupils: String? = i % 19 == 6 ? "~100" : "1 \(String(format: "%03d", i * 13))"
            return [String(format: "%04d", i + 1), i % 3 == 0 ? "Ekbacken; Umeå" : "Lärkan", reading, attendance,
                    grade, i % 2 == 0 ? "ja" : "nej", note, pupils]
        }
    }

    /// The same rows as a CSV file: nil is an empty field, "" is `""`, and fields with the
    /// delimiter or a quote are quoted.
    static func csv(_ rows: [[String?]], names: [String] = names, delimiter: Character) -> String {
        func field(_ v: String?) -> String {
            guard let v else { return "" }
            if v.isEmpty || v.contains(delimiter) || v.contains("\"") { return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            return v
        }
        return ([names] + rows.map { $0.map(field) }).map { $0.joined(separator: String(delimiter)) }.joined(separator: "\n") + "\n"
    }

    static func viaCSV(_ text: String, options: LoadOptions = LoadOptions()) throws -> LoadResult {
        let f = LoadFixtures()
        let path = f.write("t.csv", text)
        return try CSVLoader.load(path: path, name: "t", displayPath: "t.csv", options: options)
    }

    static func viaRows(_ rows: [[String?]], names: [String] = names, options: LoadOptions = LoadOptions()) throws -> LoadResult {
        try TextRowsReader(names: names, rows: rows, displayName: "t", options: options).load(name: "t", cancellation: nil)
    }

    /// Equal types, values, missing kinds, ids and number storage, column by column.
    static func expectSame(_ a: Table, _ b: Table, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.rowCount == b.rowCount, sourceLocation: sourceLocation)
        #expect(a.columnNames == b.columnNames, sourceLocation: sourceLocation)
        for (x, y) in zip(a.columns, b.columns) {
            #expect(x.type == y.type && x.isID == y.isID, "\(x.name)", sourceLocation: sourceLocation)
            #expect(x.markers == y.markers, "\(x.name)", sourceLocation: sourceLocation)
            if case .number(let n) = x.data, case .number(let m) = y.data {
                #expect(n.isCompact == m.isCompact, "\(x.name)", sourceLocation: sourceLocation)
            }
            for r in 0..<min(a.rowCount, b.rowCount) where x.value(at: r) != y.value(at: r) {
                Issue.record("\(x.name) row \(r): \(x.value(at: r)) ≠ \(y.value(at: r))", sourceLocation: sourceLocation)
                break
            }
        }
    }

    /// The reports with where they came from and how they were read set aside.
    static func shared(_ r: LoadReport) -> LoadReport {
        var r = r
        r.source = DataSource(path: nil, description: "")
        r.notes = []
        return r
    }

    @Test(arguments: [(",", "."), (";", ","), ("\t", ",")] as [(Character, Character)])
    func sameTableAndReportAsCSV(delimiter: Character, decimal: Character) throws {
        let rows = Self.rows(decimal: decimal)
        let csv = try Self.viaCSV(Self.csv(rows, delimiter: delimiter))
        let fromRows = try Self.viaRows(rows)
        Self.expectSame(csv.table, fromRows.table)
        #expect(Self.shared(csv.report) == Self.shared(fromRows.report))
        #expect(csv.report.notes.filter { switch $0 { case .text, .message: false; default: true } } == fromRows.report.notes)

        let t = fromRows.table
        #expect(t.columns[0].isID && t.columns[0].value(at: 0) == .text("0001"), "ids stay text")
        #expect(t.columns.map(\.type) == [.text, .text, .number, .number, .grade, .boolean, .text, .number])
        #expect(t.columns[1].value(at: 0) == .text("Ekbacken; Umeå"))
        #expect(t.columns[2].value(at: 3) == .missing(.empty) && t.columns[2].value(at: 5) == .missing(.notAvailable))
        #expect(t.columns[3].value(at: 1) == .number(91.1) && t.columns[3].value(at: 2) == .missing(.suppressed))
        #expect(t.columns[4].value(at: 4) == .missing(.absent) && t.columns[4].value(at: 0) == .grade(.A))
        #expect(t.columns[6].value(at: 0) == .missing(.empty) && t.columns[6].value(at: 1) == .missing(.empty), "\"\" is missing, as in a number column")
        #expect(t.columns[6].value(at: 2) == .text("sjuk; \"hemma\""))
        #expect(t.columns[7].value(at: 1) == .number(1013) && t.columns[7].value(at: 6) == .missing(.nearly100))
        #expect(fromRows.report.summary == "t: 60 rows, 8 columns\(decimal == "," ? " · decimal comma" : "") · thousands separators · markers: . ×5 .. ×4 - ×7 ~100 ×3")
        #expect(fromRows.report.typesLine == csv.report.typesLine)
    }

    /// A rare odd value is the same type error either way, at the same line; lenient, the same
    /// row is left out and reported on the same line.
    @Test func oddValueIsTheSameTypeErrorAndSkip() throws {
        var rows = Self.rows(decimal: ".")
        rows[40][2] = "4O5"
        let text = Self.csv(rows, delimiter: ",")
        var options = LoadOptions()
        let csvError = Self.diagnostic { _ = try Self.viaCSV(text) }
        let rowsError = Self.diagnostic { _ = try Self.viaRows(rows, options: options) }
        #expect(csvError?.kind == "type" && rowsError?.kind == "type")
        #expect(csvError?.message == rowsError?.message)
        #expect(rowsError?.message.contains("'4O5' in column 'reading'") == true, "\(rowsError?.message ?? "")")
        #expect(csvError?.location?.line == 42 && rowsError?.location?.line == 42)
        #expect(rowsError?.location?.column == 3, "the field's place in the row")

        options.lenient = true
        let csv = try Self.viaCSV(text, options: options)
        let fromRows = try Self.viaRows(rows, options: options)
        Self.expectSame(csv.table, fromRows.table)
        #expect(Self.shared(csv.report) == Self.shared(fromRows.report))
        #expect(fromRows.report.skippedLine == "skipped 1 row (type): line 42")
    }

    /// Odd values past the sample that are common make the column text after all, for both.
    @Test func commonOddValuesAfterTheSampleMakeText() throws {
        let rows: [[String?]] = (0..<4200).map { i in ["\(i)", i < 4100 ? "\(i % 50)" : "n/a"] }
        let csv = try Self.viaCSV(Self.csv(rows, names: ["nr", "score"], delimiter: ","))
        let fromRows = try Self.viaRows(rows, names: ["nr", "score"])
        #expect(fromRows.table.columns[1].type == .text && fromRows.table.columns[1].value(at: 4199) == .text("n/a"))
        Self.expectSame(csv.table, fromRows.table)
        #expect(Self.shared(csv.report) == Self.shared(fromRows.report))
    }

    /// Names are cleaned as a header is; `with id=` names the id or turns it off.
    @Test func namesAndIDOption() throws {
        let rows: [[String?]] = [["1", "Anna", "12"], ["2", "Bo", "14"]]
        let t = try Self.viaRows(rows, names: [" nr ", "", "nr"]).table
        #expect(t.columnNames == ["nr", "column_2", "nr_2"])
        #expect(t.idColumn == nil && t.columns[0].type == .number)
        var options = LoadOptions()
        options.id = "NR"
        let withID = try Self.viaRows(rows, names: ["nr", "name", "score"], options: options)
        #expect(withID.table.columns[0].isID && withID.table.columns[0].value(at: 1) == .text("2"))
        #expect(withID.report.typesLine == "types: 1 number, 2 text · id: nr")
        options.id = "elev"
        let unknown = Self.diagnostic { _ = try Self.viaRows(rows, names: ["nr", "name", "score"], options: options) }
        #expect(unknown?.message == "no column named 'elev' for id=")
    }

    /// A row with another number of fields is a ragged row; lenient, it is left out.
    @Test func raggedRows() throws {
        let rows: [[String?]] = [["1", "Anna", "12"], ["2", "Bo"], ["3", "Cilla", "13"], ["4", "Doris", "11", "x"]]
        let names = ["id", "name", "score"]
        let d = Self.diagnostic { _ = try Self.viaRows(rows, names: names) }
        #expect(d?.kind == "ragged row" && d?.location?.line == 3)
        #expect(d?.message == "this row has 2 fields, expected 3 like the names")
        #expect(d?.notes == ["(and 1 more such row)"])
        var options = LoadOptions()
        options.lenient = true
        let r = try Self.viaRows(rows, names: names, options: options)
        #expect(r.table.rowCount == 2)
        #expect(r.report.skippedLine == "skipped 2 rows (ragged row): lines 3, 5")
    }

    @Test func noRowsAndNoColumns() throws {
        let empty = try Self.viaRows([], names: ["id", "score"])
        #expect(empty.table.rowCount == 0 && empty.table.columns.count == 2)
        #expect(empty.report.summary == "t: 0 rows, 2 columns")
        #expect(Self.diagnostic { _ = try Self.viaRows([[]], names: []) }?.kind == "empty file")
    }

    /// Ctrl-C stops a long read, as it stops a CSV load.
    @Test func ctrlCStopsALongRead() throws {
        let reader = TextRowsReader(names: ["n"], rows: (0..<70_000).map { ["\($0)"] })
        let c = Cancellation()
        c.cancel()
        let d = Self.diagnostic { _ = try reader.load(name: "t", cancellation: c) }
        #expect(d?.kind == "interrupted")
        #expect(try reader.load(name: "t", cancellation: Cancellation()).table.rowCount == 70_000)
    }

    static func diagnostic(_ body: () throws -> Void) -> Diagnostic? {
        do { try body() } catch let d as Diagnostic { return d } catch { Issue.record("\(error)") }
        return nil
    }
}
