import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Personnummer anywhere, not only in a personnummer column: inside text cells, in a column that
/// is only partly personnummer, in column names, in load errors, in typed commands (entries,
/// journal, saved scripts, transcripts) and in exports (docs/privacy.md, "The rules").
struct PersonnummerLeakTests {
    /// Valid personnummer (date and Luhn checked), in their 12-digit form.
    static let pnr = ["20130419-5579", "20131104-0255", "20161021-6929"]
    static let raws = ["20130419", "1304195579", "5579", "20131104", "0255", "20161021", "6929"]

    static func leaks(_ text: String) -> [String] { raws.filter { text.contains($0) } }

    /// Every value of every column, and the names, as one text.
    static func allText(_ t: Table) -> String {
        var out = t.columns.map(\.name).joined(separator: "\n")
        for c in t.columns { for r in 0..<t.rowCount { out += "\n" + c.value(at: r).description } }
        return out
    }

    @Test func aPersonnummerInsideATextCellBecomesItsPseudonym() throws {
        let f = LoadFixtures()
        var csv = "id;name;score\n"
        for i in 0..<20 { csv += "T-\(i);Elev \(i)\(i == 0 ? " (\(Self.pnr[0]))" : "");\(i)\n" }
        f.write("names.csv", csv)
        // The same person in a personnummer column, for the pseudonym the column rule gives.
        f.write("ids.csv", "personnummer;x\n\(Self.pnr[0]);1\n\(Self.pnr[1]);2\n")
        let loaded = f.run("load names.csv")
        #expect(!loaded.output.failed, "\(loaded.text)")
        #expect(Self.leaks(loaded.text).isEmpty)
        #expect(loaded.text.contains("1 cell changed"), "the report says how many cells: \(loaded.text)")
        let t = try #require(f.table("names"))
        #expect(Self.leaks(Self.allText(t)).isEmpty)
        _ = f.run("load ids.csv")
        let ids = try #require(f.table("ids"))
        let pseudonym = ids.columns[0].value(at: 0).description
        #expect(pseudonym.hasPrefix("P-"))
        #expect(t.columns[1].value(at: 0).description == "Elev 0 (\(pseudonym))", "one person, one pseudonym")
    }

