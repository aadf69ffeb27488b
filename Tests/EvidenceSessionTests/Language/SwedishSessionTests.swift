import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// A session in Swedish (issue 15): `set language`, the compare path with no English sentence
/// left, the common errors, and transcripts that record and replay their language.
struct SwedishSessionTests {
    static func swedish(_ lines: [String], width: Int = 100) -> (text: String, output: Output, session: Session) {
        render(["set language sv"] + lines, width: width)
    }

    @Test func setLanguage() {
        let (text, _, s) = render(["set language sv"])
        #expect(s.settings.language == .sv)
        #expect(text == "language = sv (svenska)")
        let bad = render(["set language fi"])
        #expect(bad.output.failed)
        #expect(bad.text.contains("'language' takes sv or en, not 'fi'"))
        #expect(Session().settings.language == .en)
    }

    /// The bar of issue 15: headers, footnotes and warnings Swedish, decimal commas, no English
    /// sentence; the effect sizes keep their names.
    @Test(arguments: ["compare reading c1 -> c2 by class", "compare reading c1 -> c2", "compare writing c1 -> c2 by class",
                      "compare reading c1 -> c3 norms demo", "compare reading c1 -> c2 bootstrap 200 seed 3"])
    func compareInSwedish(_ command: String) {
        let (text, output, _) = Self.swedish(["load demo", "norms demo", "filter reading_c1 < 540 as low", command])
        #expect(!output.failed, "\(text)")
        #expect(text.contains("matchade") && text.contains("d_z") && text.contains("95 % KI"))
        #expect(text.contains("alla"))
        #expect(!text.contains(" all "))
        for line in text.split(separator: "\n") {
            // A norms table's source text is data (its file's own description), not evsh's words.
            if line.contains("demo norms (synthetic") { continue }
            #expect(EnglishWords.found(in: String(line)).isEmpty, "still English: \(line)")
            // Decimal commas: no number with a point (1.96 is written 1,96).
            #expect(line.range(of: #"\d\.\d"#, options: .regularExpression) == nil, "a decimal point: \(line)")
        }
    }

    @Test func compareNumbersAreTheEnglishOnesWithCommas() {
        let en = render(["load demo", "compare reading c1 -> c2 by class"]).text
        let sv = Self.swedish(["load demo", "compare reading c1 -> c2 by class"]).text
        #expect(en.contains("│ all   │ 272 │ 0.36 │ [0.24, 0.49]  │"))
        #expect(sv.contains("│ alla  │ 272 │ 0,36 │ [0,24; 0,49]  │"))
        #expect(sv.contains("varning: d_z (0,36) och d_av (0,19) skiljer sig åt eftersom r = 0,86"))
        // The same table in both: the same count of lines, each as wide.
        let enLines = en.split(separator: "\n"), svLines = sv.split(separator: "\n")
        #expect(enLines.filter { $0.hasPrefix("│") }.count == svLines.filter { $0.hasPrefix("│") }.count)
    }

    /// In workshop mode a statistic of too few students is hidden with a Swedish note.
    @Test func workshopModeHidesInSwedish() {
        let (text, _, _) = Self.swedish(["load demo", "set workshop on", "set min-group 46", "filter class == \"5A\" as a5", "compare reading c1 -> c2"])
        #expect(text.contains("(dolt: färre än 46 elever)"), "\(text)")
        #expect(text.contains("<46: en grupp med färre än 46 elever"), "\(text)")
        #expect(!text.contains("hidden"))
        for line in text.split(separator: "\n") where !line.hasPrefix("min-group = ") {
            // 'min-group' is a setting's name, quoted as the user types it.
            #expect(EnglishWords.foundOutsideQuotes(in: String(line)).isEmpty, "still English: \(line)")
        }
    }

