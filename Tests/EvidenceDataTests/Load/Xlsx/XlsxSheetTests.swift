import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Choosing a sheet, listing them, and what a wrong choice says.
struct XlsxSheetTests {
    static func choose(_ c: SheetChoice) -> LoadOptions {
        var o = LoadOptions()
        o.sheet = c
        return o
    }

    @Test func theFirstVisibleSheetByDefaultOthersByNameOrNumber() throws {
        #expect(try XlsxFixtures.load("xlsxwriter.xlsx").report.summary.contains("sheet 'Resultat'"))
        let byName = try XlsxFixtures.load("xlsxwriter.xlsx", options: Self.choose(.name("Andra")))
        #expect(byName.table.columnNames == ["skola", "elever"])
        #expect(XlsxFixtures.values(byName.table, "elever") == [.number(312), .number(198)])
        // Names match without case when nothing matches exactly; numbers count hidden tabs.
        #expect(try XlsxFixtures.load("xlsxwriter.xlsx", options: Self.choose(.name("andra"))).table.rowCount == 2)
        let hidden = try XlsxFixtures.load("xlsxwriter.xlsx", options: Self.choose(.number(2)))
        #expect(hidden.table.columnNames == ["x", "y"])
        #expect(SheetChoice(word: "2") == .number(2) && SheetChoice(word: "Blad 2") == .name("Blad 2"))
    }

    @Test func aSheetThatIsNotThereIsNamedWithTheSheetsThatAre() throws {
        let d = try #require(XlsxFixtures.failure("xlsxwriter.xlsx", options: Self.choose(.name("Andre"))))
        #expect(d.message == "'xlsxwriter.xlsx' has no sheet 'Andre'; its sheets: 'Resultat', 'Dold', 'Andra'")
        #expect(d.hint?.contains("Andra") == true, "\(d.hint ?? "")")
        let n = try #require(XlsxFixtures.failure("xlsxwriter.xlsx", options: Self.choose(.number(4))))
        #expect(n.message.hasPrefix("'xlsxwriter.xlsx' has 3 sheets, so there is no sheet 4"), "\(n.message)")
    }

    @Test func sheetsAreListedWithTheirCellsAndWhetherHidden() throws {
        let s = try WorkbookSheet.list(path: XlsxFixtures.path("xlsxwriter.xlsx"), displayPath: "x.xlsx")
        #expect(s.map(\.name) == ["Resultat", "Dold", "Andra"])
        #expect(s.map(\.hidden) == [false, true, false])
        #expect(s.map(\.dimension) == ["A1:J10", "A1:B2", "A1:B3"])
        #expect(s[0].rows == 10 && s[0].columns == 10)
        let offset = try WorkbookSheet.list(path: XlsxFixtures.path("offset.xlsx"), displayPath: "o.xlsx")
        // Styled cells without values (H3, J21) do not widen the sheet.
        #expect(offset.map(\.dimension) == ["A1:D8", nil])
    }

    @Test func theLoadCommandTakesSheetAndSheets() throws {
        let f = LoadFixtures()
        let p = XlsxFixtures.path("xlsxwriter.xlsx")
        let list = f.run("load \"\(p)\" sheets")
        #expect(!list.output.failed)
        #expect(list.text.contains("│ 2 │ Dold     │ sheet │ A1:B2  │    2 │       2 │ hidden │"), "\(list.text)")
        let one = f.run("load \"\(p)\" sheet \"Andra\" as skolor")
        #expect(one.text.hasPrefix("skolor: 2 rows, 2 columns · sheet 'Andra'"), "\(one.text)")
        // `as` first and `sheet` after it reads the same.
        #expect(f.run("load \"\(p)\" as b sheet 3").text.hasPrefix("b: 2 rows, 2 columns · sheet 'Andra'"))
        f.write("a.csv", "x,y\n1,2\n")
        let csv = f.run("load a.csv sheet 2")
        #expect(csv.output.failed && csv.text.contains("'a.csv' is not a workbook, so it has no sheets to choose from"), "\(csv.text)")
        #expect(f.run("load a.csv sheets").text.contains("'a.csv' is not a workbook (.xlsx), so it has no sheets"))
    }
}
