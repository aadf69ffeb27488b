import EvidenceData

/// What the privacy policy does to every output before anyone sees it (docs/privacy.md). In
/// workshop mode, every table's small groups are hidden with complementary suppression, every
/// count of students in a sentence (`Prose`) under min-group reads `<k`, and charts follow the
/// chart rules below. Outside workshop mode the output passes unchanged: exports apply their
/// own suppression.
public enum PrivacyStep {
    public static func apply(_ output: Output, settings: Settings) -> Output {
        guard settings.workshop else { return output }
        let k = settings.minGroup
        var o = output
        for i in o.blocks.indices {
            if case .table(var t) = o.blocks[i], !t.workshopCells.isEmpty || t.typedTitle != nil || !t.typedFooter.isEmpty {
                if let p = t.typedTitle { t.title = p.suppressing(k: k).text }
                for (l, p) in t.typedFooter where l < t.footer.count { t.footer[l] = p.suppressing(k: k).text }
                for (r, cells) in t.workshopCells where r < t.rows.count {
                    for (c, cell) in cells where c < t.rows[r].count { t.rows[r][c] = cell }
                }
                t.workshopCells = [:]
                o.blocks[i] = .table(t)
            }
        }
        o = Suppression.apply(to: o, k: k)
        var refusal: Diagnostic?
        for i in o.blocks.indices {
            switch o.blocks[i] {
            case .message(let p): o.blocks[i] = .message(p.suppressing(k: k))
            case .warning(let p): o.blocks[i] = .warning(p.suppressing(k: k))
            case .styled(let chart):
                switch chartRule(chart, k: k) {
                case .show(let c): o.blocks[i] = .styled(c)
                case .refuse(let d): refusal = d
                }
            default: break
            }
        }
        if let refusal {
            // A chart of individual students is not shown at all: nothing else of it either.
            return Output([.diagnostic(refusal)], status: .failed(.usage))
        }
        return o
    }

    enum ChartDecision { case show(StyledText), refuse(Diagnostic) }

    /// The chart rules, in workshop mode with min-group `k`:
    /// 1. a chart that draws a mark per student (scatter points, slope lines) is refused;
    /// 2. a chart of 1…k−1 students is refused (its shape is those students' values);
    /// 3. when any group of the chart (drawn or left out) or any count drawn is 1…k−1, every
    ///    count drawn is shown `<k`: a group's n beside the others' and a total known
    ///    elsewhere would otherwise give a hidden one back.
    static func chartRule(_ chart: StyledText, k: Int) -> ChartDecision {
        guard let p = chart.privacy else {
            return .show(chart.counts.contains { $0.n > 0 && $0.n < k } ? chart.hidingCounts(k: k) : chart)
        }
        if p.individual && p.students > 0 {
            return .refuse(Diagnostic(.error, category: .usage, kind: "privacy",
                                      message: "this chart draws one mark per student and is off in workshop mode",
                                      hint: "use 'plot box', 'plot hist' or 'plot heat'; or 'set workshop off'"))
        }
        if p.students > 0 && p.students < k {
            return .refuse(Diagnostic(.error, category: .usage, kind: "privacy",
                                      message: "this chart would show fewer than \(k) students (min-group \(k)) and is off in workshop mode",
                                      hint: "chart a larger group; or 'set workshop off'"))
        }
        let small = p.groups.contains { $0 > 0 && $0 < k } || chart.counts.contains { $0.n > 0 && $0.n < k }
        guard small, !chart.counts.isEmpty else { return .show(chart) }
        var c = chart.hidingCounts(k: k)
        c.lines.append("<\(k): counts hidden in workshop mode (a group of fewer than \(k) students)")
        return .show(c)
    }
}
