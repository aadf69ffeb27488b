import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Issue 13, item 16: the small things a careful tool gets right.
struct SmallThingsTests {
    @Test func countsAgreeWithTheirNouns() {
        #expect(Plural.of(1, "group") == "1 group" && Plural.of(0, "group") == "0 groups" && Plural.of(3, "match") == "3 matches")
        let p: Prose = "\(count: 1, "student") and \(count: 4, "row")"
        #expect(p.text == "1 student and 4 rows")
        #expect(p.suppressing(k: 10).text == "<10 students and <10 rows", "a hidden count takes the plural")

        let one = ["load demo", "filter student_id == \"E001\" as one"]
        let outputs = ["let z = reading_c1", "count by class", "count", "describe"].map { render(one + [$0]).text }
        #expect(outputs[0].contains("z: number, 1 value, 0 missing"), "\(outputs[0])")
        #expect(outputs[1].contains("1 row in 1 group"), "\(outputs[1])")
        #expect(outputs[2].trimmingCharacters(in: .newlines) == "1 row", "\(outputs[2])")
        #expect(outputs[3].hasPrefix("one: 1 row, 22 columns"), "\(outputs[3])")
        for t in outputs { #expect(!t.contains("1 values") && !t.contains("1 groups") && !t.contains("1 rows"), "\(t)") }
    }

    @Test func chartNotesAgreeWithTheirCounts() {
        let s = Session(environment: .plain)
        let t = Table(columns: [.numbers("m_c1", [1, 2, nil]), .numbers("m_c2", [2, nil, 3])])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "t")), name: "t")
        let slope = TextRenderer.renderString(s.run("plot slope m c1 -> c2"), options: s.renderOptions)
        #expect(slope.contains("1 student with both values") && !slope.contains("1 students"), "\(slope)")
        let g = Table(columns: [.grades("w1", [.A, .B, nil, .C]), .grades("w2", [.B, .B, .C, .C])])
        s.addTable(LoadedTable(table: g, source: DataSource(path: nil, description: "g")), name: "g")
        let heat = TextRenderer.renderString(s.run("plot heat w1 -> w2"), options: s.renderOptions)
        #expect(heat.contains("1 student with a missing value left out"), "\(heat)")
    }

    @Test func listOnAnEmptyViewSaysZeroRows() {
        let r = render(["load demo", "filter year == 9 as none", "use none", "list"])
        #expect(r.output.blocks.count == 1 && r.text.trimmingCharacters(in: .newlines) == "0 rows", "\(r.text)")
        let w = render(["load demo", "list student_id where year == 9"])
        #expect(w.text.trimmingCharacters(in: .newlines) == "0 rows", "\(w.text)")
    }

    @Test func aWorkshopBoxPlotDoesNotCountTheOutliersItHides() {
        let r = render(["load demo", "set workshop on", "plot box reading_c2 by class"])
        #expect(!r.text.contains("outliers: "), "\(r.text)")
        let flat = r.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.components(separatedBy: "outliers not marked").count == 2, "said once\n\(r.text)")
        let off = render(["load demo", "plot box reading_c2 by class"])
        #expect(off.text.contains("outliers: ") && !off.text.contains("not marked"), "\(off.text)")
    }
}