    @Test func commonErrorsInSwedish() {
        #expect(Self.swedish(["comprae"]).text.contains("fel: okänt kommando 'comprae'\n  comprae\n  ^~~~~~~\ntips: menade du 'compare'?"))
        #expect(Self.swedish(["count"]).text.contains("fel: ingen datamängd är inläst"))
        #expect(Self.swedish(["use nothing"]).text.contains("det finns ingen datamängd som heter 'nothing'"))
        let col = Self.swedish(["load demo", "filter yeer == 5"]).text
        #expect(col.contains("fel: okänd kolumn 'yeer'") && col.contains("tips: menade du 'year'?"))
        let by = Self.swedish(["load demo", "compare reading c1 -> c2 by klass"]).text
        #expect(by.contains("okänd kolumn 'klass'") && by.contains("menade du 'class'?"))
    }

    @Test func loadReportInSwedish() {
        #expect(Self.swedish(["load demo"]).text.hasPrefix("demo: 300 rader, 22 kolumner – demoskola"))
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let path = dir + "/prov.csv"
        FileManager.default.createFile(atPath: path, contents: Data("elev;poäng\nE1;12,5\nE2;13\n".utf8))
        let (text, _, _) = Self.swedish(["load '\(path)'"])
        #expect(text.contains("prov: 2 rader, 2 kolumner · ';' · decimalkomma"))
        #expect(text.contains("typer: 1 tal, 1 text"))
    }

    /// A transcript says its language, and a check replays in it.
    @Test func transcriptsRecordTheirLanguage() {
        let s = Session(environment: .plain)
        s.settings.language = .sv
        s.run("load demo")
        s.run("compare reading c1 -> c2 by class")
        let md = TranscriptWriter.render(s)
        #expect(md.contains(" language=sv "))
        #expect(md.contains("0,36"))
        let report = TranscriptChecker.check(md)
        #expect(report.passed, "\(report.lines(file: "sv.md").joined(separator: "\n"))")
        // `evsh check` reports in the transcript's language.
        #expect(report.lines(file: "sv.md") == ["sv.md: 2 kommandon, all utdata som när den spelades in"])
        // An English transcript's header is as it always was.
        let (_, _, en) = render(["load demo"])
        #expect(!TranscriptWriter.render(en).contains("language="))
        // Read in English, the Swedish transcript no longer matches.
        let asEnglish = md.replacingOccurrences(of: " language=sv", with: "")
        let changed = TranscriptChecker.check(asEnglish)
        #expect(!changed.passed)
        #expect(changed.lines(file: "x.md").last == "x.md: 2 of 2 outputs changed")
        #expect(changed.lines(file: "x.md").first == "--- x.md:12: expected output of 'load demo'")
        #expect(TranscriptChecker.check(md.replacingOccurrences(of: " language=sv", with: " language=fi")).problem?.contains("language=fi") == true)
    }

