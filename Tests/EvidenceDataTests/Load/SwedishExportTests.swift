import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Files shaped like Swedish and NZ school exports, made here byte by byte.
struct SwedishExportTests {
    static let skolverket = """
    Betyg i årskurs 6, läsåret 2018/19;;;;;
    Kommunnivå;;;;;
    Källa: Skolverket;;;;;
    ;;;;;
    Kommun;Kommunkod;Antal elever;Andel A-E (%);Andel A-E (%);Genomsnittlig betygspoäng
    Ale;1440;1 234;93,5;..;14,2
    Alingsås;1489;2 015;.;~100;13,9
    Alvesta;0764;412;-;88,0;12,1
    Åmål;1492;1 003;91,2;90,4;13,0
    Fotnot: .. betyder att uppgiften bygger på färre än 10 elever
    Fotnot: . betyder att uppgift saknas
    """ + "\n"

    @Test func skolverketStatisticsFile() throws {
        let f = LoadFixtures()
        f.write("betyg_ak6.csv", bytes: windows1252(SwedishExportTests.skolverket))
        let r = f.run("load betyg_ak6.csv")
        #expect(!r.output.failed, "\(r.text)")
        #expect(r.text.unwrapped.contains("betyg_ak6: 4 rows, 6 columns · ';' · decimal comma · Windows-1252 · 4 title lines skipped · 2 footer lines · thousands separators · markers: . ×1 .. ×1 - ×1 ~100 ×1"), "\(r.text)")
        let t = try #require(f.table("betyg_ak6"))
        #expect(t.columnNames == ["Kommun", "Kommunkod", "Antal elever", "Andel A-E (%)", "Andel A-E (%)_2", "Genomsnittlig betygspoäng"])
        #expect(t.columns[0].value(at: 3) == .text("Åmål"))
        #expect(t.columns[2].value(at: 0) == .number(1234))
        #expect(t.columns[3].value(at: 0) == .number(93.5))
        #expect(t.columns[3].value(at: 1) == .missing(.notAvailable))
        #expect(t.columns[3].value(at: 2) == .missing(.absent))
        #expect(t.columns[4].value(at: 0) == .missing(.suppressed))
        #expect(t.columns[4].value(at: 1) == .missing(.nearly100))
        #expect(t.columns[4].type == .number)
    }

    /// Issue 13, item 4: attendance as `93,5 %`, `88,9%` (and `95.1 %` in a point file) loads as
    /// numbers in percent points, and the summary line says so.
    @Test func percentValuesAreNumbers() throws {
        let f = LoadFixtures()
        f.write("narvaro.csv", bytes: windows1252("elev_id;Närvaro;Frånvaro\n0012;93,5 %;6,5 %\n0013;88,9%;11,1%\n0014;100 %;0 %\n0015;;..\n"))
        let r = f.run("load narvaro.csv")
        #expect(!r.output.failed, "\(r.text)")
        #expect(r.text.unwrapped.contains("narvaro: 4 rows, 3 columns · ';' · decimal comma · Windows-1252 · '%' dropped: Närvaro, Frånvaro (percent points)"), "\(r.text)")
        let t = try #require(f.table("narvaro"))
        #expect(t.columns[1].type == .number && t.columns[2].type == .number)
        #expect(t.columns[1].value(at: 0) == .number(93.5))
        #expect(t.columns[1].value(at: 1) == .number(88.9))
        #expect(t.columns[1].value(at: 2) == .number(100))
        #expect(t.columns[1].value(at: 3) == .missing(.empty))
        #expect(t.columns[2].value(at: 3) == .missing(.suppressed))

        f.write("nz.csv", "id,attendance,score\n1,95.1 %,12\n2,90 %,13\n")
        let nz = f.run("load nz.csv")
        #expect(nz.text.contains("nz: 2 rows, 3 columns · ',' · UTF-8 · '%' dropped: attendance (percent points)"), "\(nz.text)")
        #expect(f.table("nz")?.columns[1].value(at: 0) == .number(95.1))
        #expect(f.table("nz")?.columns[2].type == .number)
        #expect(!nz.text.contains("score ("), "a column without % is not named")
    }

