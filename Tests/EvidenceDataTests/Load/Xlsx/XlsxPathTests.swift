import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// A workbook takes the CSV's path after the cells: pseudonyms, the long read past the
/// sample, and `.xlsm` like `.xlsx`.
struct XlsxPathTests {
    @Test func personnummerInAWorkbookAreReplacedOnLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evsh-xlsx-pnr-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.copyItem(atPath: XlsxFixtures.path("personnummer.xlsx"), toPath: dir + "/elever.xlsx")
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, stateDirectory: dir + "/state", workingDirectory: dir))
        var text = ""
        for line in ["load elever.xlsx", "list", "describe", "export elever to out.csv"] {
            let o = s.run(line)
            #expect(!o.failed, "\(line): \(TextRenderer.renderString(o, options: s.renderOptions))")
            text += TextRenderer.renderString(o, options: s.renderOptions) + "\n"
        }
        #expect(text.contains("column 'personnummer' holds personnummer"), "\(text)")
        #expect(text.contains("column 'pnr_tal' holds personnummer"), "\(text)")
        let exported = try String(contentsOfFile: dir + "/out.csv", encoding: .utf8)
        for n in LoadPseudonymTests.numbers {
            let digits = n.filter(\.isNumber)
            #expect(!text.contains(n) && !text.contains(digits), "\(n) leaked into output")
            #expect(!exported.contains(n) && !exported.contains(digits), "\(n) leaked into an export")
        }
    }

    @Test func anXlsmLoadsAsAnXlsx() throws {
        let f = LoadFixtures()
        try FileManager.default.copyItem(atPath: XlsxFixtures.path("quirks.xlsx"), toPath: f.folder + "/makro.xlsm")
        let r = f.run("load makro.xlsm")
        #expect(r.text.hasPrefix("makro: 4 rows, 6 columns · sheet 'Data'"), "\(r.text)")
    }

    /// 9 000 rows, past the 4 000 the plan samples, as sheet XML and as the same CSV: the same
    /// table, with the odd value and the footer past the sample found in both.
    @Test func aLongSheetReadsAsItsCSVDoes() throws {
        var xml = #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>elev_id</t></is></c><c r="B1" t="inlineStr"><is><t>poäng</t></is></c><c r="C1" t="inlineStr"><is><t>klass</t></is></c></row>"#
        var csv = "elev_id;poäng;klass\n"
        for i in 0..<9_000 {
            let r = i + 2
            let score = i == 7_000 ? "" : String(Double(i % 700) / 4)
            let cls = i % 5 == 0 ? ".." : "\(4 + i % 3)A"
            xml += #"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>E\#(i)</t></is></c>"#
            if !score.isEmpty { xml += #"<c r="B\#(r)"><v>\#(score)</v></c>"# }
            xml += #"<c r="C\#(r)" t="inlineStr"><is><t>\#(cls)</t></is></c></row>"#
            csv += "E\(i);\(score.replacingOccurrences(of: ".", with: ","));\(cls)\n"
        }
        xml += #"<row r="9002"><c r="A9002" t="inlineStr"><is><t>Källa: elevsystemet</t></is></c></row></sheetData></worksheet>"#
        csv += "Källa: elevsystemet;;\n"
        let sheet = try XlsxReader.load(sheetXML: Array(xml.utf8), sharedStrings: nil, styles: nil, lenient: false)
        let viaCSV = try TextRowsReaderTests.viaCSV(csv)
        TextRowsReaderTests.expectSame(sheet.table, viaCSV.table)
        #expect(sheet.table.rowCount == 9_000 && sheet.report.footerLines == 1)
        #expect(XlsxFixtures.values(sheet.table, "poäng")[7_000] == .missing(.empty))
    }

    /// A last row with only spaces under the first column and a value beside is data, not a
    /// footer; a note alone under the first column is a footer.
    @Test func aRowWithBlankFirstCellIsNoFooter() throws {
        func cell(_ ref: String, _ text: String) -> String { #"<c r="\#(ref)" t="inlineStr"><is><t xml:space="preserve">\#(text)</t></is></c>"# }
        var xml = "<worksheet><sheetData><row r=\"1\">" + cell("A1", "elev") + cell("B1", "klass") + "</row>"
        for r in 2...5 { xml += "<row r=\"\(r)\">" + cell("A\(r)", "E\(r)") + cell("B\(r)", "5A") + "</row>" }
        xml += "<row r=\"6\">" + cell("A6", "   ") + cell("B6", "5B") + "</row>"
        xml += "<row r=\"7\">" + cell("A7", "Källa: elevsystemet") + "</row></sheetData></worksheet>"
        let r = try XlsxReader.load(sheetXML: Array(xml.utf8), sharedStrings: nil, styles: nil, lenient: false)
        #expect(r.table.rowCount == 5 && r.report.footerLines == 1)
        #expect(XlsxFixtures.values(r.table, "klass").last == .text("5B"))
    }

    /// Group names merged over two columns above the names of every column: the lower row is
    /// the header, and each column is named group_name.
    @Test func twoHeaderRowsWithMergedGroups() throws {
        func cell(_ ref: String, _ text: String) -> String { #"<c r="\#(ref)" t="inlineStr"><is><t>\#(text)</t></is></c>"# }
        var xml = "<worksheet><sheetData><row r=\"1\">" + cell("A1", "Resultat ht24") + "</row>"
        xml += "<row r=\"2\">" + cell("B2", "läsning") + cell("D2", "matte") + "</row>"
        xml += "<row r=\"3\">" + cell("A3", "elev") + cell("B3", "ht") + cell("C3", "vt") + cell("D3", "ht") + cell("E3", "vt") + "</row>"
        for r in 4...8 { xml += "<row r=\"\(r)\">" + cell("A\(r)", "E\(r)") + (["B", "C", "D", "E"].map { #"<c r="\#($0)\#(r)"><v>\#(r * 10)</v></c>"# }.joined()) + "</row>" }
        xml += #"</sheetData><mergeCells count="2"><mergeCell ref="B2:C2"/><mergeCell ref="D2:E2"/></mergeCells></worksheet>"#
        let r = try XlsxReader.load(sheetXML: Array(xml.utf8), sharedStrings: nil, styles: nil, lenient: false)
        #expect(r.table.columnNames == ["elev", "läsning_ht", "läsning_vt", "matte_ht", "matte_vt"])
        #expect(r.table.rowCount == 5)
        #expect(XlsxFixtures.values(r.table, "matte_vt").first == .number(40))
    }
}
