import EvidenceData
import EvidenceAnalysis

/// Small-group suppression with complementary suppression (docs/privacy.md, "Small groups are suppressed").
///
/// 1. Primary: a row whose group has 1…K−1 students shows `<K` in every cell but its labels;
///    a cross-tab cell counting 1…K−1 students shows `<K`. (Zero is shown: it names nobody.)
/// 2. Complementary: the groups of a line (rows of a partition, the cells of a cross-tab row
///    or column) add up to a total that is shown, or known elsewhere (`count` gives it) unless
///    it is itself under K. A reader who subtracts, line after line, must not be able to work
///    out a hidden group under K, nor hidden groups that together hold fewer than K. Where
///    they could, the line's smallest shown non-empty group is hidden too, or, when none is
///    left, the line's total. Repeated until the reader learns nothing under K.
public enum Suppression {
    /// The table with small groups hidden. Tables that say nothing about group sizes (neither
    /// `groups` nor an `n` column) are returned unchanged.
    public static func apply(_ t: ResultTable, k: Int, language: Language = .en) -> ResultTable {
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
        // A label of a group under K is hidden too when it names individuals: a number (a
        // student's score as a group) or a column with nearly one value per student (names,
        // comments): most groups under K, and many of them or fewer than two students a group.
        let small = s.groupRows.filter { r in
            let n = s.size(r) ?? 0
            // A row of no matched students can still count a few (`only c1`).
            return (n > 0 && n < k) || (n == 0 && g.countColumns.contains { c in let v = s.count(r, c); return v > 0 && v < k })
        }
        // With one label per student, a row of none (a pupil with no value) names a pupil too.
        let under = s.groupRows.filter { (s.size($0) ?? 0) < k }
        let students = s.groupRows.reduce(0) { $0 + (s.size($1) ?? 0) }
        let tiny = under.count * 2 > s.groupRows.count && (s.groupRows.count >= 20 || s.groupRows.count * 2 > students)
        let smallSet = Set(small)
        for r in Set(under).union(smallSet).sorted() {
            for c in 0..<max(0, min(g.labelColumns, t.rows[r].count)) where tiny || (smallSet.contains(r) && namesAValue(t.rows[r][c])) {
                if case .suppressed = out.rows[r][c] { continue }
                out.rows[r][c] = .suppressed(k: k)
                count += 1
            }
        }
        if count > 0 {
            out.footer.append(CommonMessage.suppressedFooter.text(language, .quantity(k)))
        }
        return out
    }

    /// A label that is a value of a student rather than a category: a number.
    static func namesAValue(_ c: Cell) -> Bool {
        switch c {
        case .integer, .number: return true
        case .text(let s): return Double(String(s.trimmed().map { $0 == "," ? "." : $0 })) != nil
        default: return false
        }
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
            if case .number(let d, _) = t.rows[r][c], d.isFinite, abs(d) < 1e15 { return Int(d.rounded()) }
            return GroupSizes.count(in: t.rows[r][c]) ?? 0
        }
        func isHidden(_ r: Int, _ c: Int) -> Bool { c < hidden[r].count && hidden[r][c] }
        /// The cells of row `r` that are not labels (none when the row is all labels).
        func values(_ r: Int) -> Range<Int> { min(max(0, g.labelColumns), hidden[r].count)..<hidden[r].count }
        func rowHidden(_ r: Int) -> Bool {
            let cells = values(r)
            return !cells.isEmpty && cells.allSatisfy { hidden[r][$0] }
        }
        mutating func hideRow(_ r: Int) { for c in values(r) { hidden[r][c] = true } }
        mutating func hide(_ r: Int, _ c: Int) { if c < hidden[r].count { hidden[r][c] = true } }

