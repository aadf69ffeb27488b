import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct ExportTests {
    /// A session whose relative paths land in a fresh temporary folder.
    func session() -> (Session, String) {
        let dir = NSTemporaryDirectory() + "evsh-export-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir))
        return (s, dir)
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    func result(_ rows: [[Cell]], header: [String]) -> Output { .table(ResultTable(header: header, rows: rows)) }

    @Test func csvQuotesAndDotDecimals() {
        let (s, dir) = session()
        s.lastResult = result([[.text("a,b"), .number(1.25, decimals: 1), .integer(12)],
                               [.text("say \"hi\""), .missing(.empty), .integer(30)],
                               [.text("två\nrader"), .number(-0.5, decimals: 2), .integer(11)]], header: ["name", "mean", "n"])
        let o = s.run("export last to out.csv")
        #expect(!o.failed)
        #expect(read(dir + "/out.csv") == "name,mean,n\r\n\"a,b\",1.25,12\r\n\"say \"\"hi\"\"\",,30\r\n\"två\nrader\",-0.5,11\r\n")
    }

    @Test func jsonTypesAndNull() throws {
        let (s, dir) = session()
        s.lastResult = result([[.text("4A"), .integer(50), .number(512.25, decimals: 1), .missing(.suppressed)],
                               [.text("q\"\\"), .integer(12), .number(.nan, decimals: 1), .text("x")]], header: ["class", "n", "mean", "mean"])
        #expect(!s.run("export last to out.json").failed)
        let text = read(dir + "/out.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 2)
        #expect(parsed?[0]["n"] as? Int == 50)
        #expect(parsed?[0]["mean"] as? Double == 512.25)
        #expect(parsed?[0]["mean_2"] is NSNull, "names are machine names, unique (issue 14)")
        #expect(parsed?[1]["class"] as? String == "q\"\\")
        #expect(parsed?[1]["mean"] is NSNull, "NaN is written as null")
    }

    @Test func datasetAsJSONKeepsTypes() throws {
        let (s, dir) = session()
        s.run("load demo")
        #expect(!s.run("export demo to demo.json").failed)
        let parsed = try JSONSerialization.jsonObject(with: Data(read(dir + "/demo.json").utf8)) as? [[String: Any]]
        #expect(parsed?.count == 300)
        let first = parsed?[0]
        #expect(first?["student_id"] as? String == "E001")
        #expect(first?["sen"] is Bool)
        #expect(first?["year"] as? Int == 4)
        #expect(["A", "B", "C", "D", "E", "F"].contains(first?["writing_c1"] as? String ?? "?"))
        // Some demo values are missing: they are null, never NaN.
        #expect(parsed?.contains { $0["reading_c2"] is NSNull } == true)
    }

    @Test func markdownAndTextKeepTheWholeResult() {
        let (s, dir) = session()
        s.run("load demo")
        s.run("count by class")
        #expect(!s.run("export last to out.md").failed)
        let md = read(dir + "/out.md")
        #expect(md.contains("| class | n |"))
        #expect(md.contains("| --- | ---: |"))
        #expect(md.contains("| 5A | 52 |"))
        s.lastResult = Output([.styled(StyledText(lines: ["█▇▅ chart", "axis"])), .warning("small group")])
        #expect(!s.run("export last to chart.txt").failed)
        #expect(read(dir + "/chart.txt") == "█▇▅ chart\naxis\nwarning: small group\n")
        let csv = s.run("export last to chart.csv")
        #expect(csv.failed, "a chart has no table for CSV")
    }

    /// Issue 14, item 4: tables with different rows do not make one CSV table; the refusal names
    /// them and points to .json/.xlsx, which keep each table, named. Markdown keeps them all.
    @Test func csvRefusesTablesWithDifferentRowsAndJSONNamesThem() throws {
        let (s, dir) = session()
        s.lastResult = Output([.table(ResultTable(header: ["a"], rows: [[.integer(1)]])), .message("between"),
                               .table(ResultTable(header: ["b"], rows: [[.integer(2)], [.integer(3)]]))])
        let o = s.run("export last to two.csv")
        #expect(o.failed)
        let text = render(s, "export last to two.csv").unwrapped
        #expect(text.contains("2 tables have different rows") && text.contains("table_1 (1 row), table_2 (2 rows)") && text.contains(".xlsx or .json"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/two.csv"))
        #expect(!s.run("export last to two.json").failed)
        let json = try JSONSerialization.jsonObject(with: Data(read(dir + "/two.json").utf8)) as? [String: [[String: Int]]]
        #expect(json?["table_1"] == [["a": 1]] && json?["table_2"] == [["b": 2], ["b": 3]], "\(read(dir + "/two.json"))")
        #expect(!s.run("export last to two.md").failed)
        let md = read(dir + "/two.md")
        #expect(md.contains("| a |") && md.contains("between") && md.contains("| b |"))
    }

    @Test func datasetAsTextAndMarkdown() {
        let (s, dir) = session()
        s.run("load demo")
        #expect(!s.run("export demo to demo.txt").failed)
        let txt = read(dir + "/demo.txt")
        #expect(txt.contains("│ E001") && txt.contains("reading_c1") && !txt.contains("…"))
        #expect(txt.split(separator: "\n").count == 300 + 4)
        #expect(!s.run("export demo to demo.md").failed)
        #expect(read(dir + "/demo.md").split(separator: "\n").count == 302)
    }

    @Test func everyExportSuppressesSmallGroups() {
        let (s, dir) = session()
        s.run("load demo")
        s.run("set min-group 50")
        s.run("count by class")
        let o = s.run("export last to small.csv")
        #expect(!o.failed)
        let csv = read(dir + "/small.csv")
        #expect(csv.contains("4B,<50") && csv.contains("5A,52"))
        #expect(!csv.contains("48") && !csv.contains("49"))
    }

    /// Issue 13, item 12: the report counts the <K cells the file holds (the tidy table, where
    /// a figure repeated across tables is written once), and outside workshop mode it warns that suppression made
    /// the file differ from the screen, with the setting that governs it.
    @Test func theSuppressedCountIsTheCellsWritten() throws {
        let (s, dir) = session()
        s.run("load demo")
        s.run("set min-group 50")
        s.run("compare reading c1 -> c2 by class")
        let o = s.run("export last to cmp.csv")
        #expect(!o.failed)
        let text = TextRenderer.renderString(o, options: s.renderOptions)
        let written = read(dir + "/cmp.csv").components(separatedBy: "<50").count - 1
        #expect(written > 0)
        #expect(text.unwrapped.contains("; \(written) cells shown as <50 (min-group 50)"), "\(written) in the file\n\(text)")
        #expect(text.contains("warning: suppression changed this export") && text.contains("'set min-group N'"), "\(text)")
        // Markdown keeps every table: its count is all of theirs.
        let md = TextRenderer.renderString(s.run("export last to cmp.md"), options: s.renderOptions)
        let inMD = read(dir + "/cmp.md").split(separator: "\n").filter { $0.hasPrefix("|") }
            .flatMap { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { $0 == "<50" }.count
        #expect(inMD > 0 && md.contains("; \(inMD) cells shown as <50"), "\(inMD) table cells in the file\n\(md)")
        // Nothing under min-group: no warning.
        s.run("set min-group 10")
        s.run("count by class")
        let plain = TextRenderer.renderString(s.run("export last to c.csv"), options: s.renderOptions)
        #expect(!plain.contains("suppression changed") && !plain.contains("shown as <"), "\(plain)")
        // In workshop mode the screen already showed <K: no warning, the count still said.
        s.run("set min-group 50")
        s.run("set workshop on")
        s.run("count by class")
        let ws = TextRenderer.renderString(s.run("export last to w.csv"), options: s.renderOptions)
        #expect(!ws.contains("suppression changed") && ws.contains("shown as <50"), "\(ws)")
    }

    @Test func fileIsPrivateAndReplacedWhole() throws {
        let (s, dir) = session()
        s.run("load demo")
        s.run("count by class")
        #expect(!s.run("export last to a.csv").failed)
        #expect(!s.run("export last to a.csv").failed, "an existing file is replaced")
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/a.csv")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func badPathsGetClearErrors() {
        let (s, dir) = session()
        s.run("load demo")
        s.run("count by class")
        try? FileManager.default.createDirectory(atPath: dir + "/sub.csv", withIntermediateDirectories: true)
        let folder = render(s, "export last to sub.csv")
        #expect(folder.contains("is a folder"))
        let missing = render(s, "export last to nowhere/x.csv")
        #expect(missing.contains("the folder") && missing.contains("does not exist"))
        let format = render(s, "export last to x.ods")
        #expect(format.contains("expected .csv, .xlsx, .json, .md or .txt") && format.contains("^"))
        let nothing = render(Session(environment: .plain), "export last to x.csv")
        #expect(nothing.contains("no result to export"))
    }

    /// Renaming over a device or a pipe would replace it (as root, /dev/null too): refused.
    @Test func aPipeIsNotReplaced() throws {
        let (s, dir) = session()
        s.run("load demo")
        s.run("count by class")
        #expect(mkfifo(dir + "/pipe.csv", 0o600) == 0)
        let text = render(s, "export last to pipe.csv")
        #expect(text.contains("is not a regular file"))
        let type = try FileManager.default.attributesOfItem(atPath: dir + "/pipe.csv")[.type] as? FileAttributeType
        #expect(type != nil && type != .typeRegular, "the pipe was replaced by a file")
    }

    @Test func unwritableFolder() throws {
        let (s, dir) = session()
        s.run("load demo")
        s.run("count by class")
        // Root writes anywhere a mode allows, but not into /sys.
        let target = getuid() == 0 ? "/sys/evsh-x.csv" : "ro/x.csv"
        if getuid() != 0 {
            try FileManager.default.createDirectory(atPath: dir + "/ro", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o500])
        }
        let text = render(s, "export last to \(target)")
        #expect(text.contains("cannot write in the folder") && text.contains("permission denied"), "\(text)")
        #expect(text.contains("^~~~"), "the caret points at the path")
    }

    @Test func workshopModeRefusesRows() {
        let (s, _) = session()
        s.run("load demo")
        s.run("set workshop on")
        #expect(render(s, "export demo to rows.csv").contains("individual students"))
    }

    func render(_ s: Session, _ line: String) -> String {
        TextRenderer.renderString(s.run(line), options: s.renderOptions)
    }

    /// The property through the whole path: random groups, `export … .csv`, read back.
    @Test func exportedCSVNeverRevealsAGroupUnderK() {
        let (s, dir) = session()
        var rng = SplitMix64(seed: 99)
        for i in 0..<200 {
            let k = 2 + Int(rng.next() % 12)
            s.settings.minGroup = k
            let sizes = (0..<(1 + Int(rng.next() % 6))).map { _ in Int(rng.next() % 25) }
            var rows = sizes.enumerated().map { [Cell.text("g\($0)"), .integer($1), .number(Double($1) / 2, decimals: 1)] }
            let withTotal = rng.next() % 2 == 0
            if withTotal { rows.append([.text("total"), .integer(sizes.reduce(0, +)), .number(1, decimals: 1)]) }
            s.lastResult = result(rows, header: ["group", "n", "mean"])
            #expect(!s.run("export last to p\(i).csv").failed)
            let lines = read(dir + "/p\(i).csv").split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            var hiddenSum = 0, hiddenCount = 0
            for (j, l) in lines.enumerated() where j < sizes.count {
                if let v = Int(l[1]) { #expect(v == 0 || v >= k) } else { #expect(l[1] == "<\(k)" && l[2] == "<\(k)"); hiddenSum += sizes[j]; hiddenCount += 1 }
            }
            let all = sizes.reduce(0, +)
            let totalKnown = withTotal ? Int(lines[sizes.count][1]) != nil : (all == 0 || all >= k)
            if totalKnown && hiddenCount > 0 { #expect(hiddenCount >= 2 && hiddenSum >= k, "k=\(k) sizes=\(sizes)") }
        }
    }
}