    /// Issue 13, item 5: rows of only delimiters (`;;;;;`, Excel's empty rows below the data)
    /// are not students and not ragged rows: left out, counted, on one thread or two.
    @Test(arguments: [false, true]) func delimiterOnlyRowsAreSkipped(parallel: Bool) throws {
        var text = "elev_id;Klass;Poäng;Betyg\n"
        for i in 0..<20 { text += "E\(100 + i);5A;\(10 + i);C\n" }
        text += ";;;\n"                               // inside the data, the full width
        for i in 20..<40 { text += "E\(100 + i);5B;\(10 + i);B\n" }
        text += ";;;\n;;;;;;;;\n;;\n"                // at the end: full width, wider, narrower
        let f = LoadFixtures()
        let path = f.write("np.csv", text)
        var o = LoadOptions()
        o.parallelBytes = parallel ? 0 : Int.max
        let r = try CSVLoader.load(path: path, name: "np", displayPath: "np.csv", options: o)
        #expect(r.table.rowCount == 40)
        #expect(r.report.skippedRows == 0 && r.report.warningLines.isEmpty, "\(r.report.warningLines)")
        #expect(r.report.delimiterOnlyRows == 4)
        #expect(r.report.delimiterOnlyLine == "4 rows of only ';' skipped (empty rows, as Excel writes below a sheet's data): 44 rows became 40")
        #expect(r.table.columns[0].value(at: 20) == .text("E120"), "the row after the empty one is the next pupil")
        // Through the session: the line is shown; a pupil with only an id is still a row.
        let shown = f.run("load np.csv")
        #expect(shown.text.contains("np: 40 rows, 4 columns") && shown.text.contains("44 rows became 40"), "\(shown.text)")
        f.write("one.csv", "elev_id;Klass;Poäng\nE1;5A;3\nE2;;\n;;\n")
        let one = f.run("load one.csv")
        #expect(one.text.contains("one: 2 rows") && one.text.contains("1 row of only ';' skipped"), "\(one.text)")
        f.write("quoted.csv", "elev_id;Klass;Poäng\nE1;5A;3\n\"\";\"\";\"\"\n")
        #expect(f.run("load quoted.csv").text.contains("quoted: 2 rows"), "quoted empty fields are a row, as before")
    }

