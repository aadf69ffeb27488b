import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Issue 14, item 5: `export … to FILE.xlsx` writes a real workbook (docs/evidence.md,
/// "Workbooks"): read back by evsh's own reader and by LibreOffice with the same values.
@Suite(.serialized) struct XlsxExportTests {
    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    func session() -> (Session, String) {
        let dir = NSTemporaryDirectory() + "evsh-xlsx-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return (Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir)), dir)
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    func part(_ path: String, _ name: String) throws -> String {
        let p = try XlsxPackage(path: path, limits: .init())
        return String(decoding: try p.read(name), as: UTF8.self)
    }

    func render(_ s: Session, _ line: String) -> String { TextRenderer.renderString(s.run(line), options: s.renderOptions).unwrapped }

    @Test func aDatasetRoundTripsThroughEvshsOwnReader() throws {
        let (s, dir) = session()
        s.run("load demo")
        let o = render(s, "export demo to demo.xlsx")
        #expect(o.contains("wrote 300 rows × 22 columns of demo") && o.contains("xlsx workbook") && o.contains("mode 0600"), "\(o)")
        let back = render(s, "load demo.xlsx as back")
        #expect(back.contains("300 rows, 22 columns") && back.contains("sheet 'demo'"), "\(back)")
        let a = try #require(s.tables["demo"]?.table), b = try #require(s.tables["back"]?.table)
        #expect(a.columns.map(\.name) == b.columns.map(\.name))
        #expect(a.columns.map(\.type) == b.columns.map(\.type))
        for (ca, cb) in zip(a.columns, b.columns) {
            for r in 0..<a.rowCount where ca.value(at: r) != cb.value(at: r) {
                Issue.record("\(ca.name) row \(r + 1): \(ca.value(at: r)) became \(cb.value(at: r))")
                break
            }
        }
        let attrs = try FileManager.default.attributesOfItem(atPath: dir + "/demo.xlsx")
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
    }

    /// Dates are written as dates: a number (Excel's serial) with an ISO date format, read
    /// back as a date column (2025-03-14 is serial 45730: days since 1899-12-30, by Python's datetime).
    @Test func datesAreWrittenAsDates() throws {
        let (s, dir) = session()
        try "elev;prov_datum;poäng\na;2025-03-14;12\nb;2025-03-15;14\nc;;9\n".write(toFile: dir + "/prov.csv", atomically: true, encoding: .utf8)
        s.run("load prov.csv")
        #expect(s.tables["prov"]?.table.column(named: "prov_datum")?.type == .date)
        _ = render(s, "export prov to prov.xlsx")
        let sheet = try part(dir + "/prov.xlsx", "xl/worksheets/sheet1.xml")
        #expect(sheet.contains(" s=\"2\"><v>45730</v>"), "\(sheet)")
        #expect(try part(dir + "/prov.xlsx", "xl/styles.xml").contains("formatCode=\"yyyy-mm-dd\""))
        s.run("load prov.xlsx as back")
        let back = try #require(s.tables["back"]?.table.column(named: "prov_datum"))
        #expect(back.type == .date)
        #expect(back.value(at: 0) == s.tables["prov"]?.table.column(named: "prov_datum")?.value(at: 0))
        #expect(back.value(at: 2).isMissing)
    }

    @Test func aComparisonIsOneSheetAndAnAboutSheet() throws {
        let (s, dir) = session()
        s.run("load demo")
        s.run("set min-group 1")
        s.run("compare reading c1 -> c2 by class")
        let o = render(s, "export last to cmp.xlsx")
        #expect(o.contains("one row per group") && o.contains("sheets compare, about"), "\(o)")
        #expect(!s.run("export last to cmp.csv").failed)
        let csv = read(dir + "/cmp.csv").split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        // Read back: the same names, and the same numbers to the last bit.
        s.run("load cmp.xlsx as back")
        let t = try #require(s.tables["back"]?.table)
        #expect(t.columns.map(\.name) == csv[0])
        #expect(t.rowCount == csv.count - 1)
        for (c, col) in t.columns.enumerated() where c > 0 {
            for r in 0..<t.rowCount {
                #expect(col.value(at: r) == .number(Double(csv[r + 1][c]) ?? .nan), "\(col.name) row \(r + 1)")
            }
        }
        let sheet = try part(dir + "/cmp.xlsx", "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"s\">") && sheet.contains("<cols><col min=\"1\" max=\"1\" width="))
        #expect(sheet.contains("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>") && sheet.contains("</v></c><c><v>46</v></c>"), "matched of 4A, a number; a reference only where a gap precedes")
        #expect(try part(dir + "/cmp.xlsx", "xl/styles.xml").contains("<font><b/>"))
        let workbook = try part(dir + "/cmp.xlsx", "xl/workbook.xml")
        #expect(workbook.contains("<sheet name=\"compare\" sheetId=\"1\"") && workbook.contains("<sheet name=\"about\" sheetId=\"2\""))
        let about = try part(dir + "/cmp.xlsx", "xl/worksheets/sheet2.xml")
        for item in ["compare reading c1 -&gt; c2 by class", ">demo<", ">\(Session.evshVersion)<", ">sha256<", ">e87eef2d3f71ceea"] {
            #expect(about.contains(item), "the about sheet holds \(item)")
        }
        // Its time is in parts stored unpacked: the size does not change with it.
        #expect(o.contains("(xlsx workbook, \((try? FileManager.default.attributesOfItem(atPath: dir + "/cmp.xlsx"))?[.size] as? Int ?? -1) bytes"))
    }

    /// Issue 15: a workbook exported in Swedish has Swedish sheet names and an about sheet with
    /// Swedish labels; its columns keep their machine names, so it reads back the same.
    @Test func aSwedishWorkbookHasSwedishSheetsAndLabels() throws {
        let (s, dir) = session()
        s.run("set language sv")
        s.run("load demo")
        s.run("set min-group 1")
        s.run("compare reading c1 -> c2 by class")
        let o = render(s, "export last to jmf.xlsx")
        #expect(o.contains("; blad jämförelse, om till jmf.xlsx"), "\(o)")
        let workbook = try part(dir + "/jmf.xlsx", "xl/workbook.xml")
        #expect(workbook.contains("<sheet name=\"jämförelse\" sheetId=\"1\"") && workbook.contains("<sheet name=\"om\" sheetId=\"2\""), "\(workbook)")
        let about = try part(dir + "/jmf.xlsx", "xl/worksheets/sheet2.xml")
        for item in [">uppgift<", ">värde<", ">kommando<", ">datamängd<", ">källa<", ">rader<", ">skriven<", ">minsta grupp ('min-group')<",
                     "1 (mindre grupper visas som &lt;1 i resultaten)", ">compare reading c1 -&gt; c2 by class<"] {
            #expect(about.contains(item), "the about sheet holds \(item): \(about)")
        }
        for english in [">item<", ">command<", ">dataset<", ">written<", "smaller groups"] { #expect(!about.contains(english), "\(english)") }
        // The same columns, by machine name, as the English workbook.
        s.run("set language en")
        s.run("compare reading c1 -> c2 by class")
        #expect(!s.run("export last to cmp.xlsx").failed)
        let sv = try part(dir + "/jmf.xlsx", "xl/sharedStrings.xml"), en = try part(dir + "/cmp.xlsx", "xl/sharedStrings.xml")
        #expect(sv.contains(">matched<") && sv.contains(">d_z_lo<") && en.contains(">matched<"))
        #expect(try part(dir + "/cmp.xlsx", "xl/workbook.xml").contains("<sheet name=\"compare\" sheetId=\"1\""))
        // Tables kept apart take their keys' Swedish names; a dataset's sheet is its name.
        s.run("set language sv")
        s.lastResult = Output([.table(ResultTable(header: ["a"], rows: [[.integer(1)]]).keyed("matching", [])),
                               .table(ResultTable(header: ["b"], rows: [[.integer(2)], [.integer(3)]]).keyed("norms", []))])
        #expect(render(s, "export last to two.xlsx").contains("; blad matchning, normer, om till"))
        #expect(!s.run("export demo to demo.xlsx").failed)
        #expect(try part(dir + "/demo.xlsx", "xl/workbook.xml").contains("<sheet name=\"demo\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"om\""))
        #expect(try part(dir + "/demo.xlsx", "xl/worksheets/sheet2.xml").contains(">export demo (datamängdens rader)<"))
    }

    /// Formula-like text is a typed text cell: never a formula, and the report says so.
    @Test func formulaLikeTextStaysText() throws {
        let (s, dir) = session()
        s.lastResult = .table(ResultTable(header: ["name", "n"], rows: [[.text("=HYPERLINK(\"x\")"), .integer(12)], [.text("@SUM(A1)"), .integer(15)]]))
        let o = render(s, "export last to f.xlsx")
        #expect(o.contains("2 text cells starting with = + - @ written as text (xlsx cells are typed; nothing is run)"), "\(o)")
        let sheet = try part(dir + "/f.xlsx", "xl/worksheets/sheet1.xml")
        #expect(!sheet.contains("<f>") && sheet.contains("<c r=\"A2\" t=\"s\">"))
        #expect(try part(dir + "/f.xlsx", "xl/sharedStrings.xml").contains("<si><t>=HYPERLINK(&quot;x&quot;)</t></si>"))
    }

    @Test func personnummerInAResultNeverReachesTheWorkbook() throws {
        let (s, dir) = session()
        s.lastResult = .table(ResultTable(header: ["note", "n"], rows: [[.text("see 20130419-5579"), .integer(12)]]))
        let o = render(s, "export last to p.xlsx")
        #expect(o.contains("1 personnummer replaced"), "\(o)")
        let strings = try part(dir + "/p.xlsx", "xl/sharedStrings.xml")
        #expect(!strings.contains("20130419") && !strings.contains("130419-5579"))
    }

    @Test func tablesWithDifferentRowsAreSheetsEach() throws {
        let (s, dir) = session()
        s.lastResult = Output([.table(ResultTable(header: ["a"], rows: [[.integer(1)]]).keyed("first/one: [x]", [])),
                               .table(ResultTable(header: ["b"], rows: [[.integer(2)], [.integer(3)]]).keyed("first/one: [x]", []))])
        let o = render(s, "export last to two.xlsx")
        #expect(o.contains("wrote 2 tables, one each"), "\(o)")
        let workbook = try part(dir + "/two.xlsx", "xl/workbook.xml")
        #expect(workbook.contains("name=\"first_one_ _x_\"") && workbook.contains("name=\"first_one_ _x__2\""), "\(workbook)")
    }

    @Test func sheetNamesExcelAccepts() {
        #expect(XlsxWriter.sheetNames(["a[b]:c*?/\\d", "History", "'quoted'", ""]) == ["a_b__c____d", "History_", "quoted", "Sheet"])
        let long = String(repeating: "x", count: 40)
        let names = XlsxWriter.sheetNames([long, long, "ABOUT", "about"])
        #expect(names == [String(repeating: "x", count: 31), String(repeating: "x", count: 27) + " (2)", "ABOUT", "about (2)"])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func aSheetPastExcelsLastRowIsRefused() {
        let rows = ExportRows(title: nil, header: ["x"], rightAligned: [true], count: 1_048_576, field: { _, _ in .integer(1) },
                              display: { _, _ in "1" }, footer: [])
        #expect(throws: Diagnostic.self) { try XlsxWriter.write([.init(name: "big", rows: rows)], about: []) }
    }

    @Test func textEscapes() {
        #expect(String(decoding: XlsxText.escaped("a<b & \"c\"\u{1}_x0041_"), as: UTF8.self) == "a&lt;b &amp; &quot;c&quot;_x0001__x005F_x0041_")
        var out: [UInt8] = Array("x".utf8)
        XlsxText.escape("Björkåsskolan 5A", into: &out)
        XlsxText.escape("<", into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "xBjörkåsskolan 5A&lt;")
    }

    /// The fast way for whole numbers and one or two decimals writes what Swift's shortest
    /// round-trip text (`"\(d)"`) writes, for every value, including the ones just off a
    /// decimal (0.1 + 0.2) that must take the slow way.
    @Test func numbersAreWrittenAsTheirShortestText() {
        var values: [Double] = [0.1, 0.2, 0.1 + 0.2, -0.5, -0.05, 95.7, 591.8, 12.25, 1.005, 99.99, 0.01, -1234.56,
                                1e12 - 0.5, 1e12 + 0.5, 2.5e-7, 1e15, 123456789.12, 45000.5, 0.3333333333333333]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let k = Double(Int.random(in: -10_000_000...10_000_000, using: &rng))
            values += [k / 10, k / 100, k / 1000, k / 7]
        }
        for d in values {
            var out: [UInt8] = []
            XlsxSheetXML.appendNumber(d, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == ExportField.format(d), "\(d)")
        }
    }

    /// A text column's cells are looked up by their code once; the workbook is the same as
    /// without the codes (every cell through the shared-string table).
    @Test func textCodesGiveTheSameWorkbook() throws {
        let texts = ["Ekbacken", "=1+1", "Lärkan", "Ekbacken", "=1+1", "<tag>"]
        func rows(codes: Bool) -> ExportRows {
            var r = ExportRows(title: nil, header: ["school"], rightAligned: [false], count: 6, field: { r, _ in .text(texts[r]) },
                               display: { r, _ in texts[r] }, footer: [])
            if codes { r.textCode = { r, _ in ["Ekbacken": 0, "=1+1": 1, "Lärkan": 2, "<tag>": 3][texts[r]] } }
            return r
        }
        func sheet(_ codes: Bool) -> (String, Int, String) {
            let strings = XlsxSharedStrings(clean: nil)
            var x = XlsxSheetXML(strings: strings)
            x.write(rows(codes: codes), selected: true)
            return (String(decoding: x.bytes, as: UTF8.self), x.formulaLike, String(decoding: strings.xml(), as: UTF8.self))
        }
        let (plain, withCodes) = (sheet(false), sheet(true))
        #expect(plain.0 == withCodes.0)
        #expect(plain.1 == 2 && withCodes.1 == 2)
        #expect(plain.2 == withCodes.2)
        #expect(withCodes.2.contains("count=\"7\" uniqueCount=\"5\""))
    }

    /// LibreOffice (`soffice --headless --convert-to csv`) reads the workbook with the values
    /// evsh wrote: a dataset's rows as in the CSV export, and a result's numbers (LibreOffice
    /// writes 15 significant digits).
    @Test(.enabled(if: soffice != nil, "LibreOffice (soffice) is not installed (make test-deps installs libreoffice-calc-nogui): the LibreOffice check is skipped"))
    func libreOfficeReadsTheSameValues() throws {
        let soffice = try #require(Self.soffice)
        let (s, dir) = session()
        s.run("load demo")
        #expect(!s.run("export demo to demo.xlsx").failed)
        #expect(!s.run("export demo to demo.csv").failed)
        s.run("compare reading c1 -> c2 by class")
        #expect(!s.run("export last to cmp.xlsx").failed)
        #expect(!s.run("export last to cmp.csv").failed)
        let out = dir + "/lo"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        p.arguments = ["-env:UserInstallation=file://\(dir)/profile", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out,
                       dir + "/demo.xlsx", dir + "/cmp.xlsx"]
        // 44,34,76: comma, double quote, UTF-8 (else the locale's encoding).
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        func rows(_ path: String) -> [[String]] {
            read(path).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        let ours = rows(dir + "/demo.csv"), theirs = rows(out + "/demo.csv")
        #expect(ours.count == 301 && theirs.count == 301, "\(ours.count) and \(theirs.count) rows; \((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [])")
        for (a, b) in zip(ours, theirs) {
            // LibreOffice writes booleans as TRUE/FALSE.
            #expect(a == b.map { $0 == "TRUE" ? "true" : $0 == "FALSE" ? "false" : $0 }, "\(a) vs \(b)")
        }
        let mine = rows(dir + "/cmp.csv"), lo = rows(out + "/cmp.csv")
        #expect(mine.first == lo.first && mine.count == lo.count)
        for (a, b) in zip(mine.dropFirst(), lo.dropFirst()) {
            #expect(a.count == b.count && a.first == b.first)
            for (x, y) in zip(a.dropFirst(), b.dropFirst()) {
                if let u = Double(x), let v = Double(y) {
                    #expect(abs(u - v) <= 1e-13 * max(1, abs(u)), "\(x) vs \(y)")
                } else {
                    #expect(x == y)
                }
            }
        }
    }
}
