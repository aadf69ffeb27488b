import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The CSV reader's errors, notes and warnings in Swedish (issue 15): real files, the
/// sessions/errors fixtures or small ones written to a temporary folder.
struct ReaderMessageTests {
    /// A folder of its own with `files` written in it.
    static func folder(_ name: String, _ files: [String: String]) -> String {
        // No random letters in the path: the English-word check reads it.
        let dir = NSTemporaryDirectory() + "evsh-\(getpid())-\(name)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(text.utf8)) }
        return dir
    }

    @Test func raggedRow() {
        SwedishCommandCheck.check([], "load sessions/errors/ragged.csv",
              en: "sessions/errors/ragged.csv:3:1: error: ragged row: this row has 2 fields, expected 3 like the header\nhint: check for a missing or extra ',', or use 'with lenient=true' to load the other rows",
              sv: "sessions/errors/ragged.csv:3:1: fel: ojämn rad: raden har 2 fält, men rubrikraden har 3\ntips: leta efter ett saknat eller extra ',', eller skriv 'with lenient=true' för att läsa in de övriga raderna")
        SwedishCommandCheck.check([], "load sessions/errors/ragged.csv with lenient=true",
              en: "ragged: 2 rows, 3 columns · ',' · UTF-8\ntypes: 1 number, 2 text · id: student_id\nwarning: skipped 1 row (ragged row): line 3",
              sv: "ragged: 2 rader, 3 kolumner · ',' · UTF-8\ntyper: 1 tal, 2 text · id: student_id\nvarning: hoppade över 1 rad (ojämn rad): rad 3")
    }

