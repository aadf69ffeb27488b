import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct ShapingCommandTests {
    @Test func filterMakesAViewWithLineageAndNarrows() throws {
        let r = render(["load demo", "filter year == 5 as y5", "filter sen", "filter reading_c1 > 400", "datasets"])
        #expect(r.text.contains("y5"))
        #expect(r.text.contains("y5 → filter sen and reading_c1 > 400"))
        let s = r.session
        let y5 = try s.resolve("y5"), f = try s.resolve("filtered")
        #expect(y5.rowCount == 101)
        #expect(Set(f.selection ?? []).isSubset(of: Set(y5.selection ?? [])))
        // Every row of the narrowed view satisfies all three conditions.
        let t = f.table
        for r in f.selection ?? [] {
            let i = Int(r)
            #expect(t.column(named: "year")?.value(at: i) == .number(5))
            #expect(t.column(named: "sen")?.value(at: i) == .boolean(true))
            if case .number(let x) = t.column(named: "reading_c1")?.value(at: i) { #expect(x > 400) } else { Issue.record("reading missing") }
        }
        #expect(s.currentName == "filtered")
        #expect(try s.resolve("demo").rowCount == 300)
    }

    @Test func letOnAViewIsMissingOutsideItAndReLetReplaces() throws {
        let r = render(["load demo", "filter class == \"5A\" as a5", "let g = reading_c2 - reading_c1", "use demo", "count where g is not missing"])
        #expect(r.text.contains("of 300 rows"))
        let s = r.session
        let demo = try s.resolve("demo")
        let g = try #require(demo.table.column(named: "g"))
        let cls = try #require(demo.table.column(named: "class"))
        for i in 0..<demo.rowCount where cls.value(at: i) != .text("5A") { #expect(g.value(at: i).isMissing) }
        let again = s.run("let g = 1")
        #expect(TextRenderer.renderString(again, options: s.renderOptions).contains("replaced the earlier column 'g'"))
        #expect(try s.resolve("a5").table.column(named: "g")?.value(at: 0) == .number(1))
    }

    @Test func selectOnAViewLeavesTheLoadedTableAlone() throws {
        let r = render(["load demo", "filter year == 4 as y4", "select student_id, reading_c1", "rename reading_c1 to läsning"])
        #expect(!r.output.failed)
        let s = r.session
        #expect(try s.resolve("y4").table.columnNames == ["student_id", "läsning"])
        #expect(try s.resolve("y4").rowCount == 98)
        #expect(try s.resolve("demo").table.columns.count == 22)
        #expect(s.run("filter läsning > 500").failed == false)
    }

    @Test func sortOrdersRowsMissingLastAndFilterKeepsTheOrder() throws {
        let s = render(["load demo", "sort reading_c1 desc"]).session
        let d = try s.resolve(nil)
        let c = try #require(d.column(named: "reading_c1"))
        var last = Double.infinity, sawMissing = false
        for i in 0..<c.count {
            if case .number(let x) = c.value(at: i) {
                #expect(!sawMissing && x <= last)
                last = x
            } else { sawMissing = true }
        }
        #expect(sawMissing)
        _ = s.run("filter year == 6 as y6")
        let y6 = try #require(try s.resolve("y6").column(named: "reading_c1"))
        let xs = (0..<y6.count).compactMap { if case .number(let x) = y6.value(at: $0) { x } else { nil } }
        #expect(xs == xs.sorted(by: >))
    }

    @Test func countByExpressionsInNaturalOrder() {
        let r = render(["load demo", "count by writing_c1"])
        let rows = r.output.lastTable?.rows.map { $0[0].display } ?? []
        #expect(rows == ["A", "B", "C", "D", "E", "F", "(missing)"])
        let by2 = render(["load demo", "count by year, sen"]).output.lastTable
        #expect(by2?.rows.first.map { $0.map(\.display) } == ["4", "true", by2?.rows.first?[2].display ?? ""])
        #expect(by2?.rows.reduce(0) { if case .integer(let n) = $1[2] { $0 + n } else { $0 } } == 300)
    }

    @Test func countByTextWithMissingPutsMissingLast() throws {
        let c = try #require(smallTable().column(named: "class"))
        let t = GroupCounts([c], rows: c.count).table
        #expect(t.rows.map { $0.map(\.display) } == [["4A", "1"], ["5A", "2"], ["5B", "1"], ["(missing)", "1"]])
        let two = GroupCounts([c, try #require(smallTable().column(named: "sen"))], rows: c.count).table
        #expect(two.rows.map { $0.map(\.display) } == [["4A", "(missing)", "1"], ["5A", "true", "1"], ["5A", "false", "1"],
                                                      ["5B", "false", "1"], ["(missing)", "true", "1"]])
    }

    @Test func countWhereAgreesWithFilter() throws {
        let r = render(["load demo", "count where writing_c2 >= \"C\" and not sen"])
        let s = r.session
        _ = s.run("filter writing_c2 >= \"C\" and not sen")
        #expect(r.text == "\(try s.resolve(nil).rowCount) of 300 rows")
    }

    @Test func completionOffersNamesWhereTheyFit() {
        let cols = ["reading_c1", "reading_c2", "year", "Läsförståelse HT24"]
        let c1 = Expressions.completions(in: "year == 5 and rea", cursor: 17, columns: cols, datasets: ["demo"])
        #expect(c1.candidates == ["reading_c1", "reading_c2"])
        #expect(c1.replacing == 14..<17)
        let c2 = Expressions.completions(in: "me", cursor: 2, columns: cols, datasets: [])
        #expect(c2.candidates == ["mean(", "median("])
        let c3 = Expressions.completions(in: "year == 5 a", cursor: 11, columns: cols, datasets: [])
        #expect(c3.candidates == ["and", "as"])
        let c4 = Expressions.completions(in: "year == 5 as fo", cursor: 15, columns: cols, datasets: ["focus", "demo"])
        #expect(c4.candidates == ["focus"])
        let c5 = Expressions.completions(in: "Lä", cursor: 2, columns: cols, datasets: [])
        #expect(c5.candidates == ["`Läsförståelse HT24`"])
        #expect(Expressions.completions(in: "class == \"5", cursor: 11, columns: cols, datasets: []).candidates.isEmpty)
    }
}