        mutating func run() {
            for r in t.rows.indices {
                if let n = size(r), n > 0, n < k { hideRow(r) }
                for c in g.countColumns { let v = count(r, c); if v > 0 && v < k { hide(r, c) } }
            }
            let lines = makeLines()
            // Complementary suppression: play the reader who subtracts, and hide more wherever
            // they could work out a group under K. Each round hides at least one more cell.
            var rounds = 0
            while let leak = attack(lines), rounds <= t.rows.count * max(1, t.columns.count) {
                rounds += 1
                if protect(lines[leak.line]) { continue }
                if leak.sources.reversed().contains(where: { protect(lines[$0]) }) { continue }
                for r in t.rows.indices { hideRow(r) }
                break
            }
            for (c, src) in g.linkedColumns {
                for r in t.rows.indices where isHidden(r, src) { hide(r, c) }
            }
        }

        /// A group of the table (a row, or a cross-tab cell; column −1 stands for the whole row).
        struct Member { var r: Int; var c: Int; var v: Int }
        /// Members that add up to a total: shown in the table (`totals`), or known elsewhere.
        struct Line { var members: [Member]; var totals: [(r: Int, c: Int)] }

        func makeLines() -> [Line] {
            var out: [Line] = []
            let members = groupRows
            if g.rowsPartition {
                out.append(Line(members: members.map { Member(r: $0, c: -1, v: size($0) ?? 0) }, totals: g.totalRows.map { ($0, -1) }))
                for c in g.countColumns {
                    out.append(Line(members: members.map { Member(r: $0, c: c, v: count($0, c)) }, totals: g.totalRows.map { ($0, c) }))
                }
            }
            if g.columnsPartition {
                for r in members + g.totalRows.sorted() {
                    out.append(Line(members: g.countColumns.map { Member(r: r, c: $0, v: count(r, $0)) },
                                    totals: g.totalColumn.map { [(r, $0)] } ?? []))
                }
            }
            return out.filter { !$0.members.isEmpty }
        }

        func shown(_ r: Int, _ c: Int) -> Bool { c < 0 ? !rowHidden(r) : !isHidden(r, c) }

        /// Whether a reader knows the line's total: it is shown, or (with no total in the table)
        /// it is known from elsewhere unless it is itself a group under K.
        func totalKnown(_ l: Line) -> Bool {
            if l.totals.isEmpty {
                let sum = l.members.reduce(0) { $0 + $1.v }
                return sum == 0 || sum >= k
            }
            return l.totals.contains { shown($0.r, $0.c) }
        }

        struct Key: Hashable { var r: Int; var c: Int }

        /// The first line where subtraction gives away a group under K (one cell, or the hidden
        /// cells together), with the lines whose solved cells led there; nil when safe.
        func attack(_ lines: [Line]) -> (line: Int, sources: [Int])? {
            var known = Set<Key>()
            for l in lines { for m in l.members where shown(m.r, m.c) { known.insert(Key(r: m.r, c: m.c)) } }
            let open = lines.indices.filter { totalKnown(lines[$0]) }
            var sources: [Int] = []
            var progress = true
            while progress {
                progress = false
                for i in open {
                    let unknown = lines[i].members.filter { !known.contains(Key(r: $0.r, c: $0.c)) }
                    if unknown.count == 1 {
                        let m = unknown[0]
                        if m.v > 0 && m.v < k { return (i, sources) }
                        known.insert(Key(r: m.r, c: m.c))
                        sources.append(i)
                        progress = true
                    }
                }
            }
            for i in open {
                let rest = lines[i].members.filter { !known.contains(Key(r: $0.r, c: $0.c)) }.reduce(0) { $0 + $1.v }
                if rest > 0 && rest < k { return (i, sources) }
            }
            return nil
        }

        /// Hide the line's smallest shown non-empty member, or else its shown totals. Returns
        /// false when there was nothing left to hide.
        mutating func protect(_ l: Line) -> Bool {
            if let m = l.members.filter({ shown($0.r, $0.c) && $0.v > 0 }).min(by: { $0.v < $1.v }) {
                if m.c < 0 { hideRow(m.r) } else { hide(m.r, m.c) }
                return true
            }
            var more = false
            for tot in l.totals where shown(tot.r, tot.c) {
                if tot.c < 0 { hideRow(tot.r) } else { hide(tot.r, tot.c) }
                more = true
            }
            return more
        }
    }
}
