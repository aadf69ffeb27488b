import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct SuppressionTests {
    func partition(_ sizes: [Int], total: Bool) -> ResultTable {
        var rows: [[Cell]] = sizes.enumerated().map { i, n in [.text("g\(i)"), .integer(n), .number(Double(n) * 1.5, decimals: 1)] }
        if total { rows.append([.text("total"), .integer(sizes.reduce(0, +)), .number(9, decimals: 1)]) }
        return ResultTable(header: ["group", "n", "mean"], rows: rows)
    }

    @Test func smallRowAndItsComplementAreHidden() {
        let t = Suppression.apply(partition([50, 3, 40, 20], total: true), k: 10)
        #expect(t.rows[1][1] == .suppressed(k: 10) && t.rows[1][2] == .suppressed(k: 10))
        #expect(t.rows[1][0] == .text("g1"), "labels stay")
        // 20 is the smallest other group: hidden so that total − others cannot give 3 back.
        #expect(t.rows[3][1] == .suppressed(k: 10))
        #expect(t.rows[0][1] == .integer(50) && t.rows[2][1] == .integer(40))
        #expect(t.rows[4][1] == .integer(113), "the total cannot give either hidden row back")
        #expect(t.footer.last?.contains("<10") == true)
    }

    @Test func twoSmallRowsUnderKTogetherPullInAThird() {
        let t = Suppression.apply(partition([2, 3, 30, 40], total: false), k: 10)
        #expect(t.rows[0][1] == .suppressed(k: 10) && t.rows[1][1] == .suppressed(k: 10))
        #expect(t.rows[2][1] == .suppressed(k: 10), "2 + 3 < 10, so the next smallest is hidden too")
        #expect(t.rows[3][1] == .integer(40))
    }

    @Test func totalOfASingleSmallGroupIsHidden() {
        let t = Suppression.apply(partition([4, 0], total: true), k: 10)
        #expect(t.rows[0][1] == .suppressed(k: 10))
        #expect(t.rows[1][1] == .integer(0), "an empty group names nobody")
        #expect(t.rows[2][1] == .suppressed(k: 10) && t.rows[2][2] == .suppressed(k: 10))
    }

    @Test func nothingSmallChangesNothing() {
        let before = partition([10, 12, 30], total: true)
        let t = Suppression.apply(before, k: 10)
        #expect(t.rows == before.rows)
        #expect(t.footer.isEmpty)
    }

    @Test func tablesWithoutSizesPassUnchanged() {
        let t = ResultTable(header: ["setting", "value"], rows: [[.text("width"), .integer(3)]])
        #expect(Suppression.apply(t, k: 10).rows == t.rows)
    }

    @Test func applyingTwiceIsStable() {
        let once = Suppression.apply(partition([50, 3, 40, 20], total: true), k: 10)
        let twice = Suppression.apply(once, k: 10)
        #expect(twice.rows == once.rows)
    }

    @Test func workshopModeSuppressesCountBy() {
        let r = render(["load demo", "set min-group 50", "set workshop on", "count by class"])
        // Class sizes: 4A 50, 4B 48, 5A 52, 5B 49, 6A 51, 6B 50.
        #expect(r.text.contains("<50"))
        #expect(!r.text.contains(" 48 ") && !r.text.contains(" 49 "))
        #expect(r.text.contains("52"))
        let off = render(["load demo", "set min-group 50", "count by class"])
        #expect(off.text.contains("48"), "outside workshop mode the screen shows every group")
    }

    // MARK: the property: nothing shown reveals a group under K

    /// A random cross-tab: rows are bands at A (size = row total), count columns bands at B,
    /// a row % beside each count, and maybe a total row.
    func crossTab(_ rng: inout SplitMix64) -> (ResultTable, counts: [[Int]], hasTotal: Bool) {
        let nr = 1 + Int(rng.next() % 5), nc = 2 + Int(rng.next() % 4)
        let counts = (0..<nr).map { _ in (0..<nc).map { _ in rng.next() % 3 == 0 ? 0 : Int(rng.next() % 25) } }
        let hasTotal = rng.next() % 2 == 0
        var rows: [[Cell]] = []
        func row(_ label: String, _ cs: [Int]) -> [Cell] {
            let n = cs.reduce(0, +)
            return [.text(label), .integer(n)] + cs.map { Cell.integer($0) } + cs.map { Cell.number(n == 0 ? 0 : 100 * Double($0) / Double(n), decimals: 1) }
        }
        for (i, cs) in counts.enumerated() { rows.append(row("b\(i)", cs)) }
        if hasTotal { rows.append(row("total", (0..<nc).map { c in counts.reduce(0) { $0 + $1[c] } })) }
        var t = ResultTable(header: ["band", "n"] + (0..<nc).map { "to \($0)" } + (0..<nc).map { "% \($0)" }, rows: rows)
        var linked: [Int: Int] = [:]
        for c in 0..<nc { linked[2 + nc + c] = 2 + c }
        t.groups = GroupSizes(rows: rows.map { r in if case .integer(let v) = r[1] { v } else { nil } }, labelColumns: 1,
                              totalRows: hasTotal ? [counts.count] : [], countColumns: (0..<nc).map { 2 + $0 },
                              totalColumn: 1, columnsPartition: true, linkedColumns: linked)
        return (t, counts, hasTotal)
    }

    /// An attacker who knows every line total (shown, or known from other output) and solves
    /// any line with exactly one unknown cell, again and again. Returns the values they learn.
    func attack(_ t: ResultTable, counts: [[Int]], nc: Int) -> [Int] {
        let nr = counts.count
        // A row's total is the `n` cell; a column's is the total row's cell, or known elsewhere
        // when the table has no total row.
        let rowTotalKnown = (0..<nr).map { t.rows[$0][1].isNumeric }
        let colTotalKnown = (0..<nc).map { c in
            let sum = counts.reduce(0) { $0 + $1[c] }
            return t.rows.count == nr ? (sum == 0 || sum >= t.rows.count * 0 + minK(t)) : t.rows[nr][2 + c].isNumeric
        }
        var known = (0..<nr).map { r in (0..<nc).map { c in t.rows[r][2 + c] != .suppressed(k: 0) && t.rows[r][2 + c].isNumeric } }
        var learned: [Int] = []
        var progress = true
        while progress {
            progress = false
            for r in 0..<nr where rowTotalKnown[r] {
                let unknown = (0..<nc).filter { !known[r][$0] }
                if unknown.count == 1 { known[r][unknown[0]] = true; learned.append(counts[r][unknown[0]]); progress = true }
            }
            for c in 0..<nc where colTotalKnown[c] {
                let unknown = (0..<nr).filter { !known[$0][c] }
                if unknown.count == 1 { known[unknown[0]][c] = true; learned.append(counts[unknown[0]][c]); progress = true }
            }
        }
        // Unknown cells of a line, together, are learned too (total − known cells).
        for r in 0..<nr where rowTotalKnown[r] { let u = (0..<nc).filter { !known[r][$0] }; if !u.isEmpty { learned.append(u.reduce(0) { $0 + counts[r][$1] }) } }
        for c in 0..<nc where colTotalKnown[c] { let u = (0..<nr).filter { !known[$0][c] }; if !u.isEmpty { learned.append(u.reduce(0) { $0 + counts[$1][c] }) } }
        return learned
    }

    /// K as written in the table's suppressed cells (the attack needs it for totals known elsewhere).
    func minK(_ t: ResultTable) -> Int {
        for row in t.rows { for c in row { if case .suppressed(let k) = c { return k } } }
        return Int.max
    }

    @Test func noShownCellOrTotalRevealsAGroupUnderK() {
        var rng = SplitMix64(seed: 2024)
        for _ in 0..<1000 {
            let k = 2 + Int(rng.next() % 14)
            let (t, counts, _) = crossTab(&rng)
            let nc = counts[0].count
            let s = Suppression.apply(t, k: k)
            for (r, row) in s.rows.enumerated() {
                // Every shown count is 0 or at least K, and a shown % sits beside a shown count.
                for (c, cell) in row.enumerated() where c >= 1 && c < 2 + nc {
                    if case .integer(let v) = cell { #expect(v == 0 || v >= k, "k=\(k) row \(r) shows \(v)") }
                }
                for c in 0..<nc where row[2 + c] == .suppressed(k: k) { #expect(row[2 + nc + c] == .suppressed(k: k)) }
            }
            // Neither the shown cells nor any total (shown or known elsewhere) gives back a group under K.
            for v in attack(s, counts: counts, nc: nc) {
                #expect(v == 0 || v >= k, "k=\(k): learned \(v) from \(s.rows.map { $0.map(\.display).joined(separator: " ") }.joined(separator: " / ")) counts \(counts)")
            }
        }
    }

    @Test func randomPartitionsKeepHiddenRowsSafe() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            let k = 2 + Int(rng.next() % 14)
            let sizes = (0..<(1 + Int(rng.next() % 7))).map { _ in Int(rng.next() % 30) }
            let total = rng.next() % 2 == 0
            let s = Suppression.apply(partition(sizes, total: total), k: k)
            let hidden = sizes.indices.filter { s.rows[$0][1] == .suppressed(k: k) }
            for i in sizes.indices where sizes[i] > 0 && sizes[i] < k { #expect(hidden.contains(i) && s.rows[i][2] == .suppressed(k: k)) }
            // A reader knows the total when it is shown, or (no total row) when it is not itself under K.
            let all = sizes.reduce(0, +)
            let totalKnown = total ? s.rows[sizes.count][1].isNumeric : (all == 0 || all >= k)
            if totalKnown && !hidden.isEmpty {
                let sum = hidden.reduce(0) { $0 + sizes[$1] }
                #expect(hidden.count >= 2 && sum >= k, "k=\(k) sizes=\(sizes) hidden=\(hidden)")
            }
        }
    }
}

/// The `n` column convention, for tables made by commands that set no `groups`.
struct GroupSizesConventionTests {
    @Test func crossTabOfTextCountsIsRead() {
        // The shape `bands` draws: "count (row %)" text cells, "·" for none, n last, a total row.
        let rows: [[Cell]] = [
            [.text("low"), .text("12 (60%)"), .text("8 (40%)"), .integer(20)],
            [.text("high"), .text("·"), .text("3 (100%)"), .integer(3)],
            [.text("total"), .integer(12), .integer(11), .integer(23)],
        ]
        let t = ResultTable(header: ["c1 \\ c2", "low", "high", "n"], rows: rows)
        let g = GroupSizes.infer(t)
        #expect(g?.labelColumns == 1)
        #expect(g?.countColumns == [1, 2])
        #expect(g?.totalColumn == 3 && g?.columnsPartition == true && g?.totalRows == [2])
        let s = Suppression.apply(t, k: 10)
        #expect(s.rows[0][2] == .suppressed(k: 10), "8 students")
        #expect(s.rows[1][2] == .suppressed(k: 10) && s.rows[1][3] == .suppressed(k: 10), "a row of 3")
        #expect(s.rows[1][0] == .text("high"))
    }

    @Test func summaryStyleTablesKeepTwoLabels() {
        let t = ResultTable(header: ["class", "expression", "n", "missing", "mean"], rows: [
            [.text("4A"), .text("reading_c1"), .integer(48), .integer(2), .number(500, decimals: 1)],
            [.text("4B"), .text("reading_c1"), .integer(4), .integer(0), .number(480, decimals: 1)],
            [.text("5A"), .text("reading_c1"), .integer(30), .integer(1), .number(520, decimals: 1)],
        ])
        #expect(GroupSizes.infer(t)?.labelColumns == 2)
        let s = Suppression.apply(t, k: 10)
        #expect(s.rows[1] == [.text("4B"), .text("reading_c1"), .suppressed(k: 10), .suppressed(k: 10), .suppressed(k: 10)])
        #expect(s.rows[2][4] == .suppressed(k: 10), "the next smallest group, so the total cannot give 4B back")
    }

    @Test func matchingTableCountsOnlyColumns() {
        let t = ResultTable(header: ["class", "matched", "only c1", "only c2", "match %"], rows: [
            [.text("4A"), .integer(45), .integer(3), .integer(2), .integer(90)],
            [.text("4B"), .integer(40), .integer(12), .integer(11), .integer(63)],
        ])
        let g = GroupSizes.infer(t)
        #expect(g?.countColumns == [2, 3])
        let s = Suppression.apply(t, k: 10)
        #expect(s.rows[0][2] == .suppressed(k: 10) && s.rows[0][3] == .suppressed(k: 10))
        #expect(s.rows[0][1] == .integer(45))
    }
}

struct SuppressionEdgeTests {
    @Test func declaredSizesThatDoNotFitTheTableDoNotTrap() {
        var t = ResultTable(header: ["a", "n"], rows: [[.text("x"), .integer(3)], [.text("y")], []])
        t.groups = GroupSizes(rows: [3, 2], labelColumns: 5, countColumns: [7], totalColumn: 9, columnsPartition: true, linkedColumns: [8: 7])
        _ = Suppression.apply(t, k: 10)
        t.groups = GroupSizes(rows: [3, 2, 1, 40], labelColumns: -1)
        let s = Suppression.apply(t, k: 10)
        #expect(s.rows[0] == [.suppressed(k: 10), .suppressed(k: 10)])
    }

    @Test func evidenceSentenceIsSuppressedInWorkshopMode() {
        let r = render(["load demo", "set min-group 200", "set workshop on", "evidence"])
        #expect(r.text.contains("<200 of 300 students have every source at every cycle"))
        #expect(r.text.contains("<200"))
    }
}

struct WorkshopCountTests {
    @Test func countUnderMinGroupSaysSo() {
        // 5A has 52 students; year 4 has 98.
        #expect(render(["load demo", "set min-group 60", "set workshop on", "count where class == \"5A\""]).text.contains("<60 of 300 rows"))
        #expect(render(["load demo", "set min-group 60", "set workshop on", "count where year == 4"]).text.contains("98 of 300 rows"))
        #expect(render(["load demo", "set min-group 60", "count where class == \"5A\""]).text.contains("52 of 300 rows"))
    }
}

/// Found in review: compare's matching table without `by` labels its rows "students", the same
/// name as a size column; its small "only c1" counts must still be hidden in workshop mode.
struct SuppressionLabelColumnTests {
    @Test func compareMatchingTableIsSuppressedWithoutBy() {
        let r = render(["load demo", "set workshop on", "filter class == \"5A\" as c", "compare reading c1 -> c2"])
        let matching = r.text.components(separatedBy: "means of the matched students")[0]
        // 5A: 45 matched, 5 only at c1, 2 only at c2 (see sessions/compare.md) — the small ones are hidden.
        #expect(matching.contains("45"))
        #expect(matching.contains("<10"))
        #expect(!matching.contains("│       5 │"), "a count of 5 students is shown:\n\(matching)")
    }
}

struct BandsFooterSuppressionTests {
    /// 5A's writing c1 → c3: "same" is 9 students (sessions and a run without workshop mode).
    @Test func upSameDownFollowWorkshopMode() {
        let open = render(["load demo", "filter class == \"5A\" as c", "bands writing c1 -> c3 grades"]).text
        #expect(open.contains("same 9 (20 %)"))
        let shared = render(["load demo", "set workshop on", "filter class == \"5A\" as c", "bands writing c1 -> c3 grades"]).text
        #expect(!shared.contains("same 9"))
        #expect(shared.contains("hidden in workshop mode"))
    }
}
