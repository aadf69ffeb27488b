/// Small-group suppression with complementary suppression (domain.md B4).
///
/// 1. Primary: a row whose group has 1…K−1 students shows `<K` in every cell but its labels;
///    a cross-tab cell counting 1…K−1 students shows `<K`. (Zero is shown: it names nobody.)
/// 2. Complementary: the groups of a line (rows of a partition, the cells of a cross-tab row
///    or column) add up to a total that is shown or known elsewhere (`count` gives it). While
///    a line has one hidden member, or hidden members holding fewer than K students together,
///    its smallest visible non-empty member is hidden too; when none is left, the line's total
///    is hidden. Repeated until nothing changes, so no hidden cell can be worked out by
///    subtraction and no union of hidden cells under K can be.
public enum Suppression {
    /// The table with small groups hidden. Tables that say nothing about group sizes (neither
    /// `groups` nor an `n` column) are returned unchanged.
    public static func apply(_ t: ResultTable, k: Int) -> ResultTable {
        guard k > 1, let g = t.groups ?? GroupSizes.infer(t) else { return t }
        var s = State(t: t, g: g, k: k)
        s.run()
        var out = t
        out.groups = g
        var count = 0
        for r in t.rows.indices {
            for c in t.rows[r].indices where s.hidden[r][c] {
                if case .suppressed = t.rows[r][c] { continue }
                out.rows[r][c] = .suppressed(k: k)
                count += 1
            }
        }
        if count > 0 {
            out.footer.append("<\(k): a group of fewer than \(k) students (min-group \(k)), or a cell hidden so that one cannot be worked out")
        }
        return out
    }

    /// Every table in the output suppressed (charts are drawn text and pass unchanged).
    public static func apply(to output: Output, k: Int) -> Output {
        var o = output
        for i in o.blocks.indices {
            if case .table(let t) = o.blocks[i] { o.blocks[i] = .table(apply(t, k: k)) }
        }
        return o
    }

    /// The working state: which cells are hidden, and the lines to keep safe.
    struct State {
        let t: ResultTable
        let g: GroupSizes
        let k: Int
        var hidden: [[Bool]]

        init(t: ResultTable, g: GroupSizes, k: Int) {
            self.t = t
            self.g = g
            self.k = k
            hidden = t.rows.map { row in row.map { if case .suppressed = $0 { true } else { false } } }
        }

        func size(_ r: Int) -> Int? { r < g.rows.count ? g.rows[r] : nil }
        var groupRows: [Int] { t.rows.indices.filter { size($0) != nil && !g.totalRows.contains($0) } }

        func count(_ r: Int, _ c: Int) -> Int {
            guard c < t.rows[r].count else { return 0 }
            switch t.rows[r][c] {
            case .integer(let v): return v
            case .number(let d, _) where d.isFinite && abs(d) < 1e15: return Int(d.rounded())
            default: return 0
            }
        }
        func isHidden(_ r: Int, _ c: Int) -> Bool { c < hidden[r].count && hidden[r][c] }
        func rowHidden(_ r: Int) -> Bool {
            let cells = g.labelColumns..<t.rows[r].count
            return !cells.isEmpty && cells.allSatisfy { hidden[r][$0] }
        }
        mutating func hideRow(_ r: Int) { for c in g.labelColumns..<hidden[r].count { hidden[r][c] = true } }
        mutating func hide(_ r: Int, _ c: Int) { if c < hidden[r].count { hidden[r][c] = true } }

        mutating func run() {
            for r in t.rows.indices {
                if let n = size(r), n > 0, n < k { hideRow(r) }
                for c in g.countColumns { let v = count(r, c); if v > 0 && v < k { hide(r, c) } }
            }
            var changed = true
            var rounds = 0
            while changed && rounds < 4 * (t.rows.count + t.columns.count) + 4 {
                changed = false
                rounds += 1
                let members = groupRows
                if g.rowsPartition {
                    // The rows as groups: hiding one means hiding the row.
                    changed = line(members.map { ($0, -1, size($0) ?? 0) }, totals: g.totalRows.map { ($0, -1) }) || changed
                    for c in g.countColumns {
                        changed = line(members.map { ($0, c, count($0, c)) }, totals: g.totalRows.map { ($0, c) }) || changed
                    }
                }
                if g.columnsPartition {
                    for r in members + g.totalRows.sorted() {
                        changed = line(g.countColumns.map { (r, $0, count(r, $0)) }, totals: g.totalColumn.map { [(r, $0)] } ?? []) || changed
                    }
                }
            }
            for (c, src) in g.linkedColumns {
                for r in t.rows.indices where isHidden(r, src) { hide(r, c) }
            }
        }

        /// Keep one line safe; column −1 stands for the whole row. Returns true when it hid more.
        mutating func line(_ members: [(r: Int, c: Int, v: Int)], totals: [(r: Int, c: Int)]) -> Bool {
            func hid(_ m: (r: Int, c: Int, v: Int)) -> Bool { m.c < 0 ? rowHidden(m.r) : isHidden(m.r, m.c) }
            let h = members.filter(hid)
            if h.isEmpty { return false }
            if h.count >= 2 && h.reduce(0, { $0 + $1.v }) >= k { return false }
            if let next = members.filter({ !hid($0) && $0.v > 0 }).min(by: { $0.v < $1.v }) {
                if next.c < 0 { hideRow(next.r) } else { hide(next.r, next.c) }
                return true
            }
            var more = false
            for tot in totals {
                let already = tot.c < 0 ? rowHidden(tot.r) : isHidden(tot.r, tot.c)
                if !already {
                    if tot.c < 0 { hideRow(tot.r) } else { hide(tot.r, tot.c) }
                    more = true
                }
            }
            return more
        }
    }
}
