import Foundation
import Testing
@testable import EvidenceData
import EvidenceTestSupport

/// OpenDocument spreadsheets load through the workbook reader and the one typing path. The
/// fixtures are written by make_ods.py beside them; the values expected are the ones it writes
/// (days since 1970 from Python: (date(2024, 9, 2) - date(1970, 1, 1)).days == 19968).
struct OdsReaderTests {
    @Test func aLibreOfficeSheetLoadsLikeAWorkbook() throws {
        let r = try XlsxFixtures.load("results.ods")
        let t = r.table
        // Title rows and the footer left out; the merged group header names both its columns.
        #expect(t.columnNames == ["elev_id", "läsning_ht", "läsning_vt", "närvaro", "prov_datum", "inlämnad", "godkänd"])
        #expect(t.rowCount == 5, "a row of values repeated twice is two rows")
        #expect(t.idColumn?.name == "elev_id")
        #expect(XlsxFixtures.values(t, "läsning_ht") == [.number(412), .number(388), .number(455.5), .missing(.absent), .missing(.absent)],
                "a number as Swedish text converts as in a CSV; '-' is Skolverket's marker")
        #expect(XlsxFixtures.values(t, "läsning_vt") == [.number(430), .missing(.errorNA), .number(470), .number(402), .number(402)])
        #expect(XlsxFixtures.values(t, "närvaro") == [.number(0.925), .number(0.885), .missing(.suppressed), .number(0.9), .number(0.9)])
        #expect(t.column(named: "prov_datum")?.type == .date)
        #expect(XlsxFixtures.values(t, "prov_datum") == [19968, 19969, 20161, 20162, 20162].map { Value.date($0) })
        #expect(XlsxFixtures.values(t, "inlämnad").map(\.description) == ["2024-09-02 08:30", "2024-09-03 14:05", "2025-03-14", "2025-03-15 23:59", "2025-03-15 23:59"])
        #expect(XlsxFixtures.values(t, "godkänd") == [true, false, true, true, true].map { Value.boolean($0) })
        #expect(r.report.source.description.contains("sheet 'Resultat'"))
    }

    @Test func sheetsAreListedAndChosen() throws {
        let sheets = try WorkbookSheet.list(path: XlsxFixtures.path("results.ods"), displayPath: "results.ods")
        #expect(sheets.map(\.name) == ["Resultat", "Koder", "Klasser"])
        #expect(sheets.map(\.hidden) == [false, true, false])
        // The trailing empty rows and columns LibreOffice writes are not part of the sheet.
        #expect(sheets[0].dimension == "A1:G10")
        var o = LoadOptions()
        o.sheet = .name("klasser")
        let k = try XlsxFixtures.load("results.ods", options: o).table
        // A literal `_x0041_` in the text stays as written (it is no OOXML escape in an .ods).
        #expect(XlsxFixtures.values(k, "lärare") == [.text("Sara _x0041_ Åström"), .text("Johan Bäck")])
        o.sheet = .number(2)
        let codes = try XlsxFixtures.load("results.ods", options: o).table
        #expect(XlsxFixtures.values(codes, "betydelse") == [.text("text & mer")], "an annotation is no part of the cell's text")
        o.sheet = .name("Saknas")
        #expect(XlsxFixtures.failure("results.ods", options: o)?.message.contains("has no sheet 'Saknas'") == true)
    }

    @Test func repeatsPastTheSheetAndEmptyFilesAreErrors() {
        let past = XlsxFixtures.failure("pastend.ods")
        #expect(past?.message.contains("past the last cell") == true, "\(String(describing: past))")
        let empty = XlsxFixtures.failure("sheet.ods")
        #expect(empty?.kind == "no sheet", "\(String(describing: empty))")
    }

    @Test func hugeRepeatsOfEmptyCellsCostNothing() throws {
        // 1 048 576 rows × 16 384 columns of repeated empty cells, and one value.
        let xml = "<office:document-content><office:body><office:spreadsheet><table:table table:name=\"T\">"
            + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>a</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"string\"><text:p>b</text:p></table:table-cell></table:table-row>"
            + "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/>"
            + "<table:table-cell office:value-type=\"float\" office:value=\"2\"/></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"999999999\"><table:table-cell table:number-columns-repeated=\"999999999\"/></table:table-row>"
            + "</table:table></office:spreadsheet></office:body></office:document-content>"
        let c = try OdsContent(xml: Array(xml.utf8), limits: XlsxPackage.Limits())
        #expect(c.sheets.count == 1)
        #expect(c.sheets[0].xml.count < 400)
        // A row of values repeated a million times is bounded by the cell limit.
        var small = XlsxPackage.Limits()
        small.cells = 1000
        let many = xml.replacingOccurrences(of: "<table:table-row><table:table-cell office:value-type=\"float\"",
                                            with: "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell office:value-type=\"float\"")
        #expect(throws: XlsxError.tooManyCells(sheet: "T", cells: 1002, limit: 1000)) { try OdsContent(xml: Array(many.utf8), limits: small) }
    }
}

extension OdsReaderTests {
    @Test func repeatedValuesCannotExpandASmallFileWithoutBound() {
        // One row of 16 384 repeated values, repeated a million times: 16 billion cells from
        // a few hundred bytes. Refused as an expansion, before memory is spent.
        let xml = "<office:document-content><office:body><office:spreadsheet><table:table table:name=\"T\">"
            + "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell office:value-type=\"float\" office:value=\"1\" table:number-columns-repeated=\"16384\"/></table:table-row>"
            + "</table:table></office:spreadsheet></office:body></office:document-content>"
        var limits = XlsxPackage.Limits()
        limits.cells = Int.max
        #expect(throws: XlsxError.inflationRatio(part: "content.xml", limit: OdsContent.ratio)) {
            try OdsContent(xml: Array(xml.utf8), limits: limits)
        }
    }
}

extension OdsReaderTests {
    /// LibreOffice's own files (made by make_ods.py's companions with `soffice --headless
    /// --convert-to`, see docs/loading.md): the .xlsx it writes from results.ods, and the .ods it
    /// writes from xlsxwriter.xlsx, give the same tables as the originals.
    @Test func libreOfficeRoundTripsGiveTheSameTables() throws {
        let ods = try XlsxFixtures.load("results.ods").table
        let viaXlsx = try XlsxFixtures.load("libreoffice_results.xlsx").table
        // LibreOffice saves =NA() in an .xlsx as #VALUE!: the same missing cell, another kind.
        #expect(XlsxFixtures.values(viaXlsx, "läsning_vt")[1] == .missing(MissingKind.cellError("#VALUE!")))
        let keep = ods.columnNames.filter { $0 != "läsning_vt" }
        TextRowsReaderTests.expectSame(Table(columns: keep.compactMap { ods.column(named: $0) }),
                                       Table(columns: keep.compactMap { viaXlsx.column(named: $0) }))
        let xlsx = try XlsxFixtures.load("xlsxwriter.xlsx")
        let viaOds = try XlsxFixtures.load("libreoffice_xlsxwriter.ods")
        // Booleans come back as 1/0 shown TRUE/FALSE; they are booleans again.
        TextRowsReaderTests.expectSame(xlsx.table, viaOds.table)
        #expect(viaOds.report.summary.contains("8 formulas read as saved values"), "\(viaOds.report.summary)")
    }
}
