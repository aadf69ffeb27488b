import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Real column names as measure × cycle (issue 13 item 3): term tokens in names, any two columns
/// in `compare`, `join … suffix`, e-asTTle's `Year Level` for norms.
struct TermColumnTests {
    // Scores whose paired statistics were computed with numpy 2.4.6:
    // gains 2, 4, 1, 1 → mean 2.0, sd(ddof=1) 1.4142, d_z 1.4142.
    static let wide = Table(columns: [
        .texts("Elev", ["a", "b", "c", "d"], isID: true),
        .numbers("Lärarobservation HT24", [10, 11, 9, 12]), .numbers("Lärarobservation VT25", [12, 15, 10, 13]),
        .numbers("Reading T1 2025 (aRs)", [1400, 1420, 1380, 1500]), .numbers("Reading T2 2025 (aRs)", [1450, 1500, 1400, 1530]),
        .numbers("pre", [1, 2, 3, 1]), .numbers("post", [2, 2, 5, 4]),
    ])

    @Test func termTokensInColumnNamesAreCycles() {
        let s = session(with: Self.wide)
        let (t, o) = text(s, "cycles")
        #expect(!o.failed, "\(t)")
        #expect(t.contains("Lärarobservation") && t.contains("Reading (aRs)"))
        #expect(t.contains("n ht24") && t.contains("n t1_2025"))
        let (c, co) = text(s, "compare Lärarobservation ht24 -> vt25")
        #expect(!co.failed, "\(c)")
        #expect(table(co, titled: "means")?.rows.first?[6].display == "2.0")
        #expect(table(co, titled: "effect sizes")?.rows.first?[2].display == "1.41")
        // The column form names the same measure and cycles.
        let (b, bo) = text(s, "compare `Reading T1 2025 (aRs)` -> `Reading T2 2025 (aRs)`")
        #expect(!bo.failed, "\(b)")
        #expect(b.contains("Reading (aRs) t1_2025 → t2_2025"))
    }

    @Test func anyTwoColumnsCompare() {
        let s = session(with: Self.wide)
        // pre → post gains 1, 0, 2, 3: mean 1.5, sd 1.2910 (numpy 2.4.6).
        let (t, o) = text(s, "compare pre -> post")
        #expect(!o.failed, "\(t)")
        #expect(t.contains("pre → post"))
        #expect(table(o, titled: "means")?.rows.first?[6].display == "1.5")
        #expect(table(o, titled: "means")?.rows.first?[7].display == "1.3")
        // Two different measures compare too, as the user named them.
        let (x, xo) = text(s, "compare `Lärarobservation HT24` -> pre")
        #expect(!xo.failed, "\(x)")
        #expect(x.contains("Lärarobservation HT24 → pre"))
        let (e, eo) = text(s, "compare pre -> Elev")
        #expect(eo.failed, "\(e)")
    }

    @Test func joinChoosesTheSuffix() {
        let ht = Table(columns: [.texts("elev_id", ["a", "b"], isID: true), .numbers("Poäng", [10, 12])])
        let vt = Table(columns: [.texts("elev_id", ["a", "b"], isID: true), .numbers("Poäng", [13, 12])])
        let s = session(with: ht, name: "ma_ht24")
        s.addTable(LoadedTable(table: vt, source: DataSource(path: nil, description: "test")), name: "ma_vt25")
        _ = s.run("use ma_ht24")
        let (one, o1) = text(s, "join ma_vt25 suffix vt25 as j1")
        #expect(!o1.failed, "\(one)")
        #expect(s.tables["j1"]?.table.columnNames == ["elev_id", "Poäng", "Poäng_vt25"])
        _ = s.run("use ma_ht24")
        let (two, o2) = text(s, "join ma_vt25 suffix ht24,vt25 as j2")
        #expect(!o2.failed, "\(two)")
        #expect(two.contains("with the suffixes _ht24 and _vt25: Poäng → Poäng_ht24, Poäng_vt25"))
        #expect(s.tables["j2"]?.table.columnNames == ["elev_id", "Poäng_ht24", "Poäng_vt25"])
        let (c, co) = text(s, "compare Poäng ht24 -> vt25")
        #expect(!co.failed, "\(c)")
        #expect(table(co, titled: "means")?.rows.first?[6].display == "1.5")
        // The join suffix of a dataset named after a term: Poäng_ma_ht24 is Poäng_ma at ht24.
        let m = CycleModel.detect(Table(columns: [.numbers("Poäng_ma_ht24", [1]), .numbers("Poäng_ma_vt25", [2])]))
        #expect(m.measures.map(\.name) == ["Poäng_ma"] && m.cycles == ["ht24", "vt25"])
        let (bad, bo) = text(s, "join ma_vt25 suffix a,b,c")
        #expect(bo.failed && bad.contains("cannot be a suffix"))
    }

    /// `evidence` and `pivot longer` read the same families as `cycles`.
    @Test func pivotLongerReadsTermTokens() {
        let f = MeasureFamilies(columnNames: Self.wide.columnNames)
        #expect(f.families.map(\.measure) == ["Lärarobservation", "Reading (aRs)"])
        #expect(f.cycles == ["ht24", "vt25", "t1_2025", "t2_2025"])
        let s = session(with: Self.wide)
        let (t, o) = text(s, "pivot longer")
        #expect(!o.failed, "\(t)")
        let (c, co) = text(s, "cycles")
        #expect(!co.failed && c.contains("long (cycle column"), "\(c)")
    }

    @Test func yearLevelIsTheYearForNorms() {
        #expect(NormsLookup.isYearColumn("Year Level"))
        #expect(NormsLookup.isYearColumn("year-level"))
        #expect(!NormsLookup.isYearColumn("Year Group Name"))
        let t = Table(columns: [
            .texts("id", ["a", "b", "c", "d"], isID: true), .numbers("reading_c1", [1400, 1420, 1380, 1500]),
            .numbers("reading_c2", [1450, 1500, 1400, 1530]), .numbers("Year Level", [5, 5, 6, 6]),
        ])
        let (r, o) = text(session(with: t), "compare reading c1 -> c2 norms demo")
        #expect(!o.failed, "\(r)")
        #expect(r.contains("ES_vs_expected"))
    }
}