    @Test func utf8BOMAndNoBreakSpaces() throws {
        let f = LoadFixtures()
        f.write("ht24.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("elev_id;poäng;närvaro\n0012;1\u{00A0}250;95,5\n0013;2\u{202F}000;88\n".utf8))
        let r = f.run("load ht24.csv")
        #expect(r.text.contains("ht24: 2 rows, 3 columns · ';' · decimal comma · UTF-8 BOM"), "\(r.text)")
        let t = try #require(f.table("ht24"))
        #expect(t.columnNames[0] == "elev_id")
        #expect(t.columns[0].isID && t.columns[0].value(at: 0) == .text("0012"), "ids stay text even when numeric")
        #expect(t.columns[1].value(at: 0) == .number(1250))
        #expect(t.columns[1].value(at: 1) == .number(2000))
    }

    @Test(arguments: [false, true]) func utf16WithBOM(bigEndian: Bool) throws {
        let f = LoadFixtures()
        f.write("u16.tsv", bytes: utf16("Namn\tKlass\tSvenska\nÅsa\t5A\tB\nÖrjan\t5B\tF\n", bigEndian: bigEndian))
        let r = f.run("load u16.tsv as elever")
        #expect(r.text.contains("elever: 2 rows, 3 columns · tab · UTF-16 \(bigEndian ? "BE" : "LE")"), "\(r.text)")
        let t = try #require(f.table("elever"))
        #expect(t.columns[0].value(at: 1) == .text("Örjan"))
        #expect(t.columns[2].type == .grade && t.columns[2].value(at: 1) == .grade(.F))
    }

    @Test func typesAreInferred() throws {
        let f = LoadFixtures()
        f.write("nz.csv", "Student ID,Year,Gender,ESOL,Reading Scale,Writing,Attendance\n"
            + "1001,5,F,yes,512.5,A,0.95\n1002,5,M,no,480,C,0.9\n1003,6,F,No,,E,1\n1004,6,M,YES,501,,0.85\n")
        _ = f.run("load nz.csv")
        let t = try #require(f.table("nz"))
        #expect(t.columns.map(\.type) == [.text, .number, .text, .boolean, .number, .grade, .number])
        #expect(t.idColumn?.name == "Student ID")
        #expect(t.columns[3].value(at: 2) == .boolean(false))
        #expect(t.columns[4].value(at: 2) == .missing(.empty))
    }

    @Test func optionsOverrideGuesses() throws {
        let f = LoadFixtures()
        f.write("odd.txt", "Rapport\nx|y|z\n1,5|2|ja\n2,5|3|nej\n")
        let r = f.run("load odd.txt with delimiter=| decimal=comma skip=1 id=y")
        #expect(!r.output.failed, "\(r.text)")
        let t = try #require(f.table("odd"))
        #expect(t.columns[0].value(at: 1) == .number(2.5))
        #expect(t.columns[1].isID && t.columns[1].type == .text)
        #expect(t.columns[2].type == .boolean)

        f.write("plain.csv", "1,2\n3,4\n")
        _ = f.run("load plain.csv with header=false id=none")
        let p = try #require(f.table("plain"))
        #expect(p.rowCount == 2 && p.columnNames == ["column_1", "column_2"])

        f.write("latin.csv", bytes: windows1252("namn,ort\nÅsa,Västerås\n"))
        _ = f.run("load latin.csv with encoding=cp1252")
        #expect(f.table("latin")?.columns[1].value(at: 0) == .text("Västerås"))
    }

    @Test func headerWithATrailingDelimiter() throws {
        let f = LoadFixtures()
        f.write("trail.csv", "elev,klass,poäng;\n".replacingOccurrences(of: ";", with: ",") + "S1,5A,12\nS2,5B,14\n")
        let r = f.run("load trail.csv")
        #expect(r.text.contains("trail: 2 rows, 3 columns"), "\(r.text)")
        #expect(f.table("trail")?.columnNames == ["elev", "klass", "poäng"])
    }

    @Test func headerlessFileIsDetected() throws {
        let f = LoadFixtures()
        f.write("nohead.csv", "S1,5,A\nS2,6,B\nS3,4,C\n")
        let r = f.run("load nohead.csv")
        #expect(r.text.contains("no header"), "\(r.text)")
        #expect(f.table("nohead")?.rowCount == 3)
    }

    @Test func badOptionsAreUsageErrors() {
        let f = LoadFixtures()
        f.write("a.csv", "a,b\n1,2\n")
        let r = f.run("load a.csv with delimter=;")
        #expect(r.output.status == .failed(.usage))
        #expect(r.text.contains("unknown option 'delimter'") && r.text.contains("did you mean 'delimiter'?"), "\(r.text)")
        #expect(f.run("load a.csv with decimal=x").text.contains("expected 'comma' or 'point'"))
        #expect(f.run("load a.csv with id=nosuch").text.contains("no column named 'nosuch'"))
    }
}

/// A delimiter at the end of every line is an export artefact, not a column; the header is
/// found whether or not it has one too.
struct TrailingDelimiterTests {
    @Test(arguments: [
        "id;name;score;\n1;Anna;12;\n2;Bo;;\n3;Cilla;14;\n",          // header and rows
        "id;name;score\n1;Anna;12;\n2;Bo;;\n3;Cilla;14;\n",            // rows only
        "Resultat HT25\nid;name;score;\n1;Anna;12;\n2;Bo;;\n3;Cilla;14;\n",  // under a title
        "id;name;score\n1;Anna;12\n2;Bo;;\n3;Cilla;14;\n",            // some rows only
    ])
    func aDelimiterAtLineEndsIsNotAColumn(text: String) throws {
        let f = LoadFixtures()
        f.write("t.csv", text)
        let r = f.run("load t.csv")
        #expect(!r.output.failed, "\(r.text)")
        #expect(r.text.contains("t: 3 rows, 3 columns · ';' · UTF-8"), "\(r.text)")
        #expect(r.text.contains("';' at line ends ignored"), "\(r.text)")
        let t = try #require(f.table("t"))
        #expect(t.columnNames == ["id", "name", "score"])
        #expect(t.columns[2].value(at: 0) == .number(12))
        #expect(t.columns[2].value(at: 1) == .missing(.empty))
        #expect(t.columns[1].value(at: 2) == .text("Cilla"))
    }

    @Test func anExtraFieldWithSomethingInItIsStillARaggedRow() {
        let f = LoadFixtures()
        f.write("t.csv", "id;name;score\n1;Anna;12\n2;Bo;13;x\n3;Cilla;14\n")
        let r = f.run("load t.csv")
        #expect(r.output.failed)
        #expect(r.text.contains("t.csv:3:1: error: ragged row"), "\(r.text)")
    }
}
