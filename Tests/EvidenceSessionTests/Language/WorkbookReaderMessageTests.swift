import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The workbook reader's notes and errors in Swedish (issue 15), on the sessions/ workbooks.
struct WorkbookReaderMessageTests {
    @Test func report() {
        SwedishCommandCheck.check([], "load sessions/resultat.xlsx",
              en: "resultat: 8 rows, 6 columns · sheet 'Resultat' · decimal comma · 2 title lines skipped · 1 footer line · 1 formula read as saved values · 8 date cells",
              sv: "resultat: 8 rader, 6 kolumner · blad 'Resultat' · decimalkomma · 2 titelrader överhoppade · 1 sidfotsrad · 1 formel lästes som sitt sparade värde · 8 datumceller")
    }

    @Test func damaged() {
        SwedishCommandCheck.check([], "load sessions/errors/workbook.xlsx",
              en: "error: damaged workbook: 'sessions/errors/workbook.xlsx' is not a readable workbook: its zip directory cannot be read (the file may be cut short or damaged)\nhint: open it in Excel or LibreOffice and save it again as .xlsx, or export the sheet as CSV",
              sv: "fel: skadad arbetsbok: 'sessions/errors/workbook.xlsx' är ingen läsbar arbetsbok: dess zip-katalog går inte att läsa (filen kan vara avkortad eller skadad)\ntips: öppna den i Excel eller LibreOffice och spara den igen som .xlsx, eller exportera bladet som CSV")
    }

    @Test func sheets() {
        SwedishCommandCheck.check([], "load sessions/resultat.xlsx sheet 9",
              en: "error: no sheet: 'sessions/resultat.xlsx' has 3 sheets, so there is no sheet 9; its sheets: 'Resultat', 'Koder', 'Klasser'\nhint: sheets count from 1 in tab order; say 'load sessions/resultat.xlsx sheets' to list them",
              sv: "fel: inget blad: 'sessions/resultat.xlsx' har 3 blad, så det finns inget blad 9; dess blad: 'Resultat', 'Koder', 'Klasser'\ntips: bladen räknas från 1 i flikordning; skriv 'load sessions/resultat.xlsx sheets' för att visa dem")
        SwedishCommandCheck.check([], "load sessions/resultat.xlsx sheet Resultatt",
              en: "error: no sheet: 'sessions/resultat.xlsx' has no sheet 'Resultatt'; its sheets: 'Resultat', 'Koder', 'Klasser'\nhint: did you mean 'Resultat'?",
              sv: "fel: inget blad: 'sessions/resultat.xlsx' har inget blad 'Resultatt'; dess blad: 'Resultat', 'Koder', 'Klasser'\ntips: menade du 'Resultat'?")
    }

    @Test func notAWorkbook() {
        SwedishCommandCheck.check([], "load sessions/prov.csv sheet 2",
              en: "error: not a workbook: 'sessions/prov.csv' is not a workbook, so it has no sheets to choose from\nhint: say 'sheet' only when loading an Excel workbook (.xlsx)",
              sv: "fel: ingen arbetsbok: 'sessions/prov.csv' är ingen arbetsbok, så den har inga blad att välja bland\ntips: skriv 'sheet' bara när du läser in en Excel-arbetsbok (.xlsx)")
        SwedishCommandCheck.check([], "load sessions/prov.csv with id=elev",
              en: "error: no column named 'elev' for id=", sv: "fel: det finns ingen kolumn 'elev' för 'id='")
    }

    /// A damaged part's detail comes from the scanners in the same language (engine level:
    /// making such a workbook by hand is XlsxReaderTests' job).
    @Test func scannerDetail() {
        let d = XlsxError.badCell(sheet: "Resultat", cell: WorkbookReaderMessage.inRow(.text("7")), what: WorkbookReaderMessage.pastLastColumn())
            .diagnostic(file: "f.xlsx")
        #expect(DiagnosticRenderer.render(d).first == "error: damaged workbook: f.xlsx: sheet 'Resultat' cell in row 7: a cell past Excel's last column (XFD)")
        #expect(DiagnosticRenderer.render(d, language: .sv).first == "fel: skadad arbetsbok: f.xlsx: blad 'Resultat' cell på rad 7: en cell efter Excels sista kolumn (XFD)")
        let x = XlsxError.malformedXML(part: "xl/workbook.xml", offset: 12, what: WorkbookReaderMessage.xmlNeverClosed(.message(WorkbookReaderMessage.xmlComment())))
            .diagnostic(file: "f.xlsx")
        #expect(DiagnosticRenderer.render(x).first == "error: damaged workbook: f.xlsx: part 'xl/workbook.xml' is not well-formed XML: a comment that is never closed (at byte 12)")
        #expect(DiagnosticRenderer.render(x, language: .sv).first == "fel: skadad arbetsbok: f.xlsx: delen 'xl/workbook.xml' är inte välformad XML: en kommentar som aldrig stängs (vid byte 12)")
    }
}
