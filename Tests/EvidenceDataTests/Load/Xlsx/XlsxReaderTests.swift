import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Workbooks load through the one typing path. The fixtures are made by make_fixtures.py
/// beside them (xlsxwriter, openpyxl, and parts written by hand for the quirks and the
/// hostile files); the values expected here are the ones that script writes.
enum XlsxFixtures {
    static func path(_ name: String) -> String { TestPaths.inPackage("Tests/EvidenceDataTests/Load/Xlsx/Fixtures/" + name) }

    static func load(_ name: String, options: LoadOptions = LoadOptions()) throws -> LoadResult {
        try TableReaders.reader(path: path(name), displayPath: name, options: options).load(name: "t", cancellation: nil)
    }

    /// The diagnostic a load throws (nil when it loads).
    static func failure(_ name: String, options: LoadOptions = LoadOptions()) -> Diagnostic? {
        do { _ = try load(name, options: options); return nil } catch let d as Diagnostic { return d } catch { return nil }
    }

    static func values(_ t: Table, _ column: String) -> [Value] {
        guard let c = t.column(named: column) else { return [] }
        return (0..<t.rowCount).map { c.value(at: $0) }
    }
}

struct XlsxReaderTests {
    @Test func aWorkbookFromXlsxwriterLoadsWithTitleRowsMergedHeaderFooterAndDates() throws {
        let r = try XlsxFixtures.load("xlsxwriter.xlsx")
        let t = r.table
        #expect(t.columnNames == ["elev_id", "namn", "år", "Läsning", "Läsning_2", "närvaro", "godkänd", "prov_datum", "inlämnad", "dubbel"])
        #expect(t.rowCount == 4)
        #expect(t.idColumn?.name == "elev_id")
        #expect(XlsxFixtures.values(t, "namn") == [.text("Anna Berg"), .text("Bo Ek"), .text("Cia Dahl"), .text("Dan Frö")])
        #expect(XlsxFixtures.values(t, "Läsning") == [.number(412), .number(388), .number(455.5), .missing(.absent)])
        #expect(XlsxFixtures.values(t, "Läsning_2") == [.number(430), .missing(.notAvailable), .number(470), .number(402)])
        // Numbers stored as text in Swedish form convert as in a CSV: decimal comma, grouping.
        #expect(XlsxFixtures.values(t, "närvaro") == [.number(92.5), .number(88), .missing(.suppressed), .number(1234)])
        #expect(XlsxFixtures.values(t, "godkänd") == [.boolean(true), .boolean(false), .boolean(true), .boolean(true)])
        // Date cells are a date column: days since 1970-01-01 (Python: (date(2024, 9, 2) -
        // date(1970, 1, 1)).days == 19968), times as the fraction of the day.
        #expect(t.column(named: "prov_datum")?.type == .date)
        #expect(XlsxFixtures.values(t, "prov_datum") == [19968, 19969, 20161, 20162].map { Value.date($0) })
        #expect(t.column(named: "inlämnad")?.type == .date)
        #expect(XlsxFixtures.values(t, "inlämnad").map(\.description) == ["2024-09-02 08:30", "2024-09-03 14:05", "2025-03-14", "2025-03-15 23:59"])
        if case .date(let first)? = XlsxFixtures.values(t, "inlämnad").first { #expect(abs(first - 19968.354166666668) < 1e-9) }
        // The formulas' saved values (C × 2).
        #expect(XlsxFixtures.values(t, "dubbel") == [10, 10, 12, 12].map { Value.number($0) })
        let rep = r.report
        #expect(rep.titleLines == 2 && rep.footerLines == 1 && rep.decimalComma && rep.thousands)
        #expect(rep.summary.hasPrefix("t: 4 rows, 10 columns · sheet 'Resultat' · decimal comma · 2 title lines skipped · 1 footer line · thousands separators · 4 formulas read as saved values · 8 date cells"), "\(rep.summary)")
        #expect(rep.source.description == "loaded from xlsxwriter.xlsx, sheet 'Resultat'")
    }

    @Test func everyCellKindOfTheHandWrittenWorkbook() throws {
        let r = try XlsxFixtures.load("quirks.xlsx")
        let t = r.table
        #expect(t.columnNames == ["elev_id", "namn", "poäng", "fel", "datum", "text"])
        // Row 4 holds only styles: blank, so left out.
        #expect(t.rowCount == 4)
        // Inline strings, rich inline runs joined, a formula's text result.
        #expect(XlsxFixtures.values(t, "elev_id") == ["E001", "E002", "E003", "E004"].map(Value.text))
        // Rich shared text joined without its phonetic guide; a gap; a boolean; text "12,5".
        #expect(XlsxFixtures.values(t, "namn") == [.text("rik text"), .missing(.empty), .text("true"), .text("12,5")])
        // A shared formula's master and its follower, an exponent, a negative number.
        #expect(XlsxFixtures.values(t, "poäng") == [.number(2), .number(3.5), .number(0.001), .number(-4)])
        #expect(XlsxFixtures.values(t, "fel") == [.missing(.errorDiv0), .missing(.errorNA), .missing(.errorValue), .missing(.errorOther)])
        // Built-in format 14, a custom yyyy-mm-dd, built-in 22 (date and time); serial 60 is
        // Excel's 1900-02-29 and 61 is 1900-03-01 (Python: date(1899,12,30)+timedelta(45365) = 2024-03-14).
        #expect(XlsxFixtures.values(t, "datum") == ["2024-03-14", "1900-02-29", "2024-03-14 18:00", "1900-03-01"].map(Value.text))
        // Entities and the _x000D_ escape decoded; an empty inline string is missing.
        #expect(XlsxFixtures.values(t, "text") == [.text("A & B <c> åä"), .missing(.empty), .text("rad\rbrytning"), .missing(.empty)])
        #expect(r.report.markers[.errorNA] == 1 && r.report.markers[.errorDiv0] == 1 && r.report.markers[.errorOther] == 1)
        #expect(r.report.summary.contains("4 formulas read as saved values"), "\(r.report.summary)")
        #expect(r.report.summary.contains("markers: #N/A ×1 #DIV/0! ×1 #VALUE! ×1 #ERROR ×1"), "\(r.report.summary)")
    }

    @Test func aNamespacePrefixReadsTheSame() throws {
        let a = try XlsxFixtures.load("quirks.xlsx"), b = try XlsxFixtures.load("prefixed.xlsx")
        TextRowsReaderTests.expectSame(a.table, b.table)
    }

    @Test func the1904DateSystem() throws {
        // Written by hand: serial 0 is 1904-01-01; 43904 + 1462 = 45366 in the 1900 system.
        let a = try XlsxFixtures.load("date1904.xlsx")
        // Days since 1970 from Python's datetime: 1904-01-01 is -24107, 2024-03-15 is 19797.
        #expect(XlsxFixtures.values(a.table, "datum") == [.date(-24107), .date(19797)])
        // Written by openpyxl with CALENDAR_MAC_1904.
        let b = try XlsxFixtures.load("openpyxl_1904.xlsx")
        #expect(XlsxFixtures.values(b.table, "datum") == [.date(19796), .date(-24106)])
    }

    @Test func formulasSavedWithoutAValueAreSaid() throws {
        // openpyxl writes formulas and no values: they are missing, and the report says why.
        let r = try XlsxFixtures.load("openpyxl.xlsx")
        #expect(XlsxFixtures.values(r.table, "summa").allSatisfy { $0 == .missing(.empty) })
        #expect(XlsxFixtures.values(r.table, "poäng") == [10.5, 20.5, 30.5, 40.5, 50.5].map { Value.number($0) })
        #expect(XlsxFixtures.values(r.table, "datum") == (0..<5).map { Value.date(19723 + Double($0)) })
        #expect(r.report.warnings.contains { $0.hasPrefix("5 formula cells have no saved value") }, "\(r.report.warnings)")
    }

    @Test func aTableAwayFromA1WithATitleFooterAndEmptyStyledEdges() throws {
        let r = try XlsxFixtures.load("offset.xlsx")
        #expect(r.table.columnNames == ["elev", "poäng"])
        #expect(XlsxFixtures.values(r.table, "elev") == ["E1", "E2", "E3"].map(Value.text))
        #expect(XlsxFixtures.values(r.table, "poäng") == [.number(12), .missing(.suppressed), .missing(.empty)])
        #expect(r.report.titleLines == 1 && r.report.footerLines == 1)
        #expect(r.report.warnings.isEmpty, "\(r.report.warnings)")
    }

    @Test func aBadValueNamesTheSheetAndTheCell() throws {
        let d = try #require(XlsxFixtures.failure("typeerror.xlsx"))
        #expect(d.location?.description == "typeerror.xlsx: sheet 'Resultat' cell B40")
        #expect(d.message.contains("'saknas'"), "\(d.message)")
        var lenient = LoadOptions()
        lenient.lenient = true
        let r = try XlsxFixtures.load("typeerror.xlsx", options: lenient)
        #expect(r.table.rowCount == 38)
        #expect(r.report.skippedLines == [40])
    }

    /// The session's workbook and the same sheet saved as CSV give the same table (apart from
    /// the error cell, which a CSV cannot hold, and the dates, which the CSV holds as text too).
    @Test func theSameSheetAsCSVGivesTheSameTable() throws {
        let xlsx = try TableReaders.reader(path: TestPaths.inPackage("sessions/resultat.xlsx"), displayPath: "resultat.xlsx",
                                           options: LoadOptions()).load(name: "t", cancellation: nil)
        let csv = """
        Resultat ht24 – Ekbackens skola (åk 5);;;;;
        Utdrag ur elevsystemet 2024-12-20;;;;;
        ;;;;;
        elev_id;klass;prov_datum;läsning;läsning;närvaro
        P01;5A;2024-11-04;412;430;92,5
        P02;5A;2024-11-04;388;.;88,0
        P03;5A;2024-11-05;455;470;..
        P04;5B;2024-11-05;-;402;97,1
        P05;5B;2024-11-06;371;395;79,4
        P06;5B;2024-11-06;420;;90,0
        P07;5B;2024-11-07;433;451;85,5
        P08;5A;2024-11-07;399;418;93,3
        Källa: elevsystemet. Markeringar enligt Skolverket.;;;;;

        """
        let viaCSV = try TextRowsReaderTests.viaCSV(csv)
        func without(_ t: Table, _ name: String) -> Table { Table(rowCount: t.rowCount, columns: t.columns.filter { $0.name != name }) }
        TextRowsReaderTests.expectSame(without(xlsx.table, "läsning_2"), without(viaCSV.table, "läsning_2"))
        #expect(XlsxFixtures.values(xlsx.table, "läsning_2")[5] == .missing(.errorNA))
        #expect(xlsx.report.titleLines == viaCSV.report.titleLines - 1, "CSV counts the blank line too")
        #expect(xlsx.report.footerLines == viaCSV.report.footerLines)
        #expect(xlsx.report.decimalComma && viaCSV.report.decimalComma)
        #expect(xlsx.report.typesLine == viaCSV.report.typesLine)
    }
}