    @Test func helpCompareInSwedish() {
        let (text, _, _) = Self.swedish(["help compare"])
        #expect(text.hasPrefix("så skrivs det: compare MEASURE A -> B [by COLUMNS]"))
        #expect(text.contains("Följ samma elever") && text.contains("Exempel") && text.contains("# hela skolan"))
        for line in text.split(separator: "\n") {
            // The usage line and the examples' commands are what the user types: never translated.
            // An argument line is its term (typed words), two spaces, then what it means.
            let said = line.contains("#") ? String(line.split(separator: "#").last ?? "")
                : line.hasPrefix("  ") ? (line.components(separatedBy: "  ").last { !$0.isEmpty } ?? "") : String(line)
            if line.hasPrefix("så skrivs det:") { continue }
            let unquoted = said.split(separator: "'", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
            let words = unquoted.split(separator: " ").filter { !$0.allSatisfy { $0.isUppercase || !$0.isLetter } }
            #expect(EnglishWords.found(in: words.joined(separator: " ")).isEmpty, "still English: \(line)")
        }
        // English help is as it was.
        #expect(render(["help compare"]).text.hasPrefix("usage: compare MEASURE A -> B"))
    }

    /// Every line evsh printed in the Swedish sessions (sessions/sv/*.md, the ```text blocks)
    /// holds no common English word (issue 15). Quoted words are what the user types, and the
    /// demo norms' description is the norms file's own text (data, like a column's values).
    @Test(arguments: SessionsFolderTests.markdownFiles(in: "sv/"))
    func swedishSessionsHaveNoEnglish(_ name: String) throws {
        let text = try String(contentsOfFile: TestPaths.packageRoot + "/sessions/" + name, encoding: .utf8)
        var inOutput = false, lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inOutput = line == "```text"; continue }
            guard inOutput else { continue }
            lines += 1
            var said = line.split(separator: "'", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
            if let data = said.range(of: "demo norms (synthetic, invented for the demo school; not") { said.removeSubrange(data.lowerBound...) }
            if said.hasPrefix("  real national norms)") { continue }
            // An export's report lists the tables by their machine names (`means`), never translated.
            if let keys = said.range(of: "tabellerna ") { said.removeSubrange(keys.lowerBound...) }
            #expect(EnglishWords.found(in: said).isEmpty, "\(name): still English: \(line)")
        }
        #expect(lines > 20, "\(name): no output found")
    }

    /// The workshop tour's commands in Swedish: Swedish headers, decimal commas, the English
    /// machine names kept for exports, and English exactly as it was.
    @Test func tourCommandsInSwedish() {
        func sv(_ command: String, workshop: Bool = false) -> String {
            Self.swedish(["load demo"] + (workshop ? ["set workshop on"] : []) + [command]).text
        }
        let describe = sv("describe")
        #expect(describe.hasPrefix("demo: 300 rader, 22 kolumner"))
        #expect(describe.contains("│ kolumn ") && describe.contains("│ year            │ tal "), "\(describe)")
        #expect(describe.contains("4 / 5,0 / 6"))
        #expect(sv("count by class").contains("300 rader i 6 grupper"))
        let tail = sv("tail reading at c1", workshop: true)
        #expect(tail.contains("de lägsta 20 % i reading vid c1") && tail.contains("│ lägsta "), "\(tail)")
        #expect(tail.contains("regression mot medelvärdet: de lägstas z steg med 0,21 till c2"))
        let bands = sv("bands writing c1 -> c3 grades", workshop: true)
        #expect(bands.contains("│ totalt  │") && bands.contains("upp 106 (40 %) · samma 77 (29 %) · ned 83 (31 %) – 266 elever med värden vid båda"), "\(bands)")
        // The privacy step still finds the group sizes: small cells are hidden in Swedish too.
        #expect(bands.contains("<10"))
        let en = render(["load demo", "count by class"]).text
        #expect(en.contains("300 rows in 6 groups"))
        // Exports keep the English keys: the describe table's columns are `column`, `type` ….
        let (_, out, _) = Self.swedish(["load demo", "describe"])
        let tables = out.blocks.compactMap { b -> ResultTable? in if case .table(let t) = b { t } else { nil } }
        #expect(tables.first?.columns.map(\.machineKey).prefix(4) == ["column", "type", "n", "missing"])
    }

