import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct CycleModelTests {
    @Test func demoIsWideWithFiveMeasures() {
        let m = CycleModel.detect(DemoSchool.table())
        #expect(m.shape == .wide)
        #expect(m.cycles == ["c1", "c2", "c3"])
        #expect(m.measures.map(\.name) == ["reading", "maths", "writing", "obs", "attendance"])
        #expect(m.measure(named: "writing")?.type == .grade)
        #expect(m.column(for: "reading", cycle: "c2") == "reading_c2")
        #expect(m.locate(column: "maths_c3")! == ("maths", "c3"))
    }

    @Test func suffixFamiliesOfManyKinds() {
        let n: [Double?] = [1, 2]
        let t = Table(columns: [
            .texts("elev_id", ["a", "b"], isID: true), .numbers("maths_vt25", n), .numbers("maths_ht24", n),
            .numbers("läsning_t1", n), .numbers("läsning_t2", n), .numbers("writing_grade_c1", n), .numbers("writing_grade_c10", n),
            .numbers("writing_grade_c2", n), .numbers("score_pre", n), .numbers("score_post", n),
            .numbers("lang_background", n), .numbers("age_years", n), .numbers("only_c1", n),
        ])
        let m = CycleModel.detect(t)
        #expect(Set(m.measures.map(\.name)) == ["maths", "läsning", "writing_grade", "score"])
        #expect(m.cycles(of: "maths") == ["ht24", "vt25"]) // autumn 2024 before spring 2025
        #expect(m.cycles(of: "writing_grade") == ["c1", "c2", "c10"]) // digits by value
        #expect(m.cycles(of: "score") == ["pre", "post"])
    }

    @Test func naturalOrderOfTerms() {
        #expect(CycleOrder.natural(["ht24", "vt25", "vt24", "ht2023"]) == ["ht2023", "vt24", "ht24", "vt25"])
        #expect(CycleOrder.natural(["post", "pre"]) == ["pre", "post"])
    }

    @Test func longWithMeasureColumns() throws {
        let t = demoLong()
        let m = CycleModel.detect(t)
        #expect(m.shape == .longColumns(cycle: "cycle"))
        #expect(m.measures.map(\.name) == ["reading", "maths"])
        #expect(m.cycles == ["c1", "c2", "c3"])
        let s = try m.series("reading", cycles: ["c1", "c2"], in: ResolvedDataset(name: "t", table: t, selection: nil))
        #expect(s.count == 300)
    }

    @Test func longWithMeasureAndValue() {
        let m = CycleModel.detect(demoLong(measureValue: true))
        #expect(m.shape == .longMeasureValue(cycle: "cycle", measure: "measure", value: "value"))
        #expect(m.measures.map(\.name) == ["maths", "reading"])
    }

    /// The same students compared from long data give the wide numbers.
    @Test func longCompareEqualsWide() {
        let wide = render(["load demo", "compare reading c1 -> c2 by class"]).output
        for long in [demoLong(), demoLong(measureValue: true)] {
            let s = session(with: long)
            let (_, o) = text(s, "compare reading c1 -> c2 by class")
            #expect(!o.failed)
            let a = table(wide, titled: "means")?.rows, b = table(o, titled: "means")?.rows
            #expect(a != nil && a == b)
            #expect(table(wide, titled: "matching")?.rows == table(o, titled: "matching")?.rows)
        }
    }

    @Test func cyclesCountsOnLongDataEqualWide() {
        for long in [demoLong(), demoLong(measureValue: true)] {
            let (t, o) = text(session(with: long), "cycles")
            #expect(!o.failed)
            #expect(t.contains("long (cycle column 'cycle'"))
            #expect(t.contains("│ reading │ number │  287 │  285 │  291 │"), "\(t)")
        }
    }

    @Test func longWithNumberCyclesAndIds() {
        // Cycle 1 and 2 as numbers, ids as numbers, rows in any order, one student seen once.
        let t = Table(columns: [
            .numbers("id", [7, 8, 7, 9, 8]), .numbers("term", [2, 1, 1, 1, 2]), .numbers("score", [60, 40, 50, 30, 44]),
        ])
        let s = session(with: t)
        let (txt, o) = text(s, "compare score 1 -> 2")
        #expect(!o.failed, "\(txt)")
        // matched: 7 (50 → 60), 8 (40 → 44); only at 1: 9
        #expect(table(o, titled: "matching")?.rows.first?.map(\.display) == ["all", "2", "1", "0", "67"])
        #expect(table(o, titled: "means")?.rows.first?[6].display == "7.0")
    }

    @Test func cyclesCommandShowsCountsAndStoresOrder() {
        let r = render(["load demo", "cycles"])
        #expect(r.text.contains("│ reading    │ number         │  287 │  285 │  291 │"))
        let s = r.session
        #expect(!s.run("cycles order c3 c1 c2").failed)
        #expect(s.state.cycleOrders["demo"] == ["c3", "c1", "c2"])
        let (t, _) = text(s, "cycles")
        #expect(t.contains("n c3 │ n c1 │ n c2"))
        #expect(t.contains("fixed with 'cycles order'"))
        // tail follows the fixed order: after c1 comes c2 only.
        let (tail, _) = text(s, "tail reading at c1")
        #expect(!tail.contains("│ c3 "))
        #expect(!s.run("cycles order auto").failed)
        #expect(s.state.cycleOrders["demo"] == nil)
    }

    @Test func noCyclesInAPlainTable() {
        let s = session(with: Table(columns: [.numbers("height", [1, 2])]))
        let (t, o) = text(s, "cycles")
        #expect(!o.failed && t.contains("no measure observed at several cycles"))
        let (e, o2) = text(s, "compare height a -> b")
        #expect(o2.failed && e.contains("no measure observed at several cycles"))
    }
}
