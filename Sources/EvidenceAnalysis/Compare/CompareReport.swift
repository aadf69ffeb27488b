import EvidenceData

/// `compare` as output: a line saying what was compared, a matching-and-means table, an
/// effect-size table (every variant named), and optional norms and bootstrap tables.
/// With groups, the overall line ("all") comes last.
package enum CompareReport {
    /// `[lo, hi]`, or `–` when there is no interval: a bound missing, or zero width (an SE of
    /// 0, or resamples all alike), which would read as certainty (docs/analysis.md).
    package static func ci(_ lo: Double, _ hi: Double, _ dec: Int = 2) -> Cell {
        guard lo.isFinite, hi.isFinite, hi > lo else { return .missing(.empty) }
        return .interval(CellInterval(lower: lo, upper: hi, decimals: dec))
    }

    /// The lines shown, the overall one last, labelled in `language` ("all", "alla").
    package static func lines(_ c: PairedComparison, language: Language = .en) -> [PairedComparison.Group] {
        var shown = c.groupedBy.isEmpty ? [c.overall] : c.groups + [c.overall]
        if language != .en { shown[shown.count - 1].label = CommonMessage.all.text(language) }
        return shown
    }

    /// The report in `language`: titles, headers and footers from `CompareMessage`, the overall
    /// line's label too; the machine names of exports stay the same in every language.
    package static func render(_ c: PairedComparison, normsTable: NormsTable?, language: Language = .en) -> Output {
        let a = c.cycleA, b = c.cycleB
        let dec = c.isGrade ? 2 : 1
        let L = language
        typealias M = CompareMessage
        let groupHeader = c.groupedBy.isEmpty ? CommonMessage.students.text(L) : c.groupedBy.joined(separator: " · ")
        let groupKey: String? = c.groupedBy.isEmpty ? "students" : nil
        let shown = lines(c, language: L)
        func label(_ i: Int) -> Cell { .text(shown[i].label) }
        var out = Output()
        var intro = M.intro.prose(L, .text(c.measure), .text(a), .text(b), .text(c.sourceA), .text(c.sourceB))
        if c.isGrade { intro = intro + M.gradePoints.prose(L) }
        out.append(.message(intro))
        var rows: [[Cell]] = shown.indices.map { i in
            let g = shown[i]
            return [label(i), .integer(g.matched), .integer(g.onlyA), .integer(g.onlyB), .number(100 * g.matchRate, decimals: 0)]
        }
        out.append(.table(ResultTable(title: M.matchingTitle.text(L),
                                      header: [groupHeader, M.matched.text(L), M.only.text(L, .text(a)), M.only.text(L, .text(b)), M.matchPercent.text(L)],
                                      rows: rows, footer: [M.matchFooter.text(L, .text(a), .text(b))])
            .keyed("matching", [groupKey, "matched", "only_a", "only_b", "match_pct"])))
        rows = shown.indices.map { i in
            let g = shown[i]
            let m = g.moments
            return [label(i), .integer(g.matched), .number(m.meanA, decimals: dec), .number(m.sdA, decimals: dec),
                    .number(m.meanB, decimals: dec), .number(m.sdB, decimals: dec),
                    .number(m.meanDiff, decimals: dec), .number(m.sdDiff, decimals: dec), .number(m.r, decimals: 2)]
        }
        out.append(.table(ResultTable(title: M.meansTitle.text(L), header: [
            groupHeader, "n", M.mean.text(L, .text(a)), M.sd.text(L, .text(a)), M.mean.text(L, .text(b)), M.sd.text(L, .text(b)),
            M.gain.text(L), M.sdGain.text(L), "r"], rows: rows)
            .keyed("means", [groupKey, "matched", "mean_a", "sd_a", "mean_b", "sd_b", "gain", "sd_gain", "r"])))
        rows = []
        let ci95 = M.ci95.text(L)
        for (i, g) in shown.enumerated() {
            let m = g.moments
            let dz = m.dz, dav = m.dav, gav = m.gav
            rows.append([label(i), .integer(g.matched),
                         .number(dz.value, decimals: 2), ci(dz.lower, dz.upper),
                         .number(dav.value, decimals: 2), ci(dav.lower, dav.upper),
                         .number(gav.value, decimals: 2), ci(gav.lower, gav.upper)])
        }
        out.append(.table(ResultTable(title: M.effectTitle.text(L), header: [
            groupHeader, "n", "d_z", ci95, "d_av", ci95, "g_av", ci95], rows: rows,
            footer: [M.effectFooter.text(L)])
            .keyed("effect_sizes", [groupKey, "matched", "d_z", "d_z", "d_av", "d_av", "g_av", "g_av"])))
        if let nt = normsTable {
            rows = []
            for (i, g) in shown.enumerated() {
                guard let ns = g.norm else { continue }
                let v = ns.vsExpected
                rows.append([label(i), .integer(ns.n), .number(g.moments.meanDiff, decimals: dec),
                             .number(ns.expectedGain, decimals: dec), .number(ns.esNorm, decimals: 2),
                             .number(v.value, decimals: 2), ci(v.lower, v.upper)])
            }
            // The demo norms' own description is evsh's words; a loaded table's is the file's.
            let source = DemoNorms.source(of: nt, L)
            out.append(.table(ResultTable(title: M.normsTitle.text(L, .text(nt.name), .text(source)), header: [
                groupHeader, "n", M.gain.text(L), M.expectedGain.text(L), "ES_norm", "ES_vs_expected", ci95], rows: rows,
                footer: [M.normsFooter.text(L), M.normSDFooter.text(L)])
                .keyed("norms", [groupKey, "norm_n", "gain", "expected_gain", "es_norm", "es_vs_expected", "es_vs_expected"])))
        }
        if let first = shown.first, let bs = first.bootstrap ?? c.groups.first?.bootstrap {
            rows = []
            for (i, g) in shown.enumerated() {
                guard let x = g.bootstrap else { continue }
                rows.append([label(i), .integer(g.matched), ci(x.meanGain.0, x.meanGain.1, dec),
                             ci(x.dz.0, x.dz.1), ci(x.dav.0, x.dav.1)])
            }
            out.append(.table(ResultTable(
                title: M.bootstrapTitle.text(L, .quantity(bs.resamples), .text(c.seed.map(String.init) ?? "–")),
                header: [groupHeader, "n", M.gainCI.text(L), M.effectCI.text(L, "d_z"), M.effectCI.text(L, "d_av")], rows: rows,
                footer: c.groupedBy.isEmpty ? [] : [M.bootstrapFooter.text(L)])
                .keyed("bootstrap", [groupKey, "matched", "boot_gain", "boot_d_z", "boot_d_av"])))
        }
        return out
    }
}