    @Test func chartWordsInSwedish() {
        let box = Self.swedish(["load demo", "set workshop on", "plot box reading_c1 by class"]).text
        #expect(box.contains("låda: Q1 till Q3 (typ 7)") && box.contains("markeras inte (workshopläge)"), "\(box)")
        let line = Self.swedish(["load demo", "plot line reading over cycles by class"]).text
        #expect(line.hasPrefix("medelvärde reading") && line.contains("n per mättillfälle: 287; 285; 291"), "\(line)")
        #expect(render(["load demo", "plot line reading over cycles"]).text.contains("n per cycle: 287, 285, 291"))
        let hist = Self.swedish(["load demo", "plot hist reading_c1"]).text
        #expect(hist.contains("saknas 13 (4,3 %)") && hist.contains("staplar med bredden"), "\(hist)")
        let bar = Self.swedish(["load demo", "plot bar mean(reading_c1) by class"]).text
        #expect(bar.contains("per class") && bar.contains("n per grupp: "), "\(bar)")
        let heat = Self.swedish(["load demo", "plot heat writing c1 -> c2"]).text
        #expect(heat.contains("från writing_c1 (rader)") && heat.contains("skuggning") && heat.contains("högre betyg"), "\(heat)")
        let scatter = Self.swedish(["load demo", "plot scatter reading_c1 reading_c2 diagonal"]).text
        #expect(scatter.contains("punkter") && scatter.contains("prickad linje y = x"), "\(scatter)")
        let slope = Self.swedish(["load demo", "filter class == \"5A\" as a5", "plot slope reading c1 -> c2"]).text
        #expect(slope.contains("upp ") && slope.contains("(heldragen)"), "\(slope)")
        for text in [box, line, hist, bar, heat, scatter, slope] {
            for l in text.split(separator: "\n") { #expect(EnglishWords.found(in: String(l)).isEmpty, "still English: \(l)") }
        }
    }

    /// summary, cycles and the dataset commands in Swedish, English keys kept, no English word.
    @Test func datasetCommandsInSwedish() {
        func sv(_ lines: String...) -> String { Self.swedish(["load demo"] + lines).text }
        let summary = sv("summary reading_c1, writing_c1")
        #expect(summary.hasPrefix("sammanfattning av demo (300 rader)") && summary.contains("│ uttryck ") && summary.contains("591,8"), "\(summary)")
        #expect(summary.contains("writing_c1: betyg som poäng (F 0, E 10, D 12,5"))
        let cycles = sv("cycles")
        #expect(cycles.contains("mått × 3 mättillfällen, bred (en kolumn per mått och mättillfälle)") && cycles.contains("(naturlig)"), "\(cycles)")
        let datasets = sv("filter class == \"5A\" as a5", "datasets")
        #expect(datasets.contains("│ datamängd ") && datasets.contains("* aktuell"), "\(datasets)")
        #expect(sv("use demo") == "använder demo (300 rader)")
        #expect(sv("let z = reading_c1 / 10").hasPrefix("z: tal, 287 värden, 13 saknas"))
        #expect(sv("sort reading_c1 desc").contains("sorterad efter reading_c1 (fallande)"))
        #expect(sv("list limit 3").contains("3 av 300 rader ('limit N' visar fler)"))
        let longer = sv("pivot longer")
        #expect(longer.contains("demo_long: 900 rader, ") && longer.contains("mättillfällen c1, c2, c3 i 'cycle'"), "\(longer)")
        #expect(sv("pivot longer", "pivot wider").contains("demo_long_wide: 300 rader"))
        let join = Self.swedish(["load demo", "load demo as copy", "use demo", "join copy on student_id"]).text
        #expect(join.contains("matchade 300 av 300 rader i demo") && join.contains("använde 300 av 300 rader i copy"), "\(join)")
        #expect(sv("set").contains("│ inställning ") && sv("set").contains("│ värde "))
        for text in [summary, cycles, datasets] {
            for line in text.split(separator: "\n") {
                #expect(EnglishWords.foundOutsideQuotes(in: String(line)).isEmpty, "still English: \(line)")
            }
        }
        #expect(render(["load demo", "summary reading_c1"]).text.hasPrefix("summary of demo (300 rows)"))
        let (_, out, _) = Self.swedish(["load demo", "summary reading_c1"])
        let keys = out.blocks.compactMap { b -> [String]? in if case .table(let t) = b { t.columns.map(\.machineKey) } else { nil } }.first
        #expect(keys == ["expression", "n", "missing", "mean", "sd", "min", "q1", "median", "q3", "max"])
    }
}