    @Test func unclosedQuote() {
        let dir = Self.folder("citat", ["citat.csv": "id,namn,poäng\n1,Anna,5\n2,\"Bo,7\n3,Cia,8\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        SwedishCommandCheck.check([], "load \(dir)/citat.csv",
              en: "citat.csv:3:3: error: unclosed quote: the quoted field that starts here never ends\nhint: close the quote (a quote inside a quoted field is written twice: \"5\"\" ruler\"), or use 'with lenient=true' to skip that line",
              sv: "citat.csv:3:3: fel: ostängt citattecken: fältet inom citattecken som börjar här tar aldrig slut\ntips: stäng citattecknet (ett citattecken inuti ett citerat fält skrivs två gånger: \"5\"\" linjal\"), eller skriv 'with lenient=true' för att hoppa över den raden")
    }

    @Test func typeMisfit() {
        let dir = Self.folder("typ", ["typ.csv": "id,p\n" + (1...40).map { "\($0),\($0)\n" }.joined() + "41,abc\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        SwedishCommandCheck.check([], "load \(dir)/typ.csv",
              en: "typ.csv:42:4: error: type: 'abc' in column 'p', where the other 40 values are numbers\nhint: correct the value (or leave it empty), or use 'with lenient=true' to skip such rows",
              sv: "typ.csv:42:4: fel: typfel: 'abc' i kolumnen 'p', där de andra 40 värdena är tal\ntips: rätta värdet (eller lämna det tomt), eller skriv 'with lenient=true' för att hoppa över sådana rader")
        SwedishCommandCheck.check([], "load \(dir)/typ.csv with lenient=true", en: "warning: skipped 1 row (type): line 42",
              sv: "varning: hoppade över 1 rad (typfel): rad 42")
    }

    @Test func files() {
        SwedishCommandCheck.check([], "load sessions/errors/marks.csv",
              en: "error: file not found: no file 'sessions/errors/marks.csv'\nhint: check the spelling; relative paths start in the folder evsh was started from",
              sv: "fel: filen finns inte: det finns ingen fil 'sessions/errors/marks.csv'\ntips: kontrollera stavningen; relativa sökvägar utgår från mappen där evsh startades")
        let dir = Self.folder("filer", ["tom.csv": "", "pdf.csv": "%PDF-1.4\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        SwedishCommandCheck.check([], "load \(dir)/tom.csv", en: "error: empty file: '\(dir)/tom.csv' is empty (0 bytes)\nhint: export the data again; the file has nothing in it",
              sv: "fel: tom fil: '\(dir)/tom.csv' är tom (0 byte)\ntips: exportera uppgifterna igen; filen är tom")
        SwedishCommandCheck.check([], "load \(dir)/pdf.csv",
              en: "error: not text: '\(dir)/pdf.csv' is a PDF, not a CSV or TSV file\nhint: ask for the data as a CSV export; tables in a PDF cannot be read reliably",
              sv: "fel: inte text: '\(dir)/pdf.csv' är en PDF, inte en CSV- eller TSV-fil\ntips: begär uppgifterna som en CSV-export; tabeller i en PDF går inte att läsa säkert")
    }

    /// A message filled inside another is filled in the same language.
    @Test func nestedMessage() {
        let m = WorkbookReaderMessage.notReadable(.text("f.xlsx"), .message(WorkbookReaderMessage.zipDirectory()))
        #expect(m.text(.sv) == "'f.xlsx' är ingen läsbar arbetsbok: dess zip-katalog går inte att läsa (filen kan vara avkortad eller skadad)")
        #expect(m.text(.en) == "'f.xlsx' is not a readable workbook: its zip directory cannot be read (the file may be cut short or damaged)")
    }

    /// Notes the catalogue words come first and follow the language; notes added later stay.
    @Test func diagnosticNotes() {
        var d = Diagnostic.data(ReaderMessage.noColumns(.text("x")), kind: ReaderMessage.emptyFile()).noting([ReaderMessage.moreRagged(.quantity(2))])
        d.notes.append("later")
        #expect(DiagnosticRenderer.render(d) == ["error: empty file: 'x' has no columns", "(and 2 more such rows)", "later"])
        #expect(DiagnosticRenderer.render(d, language: .sv) == ["fel: tom fil: 'x' har inga kolumner", "(och 2 sådana rader till)", "later"])
    }

    @Test func options() {
        SwedishCommandCheck.check([], "load sessions/prov.csv with delimiter=x",
              en: "error: expected , ; tab or | for delimiter, found 'x'", sv: "fel: 'delimiter' ska vara , ; tab eller |, inte 'x'")
        SwedishCommandCheck.check([], "load sessions/prov.csv with lenient=kanske",
              en: "error: expected true or false for lenient, found 'kanske'", sv: "fel: 'lenient' ska vara 'true' eller 'false', inte 'kanske'")
        SwedishCommandCheck.check([], "load sessions/prov.csv with delimeter=;",
              en: "error: unknown option 'delimeter' (did you mean 'delimiter'?); options are delimiter, decimal, encoding, header, skip, id, lenient",
              sv: "fel: okänt alternativ 'delimeter' (menade du 'delimiter'?); alternativen är 'delimiter, decimal, encoding, header, skip, id, lenient'")
    }

    /// `datasets` says where a file came from in the reader's language.
    @Test func origin() {
        let sv = SwedishCommandCheck.output(["load sessions/prov.csv"], "datasets", .sv)
        #expect(sv.contains("inläst från sessions/prov.csv"), "\(sv)")
        let en = SwedishCommandCheck.output(["load sessions/prov.csv"], "datasets", .en)
        #expect(en.contains("loaded from sessions/prov.csv"), "\(en)")
    }

    /// A load error quoting a personnummer hides it in Swedish as in English.
    @Test func personnummerInAnErrorIsScrubbed() {
        let dir = Self.folder("pnr", ["pnr.csv": "id,p\n" + (1...40).map { "\($0),\($0)\n" }.joined() + "41,19121212-1212\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for language in [Language.en, .sv] {
            let text = SwedishCommandCheck.output([], "load \(dir)/pnr.csv", language)
            #expect(text.contains(language == .en ? "error: type: '" : "fel: typfel: '"), "\(text)")
            #expect(!text.contains("19121212-1212") && !text.contains("1212121212"), "\(text)")
        }
    }

    /// A tab-separated file says its delimiter as a word of the language.
    @Test func tab() {
        let dir = Self.folder("tabb", ["t.tsv": "id\tnamn\tp\n1\tAnna\t5\n2\tBo\n3\tCia\t7\n4\tDan\t8\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        SwedishCommandCheck.check([], "load \(dir)/t.tsv",
              en: "hint: check for a missing or extra tab, or use 'with lenient=true' to load the other rows",
              sv: "tips: leta efter ett saknat eller extra tabb, eller skriv 'with lenient=true' för att läsa in de övriga raderna")
        SwedishCommandCheck.check([], "load \(dir)/t.tsv with lenient=true", en: "t: 3 rows, 3 columns · tab · UTF-8", sv: "t: 3 rader, 3 kolumner · tabb · UTF-8")
    }
}
