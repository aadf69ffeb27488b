import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis

/// Term tokens as cycles: their order in `cycles` and wide column names as measure × cycle.
struct TermTokenCycleTests {
    /// The order `cycles` uses: by time, whatever form each label was written in.
    @Test func naturalOrder() {
        let labels = ["vt25", "ht25", "ht24", "t2_2025", "t1_2025", "2025-05", "v12", "v3", "HT2023"]
        #expect(CycleOrder.natural(labels) == ["v3", "v12", "HT2023", "ht24", "vt25", "t1_2025", "2025-05", "t2_2025", "ht25"])
        #expect(TermToken.whole("ht24")!.key < TermToken.whole("vt25")!.key)
        #expect(TermToken.whole("VT2025")!.key == TermToken.whole("vt25")!.key)
        #expect(TermToken.whole("T1 2025")!.key < TermToken.whole("T2 2025")!.key)
        #expect(TermToken.whole("T4 2024")!.key < TermToken.whole("T1 2025")!.key)
        #expect(TermToken.whole("Lärarobservation HT24") == nil) // a name, not a label
    }

    /// Wide columns named with term tokens are measure × cycle (issue 13 item 3).
    @Test func wideColumnsWithTermTokens() {
        let n: [Double?] = [1, 2]
        let t = Table(columns: [
            .texts("elev_id", ["a", "b"], isID: true),
            .numbers("Lärarobservation HT24", n), .numbers("Lärarobservation VT25", n),
            .numbers("Reading T1 2025 (aRs)", n), .numbers("Reading T2 2025 (aRs)", n), .numbers("Reading T4 2024 (aRs)", n),
            .numbers("Poäng_ma_ht24", n), .numbers("Poäng_ma_vt25", n),
            .numbers("reading_c1", n), .numbers("reading_c2", n),
        ])
        let m = CycleModel.detect(t)
        #expect(m.measures.map(\.name) == ["Lärarobservation", "Reading (aRs)", "Poäng_ma", "reading"])
        #expect(m.cycles(of: "Lärarobservation") == ["ht24", "vt25"])
        #expect(m.cycles(of: "Reading (aRs)") == ["t4_2024", "t1_2025", "t2_2025"])
        #expect(m.column(for: "Reading (aRs)", cycle: "t1_2025") == "Reading T1 2025 (aRs)")
        #expect(m.locate(column: "Poäng_ma_vt25")! == ("Poäng_ma", "vt25"))
        #expect(m.cycles(of: "reading") == ["c1", "c2"])
    }
}