    @Test func aColumnThatIsPartlyPersonnummerShowsNoneOfThem() throws {
        // Leak 11: 40 % personnummer, the rest temporary ids — under the whole-column rule's half.
        let f = LoadFixtures()
        let valid = ["20130419-5579", "1311040255", "161021-6929", "130479-1237"]
        var csv = "pnr;score\n"
        for (i, p) in valid.enumerated() { csv += "\(p);\(i)\n" }
        for i in 0..<6 { csv += "TMP-\(i);\(i)\n" }
        f.write("mixed.csv", csv)
        let loaded = f.run("load mixed.csv")
        #expect(!loaded.output.failed, "\(loaded.text)")
        let t = try #require(f.table("mixed"))
        let text = Self.allText(t)
        #expect(Self.leaks(text).isEmpty && !text.contains("1237"), "\(text)")
        for r in 0..<4 { #expect(t.columns[0].value(at: r).description.hasPrefix("P-")) }
        #expect(t.columns[0].value(at: 4).description == "TMP-0", "the temporary ids stay")
        let list = f.run("list")
        #expect(Self.leaks(list.text).isEmpty)
    }

    @Test func aNumberColumnThatIsPartlyPersonnummerBecomesText() throws {
        // Without separators the file's personnummer read as numbers, the temporary ids too.
        let f = LoadFixtures()
        var csv = "pnr;score\n201304195579;1\n201311040255;2\n1610216929;3\n"
        for i in 0..<6 { csv += "\(900_001 + i);\(i)\n" }
        f.write("numbers.csv", csv)
        let loaded = f.run("load numbers.csv")
        #expect(!loaded.output.failed, "\(loaded.text)")
        let t = try #require(f.table("numbers"))
        #expect(Self.leaks(Self.allText(t)).isEmpty, "\(Self.allText(t))")
        for r in 0..<3 { #expect(t.columns[0].value(at: r).description.hasPrefix("P-")) }
        #expect(t.columns[0].value(at: 3).description == "900001", "the temporary ids stay")
        #expect(loaded.text.contains("3 cells changed"), "\(loaded.text)")
    }

    @Test func aColumnNameHoldingAPersonnummerIsReplaced() throws {
        let f = LoadFixtures()
        f.write("odd.csv", "class;\(Self.pnr[1])\n4A;1\n4B;2\n")
        let loaded = f.run("load odd.csv")
        #expect(!loaded.output.failed, "\(loaded.text)")
        #expect(Self.leaks(loaded.text).isEmpty, "\(loaded.text)")
        let t = try #require(f.table("odd"))
        #expect(Self.leaks(t.columns.map(\.name).joined()).isEmpty)
        #expect(Self.leaks(f.run("describe").text).isEmpty)
    }

    @Test func aLoadErrorNeverPrintsARawPersonnummer() {
        // Today: "type: '20161021-6929' in column 'pnr', where the other … values are numbers".
        let f = LoadFixtures()
        var csv = "pnr;score\n"
        for i in 0..<40 { csv += "\(1000 + i);\(i)\n" }
        csv += "\(Self.pnr[2]);1\n"
        f.write("bad.csv", csv)
        let o = f.run("load bad.csv")
        #expect(o.output.failed)
        #expect(Self.leaks(o.text).isEmpty, "\(o.text)")
        #expect(o.text.contains("<personnummer>") || o.text.contains("P-"), "\(o.text)")
    }

    @Test func aTypedPersonnummerIsNeverRecorded() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir, state: dir + "/state")
        s.run("load demo")
        s.run("count where student_id == \"\(Self.pnr[1])\"  # was \(Self.pnr[0])")
        s.run("note ask about 201610216929")
        for e in s.entries {
            #expect(Self.leaks(e.input + (e.comment ?? "")).isEmpty, "entry: \(e.input)")
        }
        #expect(s.entries[1].input.contains("<personnummer>"), "no key yet: the placeholder")
        let journal = try String(contentsOfFile: try #require(s.journal?.path), encoding: .utf8)
        #expect(Self.leaks(journal).isEmpty, "\(journal)")
        #expect(!s.run("session save s.evsh").failed)
        #expect(!s.run("session export s.md").failed)
        for file in ["s.evsh", "s.md"] {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            #expect(Self.leaks(text).isEmpty, "\(file): \(text)")
        }
    }

    @Test func withAKeyATypedPersonnummerBecomesItsPseudonym() throws {
        let f = LoadFixtures()
        f.write("ids.csv", "personnummer;x\n\(Self.pnr[0]);1\n\(Self.pnr[1]);2\n")
        _ = f.run("load ids.csv")
        let pseudonym = try #require(f.table("ids")).columns[0].value(at: 0).description
        _ = f.run("count where personnummer == \"\(Self.pnr[0])\"")
        let input = try #require(f.session.entries.last).input
        #expect(input == "count where personnummer == \"\(pseudonym)\"")
    }

    @Test func aFileNamedByAPersonnummerLeavesNoTrace() throws {
        let f = LoadFixtures()
        f.write("elev-\(Self.pnr[0]).csv", "class;score\n4A;1\n4B;2\n")
        let o = f.run("load elev-\(Self.pnr[0]).csv")
        #expect(!o.output.failed, "\(o.text)")
        #expect(Self.leaks(o.text).isEmpty, "\(o.text)")
        #expect(Self.leaks(f.session.datasets.map(\.name).joined()).isEmpty, "the dataset's name")
        #expect(!f.run("session save s.evsh").output.failed)
        let script = try String(contentsOfFile: f.folder + "/s.evsh", encoding: .utf8)
        #expect(Self.leaks(script).isEmpty, "\(script)")
    }

    @Test func anExportHoldsNoPersonnummer() throws {
        let f = LoadFixtures()
        var csv = "id;name;score\n"
        for i in 0..<20 { csv += "T-\(i);Elev \(i)\(i < 2 ? " (\(Self.pnr[i]))" : "");\(i)\n" }
        f.write("names.csv", csv)
        _ = f.run("load names.csv")
        for (command, file) in [("export names to out.csv", "out.csv"), ("export names to out.json", "out.json")] {
            let o = f.run(command)
            #expect(!o.output.failed, "\(o.text)")
            let text = try String(contentsOfFile: f.folder + "/" + file, encoding: .utf8)
            #expect(Self.leaks(text).isEmpty, "\(file): \(text)")
        }
    }
}

/// What the user typed comes back on screen in a diagnostic or a sentence: never a personnummer.
struct EchoedPersonnummerTests {
    @Test func aDiagnosticQuotingTheTypedLineMasksItAndKeepsTheCaret() {
        let s = Session(environment: .plain)
        _ = s.run("load demo")
        let o = s.run("filter student_id == 20131104-0255 +")
        let text = TextRenderer.renderString(o, options: s.renderOptions)
        #expect(o.failed)
        #expect(!text.contains("20131104-0255") && !text.contains("201311040255"), "\(text)")
        #expect(text.contains("••••••••-••••"), "\(text)")
    }

    @Test func aWarningQuotingTheTypedConditionHidesIt() {
        let s = Session(environment: .plain)
        _ = s.run("load demo")
        let text = TextRenderer.renderString(s.run("filter student_id == \"20131104-0255\""), options: s.renderOptions)
        #expect(!text.contains("20131104-0255"), "\(text)")
    }
}
