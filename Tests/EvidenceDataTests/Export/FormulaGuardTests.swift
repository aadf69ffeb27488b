import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// CSV injection: text cells a spreadsheet would run as formulas are written with a leading '.
struct FormulaGuardTests {
    func export(_ rows: [[Cell]], header: [String], to file: String) throws -> (report: String, file: String) {
        let dir = try TempDir()
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir.path))
        s.lastResult = .table(ResultTable(header: header, rows: rows))
        let o = s.run("export last to \(file)")
        #expect(!o.failed)
        return (TextRenderer.renderString(o, options: s.renderOptions),
                try String(contentsOfFile: dir.path + "/" + file, encoding: .utf8))
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://example.com/\"&A1,\"x\")", "\"'=HYPERLINK(\"\"http://example.com/\"\"&A1,\"\"x\"\")\""),
        ("@SUM(A1:A9)", "\"'@SUM(A1:A9)\""),
        ("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\""),
        ("-2+3", "\"'-2+3\""),
        ("\t=1+1", "\"'\t=1+1\""),
        ("\r=1+1", "\"'\r=1+1\""),
        ("-", "\"'-\""),   // Skolverket's marker, reaching an export as a label
    ])
    func eachTriggerIsNeutralised(_ cell: String, _ field: String) throws {
        let (report, csv) = try export([[.text(cell), .integer(12)]], header: ["group", "n"], to: "out.csv")
        #expect(csv == "group,n\r\n\(field),12\r\n")
        #expect(report.unwrapped.contains("1 cell starting with = + - @ (or a tab or CR) was prefixed with ' so spreadsheets show it as text"))
    }

    @Test func numbersStayNumbers() throws {
        let (report, csv) = try export([[.text("7A"), .number(-3.5, decimals: 1), .integer(-2), .text("-3.5"), .text("+2")]],
                                       header: ["class", "diff", "change", "as text", "plus"], to: "out.csv")
        #expect(csv == "class,diff,change,as_text,plus\r\n7A,-3.5,-2,-3.5,+2\r\n")
        #expect(!report.contains("prefixed"))
    }

    /// A result's header is written as its machine name (issue 14: `@n` → `n`), so only its
    /// labels can trigger; a dataset's header names are guarded (datasetRowsAreNeutralisedToo).
    @Test func labelsAreCountedInTheReport() throws {
        let (report, csv) = try export([[.text("-"), .integer(12)], [.text("=1+1"), .integer(30)], [.text("4B"), .integer(-1)]],
                                       header: ["group", "@n"], to: "out.csv")
        #expect(csv == "group,n\r\n\"'-\",12\r\n\"'=1+1\",30\r\n4B,-1\r\n")
        #expect(report.unwrapped.contains("; 2 cells starting with = + - @ (or a tab or CR) were prefixed with ' so spreadsheets show them as text"))
    }

    @Test func jsonAndMarkdownAreUnchanged() throws {
        let rows: [[Cell]] = [[.text("=HYPERLINK(\"x\")"), .integer(12)], [.text("-"), .integer(30)]]
        let (jsonReport, json) = try export(rows, header: ["@group", "n"], to: "out.json")
        #expect(json.contains("\"group\": \"=HYPERLINK(\\\"x\\\")\"") && json.contains("\"group\": \"-\""))
        #expect(!json.contains("'"))
        let (mdReport, md) = try export(rows, header: ["@group", "n"], to: "out.md")
        #expect(md.contains("| @group | n |") && md.contains("| =HYPERLINK(\"x\") |") && md.contains("| - |"))
        #expect(!md.contains("'"))
        #expect(!jsonReport.contains("prefixed") && !mdReport.contains("prefixed"))
    }

    @Test func datasetRowsAreNeutralisedToo() throws {
        let dir = try TempDir()
        let s = Session(environment: SessionEnvironment(workingDirectory: dir.path))
        let t = Table(columns: [.texts("note", ["=cmd|'/C calc'!A0", "ok", "-"]), .numbers("score", [-1.5, 2, 3])])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "test table")), name: "t")
        let o = s.run("export t to rows.csv")
        #expect(!o.failed)
        let csv = try String(contentsOfFile: dir.path + "/rows.csv", encoding: .utf8)
        #expect(csv == "note,score\r\n\"'=cmd|'/C calc'!A0\",-1.5\r\nok,2\r\n\"'-\",3\r\n")
        #expect(TextRenderer.renderString(o, options: s.renderOptions).unwrapped.contains("2 cells starting with = + - @"))
    }

    @Test(arguments: [
        ("=1", true), ("+", true), ("-", true), ("@", true), ("\tx", true), ("\rx", true), ("-3.", true), ("--3", true),
        ("-3.5", false), ("+12", false), ("-0", false), ("", false), ("7A", false), ("a=b", false), ("'=1", false), ("<10", false),
    ])
    func whatTriggers(_ s: String, _ triggers: Bool) {
        #expect(FormulaGuard.isTriggering(s) == triggers)
    }
}
