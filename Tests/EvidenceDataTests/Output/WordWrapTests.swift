import Testing
@testable import EvidenceData

/// Tables never show a cut figure and prose wraps at words (issue 13 item 9).
struct WordWrapTests {
    @Test func proseWrapsAtWordsWithAnIndent() {
        let s = "warning: d_z (0.36) and d_av (0.19) differ because r = 0.86: d_z divides the gain by the SD of the gains"
        let lines = WordWrap.lines(s, width: 40)
        #expect(lines == ["warning: d_z (0.36) and d_av (0.19)", "  differ because r = 0.86: d_z divides", "  the gain by the SD of the gains"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        // Nothing is lost: the words come back in order.
        #expect(lines.joined(separator: " ").split(separator: " ") == s.split(separator: " "))
        #expect(WordWrap.lines("short", width: 40) == ["short"])
        // A word longer than the width stands whole on its own line.
        let path = "/tmp/" + String(repeating: "x", count: 50) + ".csv"
        #expect(WordWrap.lines("wrote 3 rows to \(path) (CSV)", width: 40) == ["wrote 3 rows to", "  \(path)", "  (CSV)"])
    }

    @Test func figuresAreNeverCut() {
        #expect(CellFit.minimumWidth("354 / 591.8 / 812") == 17)
        #expect(CellFit.cut("354 / 591.8 / 812", to: 10) == "354 / 591.8 / 812")
        #expect(CellFit.minimumWidth("[-0.01, 0.58]") == 13)
        #expect(CellFit.cut("[-0.01, 0.58]", to: 8) == "[-0.01, 0.58]")
        #expect(CellFit.minimumWidth("<5") == 2)
        #expect(CellFit.minimumWidth("P-3f9a2c71", whole: true) == 10)
        // A list is cut between its items, never inside one.
        #expect(CellFit.cut("5A 52, 6A 51, 4A 50, 6B 50", to: 16) == "5A 52, 6A 51, …")
        #expect(CellFit.minimumWidth("5A 52, 6A 51, 4A 50") == 8)
        #expect(CellFit.cut("5A 52, 6A 51, 4A 50, 6B 50, … (6 values)", to: 30) == "5A 52, 6A 51, … (6 values)")
        // Prose is cut at a word or inside a word, never inside a figure.
        #expect(CellFit.cut("Sara Åström och Karin Berg", to: 20) == "Sara Åström och Kar…")
        #expect(CellFit.minimumWidth("lang_background") == 8)
        #expect(CellFit.cut("demo school (synthetic: 300 students, years 4–6)", to: 30) == "demo school (synthetic: 300 …")
        #expect(CellFit.cut("demo school (synthetic: 3000 students)", to: 27) == "demo school (synthetic: …")
        // Leading figures stay; the note after them may go.
        #expect(CellFit.minimumWidth("79.4 / 89.4 / 97.1  [markers: ..×1]") == 20)
        #expect(CellFit.cut("79.4 / 89.4 / 97.1  [markers: ..×1]", to: 22) == "79.4 / 89.4 / 97.1  …")
    }

    @Test func anEightyColumnTableKeepsEveryFigureWhole() {
        let t = ResultTable(header: ["column", "type", "n", "missing", "min / mean / max", "distribution"], rows: [
            [.text("reading_c1_with_a_long_name"), .text("number"), .integer(287), .integer(13), .text("354 / 591.8 / 812"), .text("▁▂▂▄█▅▆▃▂▁")],
            [.text("class"), .text("text"), .integer(300), .integer(0), .text("5A 52, 6A 51, 4A 50, 6B 50, 4B 48"), .text("")],
        ])
        let lines = TableDrawer(options: RenderOptions(width: 60)).draw(t)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 }, "\(lines.joined(separator: "\n"))")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("354 / 591.8 / 812"))
        #expect(text.contains("5A 52, …") || text.contains("5A 52, 6A 51, …"))
        // What does not fit is left out with a note, wrapped, never cut.
        #expect(text.replacingOccurrences(of: "\n  ", with: " ").contains("(1 more column not shown: distribution; widen with 'set width N')"))
        // The width the left-out column frees goes back to the narrowed name column.
        #expect(lines.contains { DisplayWidth.of($0) == 60 }, "\(text)")
    }
}
