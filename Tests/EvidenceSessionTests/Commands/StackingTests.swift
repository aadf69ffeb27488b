import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// `load A B`, a folder and a glob stack their files (issue 13 item 1, issue 14 item 3); the
/// term files are the golden session's (sessions/terms/: Windows-1252, ';', two title lines,
/// decimal commas, personnummer, a `..` marker).
struct StackingTests {
    static let termFiles = ["NP åk6 HT2024.csv", "NP åk6 VT2025.csv"]

    /// A fixture folder holding the two term files under `terms/`.
    static func withTermFiles() throws -> LoadFixtures {
        let f = LoadFixtures()
        try FileManager.default.createDirectory(atPath: f.folder + "/terms", withIntermediateDirectories: true)
        for n in termFiles {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: TestPaths.inPackage("sessions/terms/" + n)))
            f.write("terms/" + n, bytes: Array(bytes))
        }
        return f
    }

    @Test func twoTermFilesStackIntoLongDataThatCyclesAndCompareRead() throws {
        let f = try Self.withTermFiles()
        let (o, text) = f.run("load \"terms/NP åk6 VT2025.csv\" \"terms/NP åk6 HT2024.csv\" as np with id=Personnummer")
        #expect(!o.failed, "\(text)")
        let lines = text.unwrapped.split(separator: "\n").map(String.init)
        #expect(lines.first == "np: 26 rows, 8 columns · 2 files stacked · source and cycle columns added · markers: .. ×1")
        // HT before VT whatever order they were typed in; each file's own findings.
        #expect(lines[1] == "NP åk6 HT2024.csv: 13 rows, 5 columns · ';' · decimal comma · Windows-1252 · 2 title lines skipped · markers: .. ×1 · cycle ht24 · lacks Närvaro")
        #expect(lines[2] == "NP åk6 VT2025.csv: 13 rows, 6 columns · ';' · decimal comma · Windows-1252 · 2 title lines skipped · cycle vt25 · adds Närvaro")
        #expect(text.contains("id: Personnummer"))
        let t = try #require(f.table("np"))
        #expect(t.columnNames == ["source", "cycle", "Personnummer", "Klass", "Kön", "Poäng", "Provbetyg", "Närvaro"])
        #expect(t.column(named: "Poäng")?.type == .number) // decimal commas read in both files
        #expect(t.column(named: "Poäng")?.value(at: 1) == .number(44.5))
        // One student, one pseudonym: 13 + 13 rows, 14 students (12 in both files).
        let id = try #require(t.column(named: "Personnummer"))
        guard case .text(let ids) = id.data else { Issue.record("the id is text"); return }
        #expect(ids.dictionary.count == 14)
        #expect(ids.dictionary.allSatisfy { $0.hasPrefix("P-") })
        for n in ["20130421-9320", "201304219320", "1304219320"] { #expect(!text.contains(n)) }

        let (co, cycles) = f.run("cycles")
        #expect(!co.failed, "\(cycles)")
        #expect(cycles.contains("long (cycle column 'cycle'"))
        #expect(cycles.contains("cycle order: ht24 vt25"))
        // Matched students' Poäng, computed with numpy 2.4.6 from the two files (pairs present in
        // both): n = 11, mean gain 5.5909, sd 2.7002, d_z 2.0706, d_av 0.7866, r 0.928.
        let (cmp, ctext) = f.run("compare Poäng ht24 -> vt25")
        #expect(!cmp.failed, "\(ctext)")
        let means = table(cmp, titled: "means")?.rows.first
        #expect(means?[1].display == "11")
        #expect(means?[2].display == "34.7" && means?[4].display == "40.3")
        #expect(means?[6].display == "5.6" && means?[7].display == "2.7")
        let es = table(cmp, titled: "effect sizes")?.rows.first
        #expect(es?[2].display == "2.07" && es?[4].display == "0.79")
    }

    @Test func aFolderLoadsItsExportsAndIsNamedAfterTheirSharedStem() throws {
        let f = try Self.withTermFiles()
        f.write("terms/notes.md", "not an export\n")
        f.write("terms/.hidden.csv", "a\n1\n")
        f.write("terms/~$NP åk6 HT2024.csv", "lock")
        f.write("terms/LÄS MIG.txt", "Exporten från Skolverket, två terminer.\n")
        let (o, text) = f.run("load terms/")
        #expect(!o.failed, "\(text)")
        #expect(text.hasPrefix("NP_åk6: 26 rows"))
        #expect(!text.contains("notes.md") && !text.contains("hidden") && !text.contains("LÄS") && !text.contains("~$"))
        #expect(f.session.currentName == "NP_åk6")
    }

    @Test func aGlobMatchesInSwiftAndNoMatchIsAClearError() throws {
        let f = try Self.withTermFiles()
        f.write("terms/other.txt", "x\n1\n")
        let (o, text) = f.run("load terms/NP*.csv as results")
        #expect(!o.failed, "\(text)")
        #expect(f.table("results")?.rowCount == 26)
        let (bad, btext) = f.run("load terms/*.xlsx as results")
        #expect(bad.failed)
        #expect(btext.contains("no file matches 'terms/*.xlsx'"))
        #expect(btext.contains("the folder holds: NP åk6 HT2024.csv, NP åk6 VT2025.csv, other.txt"))
        #expect(btext.contains("^~~"))
        let (nf, ntext) = f.run("load nowhere/*.csv")
        #expect(nf.failed && ntext.contains("no folder 'nowhere'"))
        let (deep, dtext) = f.run("load */x.csv")
        #expect(deep.failed && dtext.contains("works in the file name only"))
    }

    @Test func filesThatLackOrAddColumnsAndKindsThatDisagree() throws {
        let f = LoadFixtures()
        f.write("k HT24.csv", "elev_id,score,klass\na,12,4A\nb,14,4B\n")
        f.write("k VT25.csv", "elev_id,score,närvaro\na,15,90\nc,x1,85\n")
        f.write("k HT25.csv", "elev_id,klass\nb,5B\n")
        let (o, text) = f.run("load k*.csv as k")
        #expect(!o.failed, "\(text)")
        #expect(text.contains("k HT24.csv: 2 rows, 3 columns · ',' · UTF-8 · cycle ht24 · lacks närvaro"))
        #expect(text.contains("k VT25.csv: 2 rows, 3 columns · ',' · UTF-8 · cycle vt25 · lacks klass · adds närvaro"))
        #expect(text.contains("k HT25.csv: 2 rows, 2 columns") == false) // one row
        #expect(text.contains("k HT25.csv: 1 rows, 2 columns · ',' · UTF-8 · cycle ht25 · lacks score, närvaro"))
        #expect(text.contains("'score' is text in the stack: it was number in k HT24.csv, text in k VT25.csv"))
        let t = try #require(f.table("k"))
        #expect(t.column(named: "score")?.type == .text)
        #expect((0..<5).map { t.column(named: "score")!.value(at: $0).description } == ["12", "14", "15", "x1", ""])
        #expect((0..<5).map { t.column(named: "cycle")!.value(at: $0).description } == ["ht24", "ht24", "vt25", "vt25", "ht25"])
        #expect(t.idColumn?.name == "elev_id")
    }

    @Test func oneFileThatFailsNamesThatFileAndLoadsNothing() throws {
        let f = LoadFixtures()
        f.write("a.csv", "id,score\n1,2\n")
        f.write("b.csv", "id,score\n1,2\n3,4,5\n6,7\n")
        let (o, text) = f.run("load a.csv b.csv as both")
        #expect(o.failed)
        #expect(text.contains("b.csv:3:1: error: ragged row"))
        #expect(text.contains("while loading b.csv, file 2 of 2 to stack: nothing was loaded"))
        #expect(f.table("both") == nil && f.table("a") == nil)
        let (m, mtext) = f.run("load a.csv missing.csv")
        #expect(m.failed && mtext.contains("missing.csv"))
    }

    /// Unquoted, a file name with spaces is several paths; the hint says to quote it.
    @Test func aPathWithSpacesWithoutQuotesIsHinted() throws {
        let f = try Self.withTermFiles()
        let (o, text) = f.run("load terms/NP åk6 HT2024.csv")
        #expect(o.failed)
        #expect(text.contains("no file 'terms/NP'"))
        #expect(text.contains("hint: a path with spaces needs quotes: load \"terms/NP åk6 HT2024.csv\""))
    }

    @Test func namesWithoutATermGetOnlyASourceColumn() throws {
        let f = LoadFixtures()
        f.write("klass 4A.csv", "id,score\n1,2\n")
        f.write("klass 4B.csv", "id,score\n2,3\n")
        let (o, text) = f.run("load \"klass 4B.csv\" \"klass 4A.csv\"")
        #expect(!o.failed, "\(text)")
        #expect(text.contains("source column added") && !text.contains("cycle"))
        let t = try #require(f.session.tables[f.session.currentName ?? ""]?.table)
        #expect(t.columnNames == ["source", "id", "score"])
        #expect(t.column(named: "source")?.value(at: 0) == .text("klass 4A.csv"))
    }

    /// A personnummer in a file name (121212-1212: valid by the Luhn rule, see
    /// LoadPseudonymTests) is shown nowhere: not in the lines, the source column or `datasets`.
    @Test func personnummerInFileNamesAreNotShown() throws {
        let f = LoadFixtures()
        f.write("121212-1212 HT24.csv", "id,score\n1,2\n")
        f.write("121212-1212 VT25.csv", "id,score\n1,3\n")
        var text = ""
        for line in ["load *.csv as p", "list", "datasets", "load \"121212-1212 HT24.csv\" as one", "datasets"] {
            let (o, t) = f.run(line)
            #expect(!o.failed, "\(t)")
            text += t
        }
        #expect(!text.contains("121212-1212") && !text.contains("1212121212"))
        #expect(text.contains("P-"))
        #expect(f.table("p")?.column(named: "cycle")?.value(at: 1) == .text("vt25"))
    }

    @Test func appendStacksLoadedDatasetsTheSameWay() throws {
        let f = LoadFixtures()
        f.write("ma_ht24.csv", "elev_id,Poäng\na,10\nb,12\n")
        f.write("ma_vt25.csv", "elev_id,Poäng,närvaro\na,13,90\nb,12,80\n")
        _ = f.run("load ma_ht24.csv")
        _ = f.run("load ma_vt25.csv")
        let (o, text) = f.run("append ma_vt25 ma_ht24")
        #expect(!o.failed, "\(text)")
        #expect(text.contains("ma: 4 rows, 5 columns · 2 datasets stacked · source and cycle columns added"))
        #expect(text.contains("ma_ht24: 2 rows, 2 columns · cycle ht24 · lacks närvaro"))
        // Append keeps the order named.
        #expect(f.table("ma")?.column(named: "source")?.value(at: 0) == .text("ma_vt25"))
        let (c, ctext) = f.run("compare Poäng ht24 -> vt25")
        #expect(!c.failed, "\(ctext)")
        #expect(table(c, titled: "means")?.rows.first?[6].display == "1.5") // gains 3 and 0
        let (dup, dtext) = f.run("append ma_ht24 ma_vt25 as ma")
        #expect(dup.failed && dtext.contains("exists already"))
        let (twice, ttext) = f.run("append ma_ht24 ma_ht24 as x")
        #expect(twice.failed && ttext.contains("named twice"))
        let (none, ntext) = f.run("append ma_ht24 nope as x")
        #expect(none.failed && ntext.contains("no dataset named 'nope'"))
    }
}
