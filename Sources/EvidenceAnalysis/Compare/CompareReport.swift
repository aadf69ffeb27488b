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

    package static func lines(_ c: PairedComparison) -> [PairedComparison.Group] {
        c.groupedBy.isEmpty ? [c.overall] : c.groups + [c.overall]
    }

    package static func render(_ c: PairedComparison, normsTable: NormsTable?) -> Output {
        let a = c.cycleA, b = c.cycleB
        let dec = c.isGrade ? 2 : 1
        let groupHeader = c.groupedBy.isEmpty ? "students" : c.groupedBy.joined(separator: " · ")
        var out = Output()
        var intro = "\(c.measure) \(a) → \(b) (\(c.sourceA) → \(c.sourceB)): students with both values only"
        if c.isGrade { intro += "; grades compared on merit points (F 0, E 10, D 12.5, C 15, B 17.5, A 20)" }
        out.append(.message(Prose(intro)))
        var rows: [[Cell]] = lines(c).map { g in
            [.text(g.label), .integer(g.matched), .integer(g.onlyA), .integer(g.onlyB), .number(100 * g.matchRate, decimals: 0)]
        }
        out.append(.table(ResultTable(title: "matching", header: [groupHeader, "matched", "only \(a)", "only \(b)", "match %"], rows: rows,
                                      footer: ["match % = matched / students with a value at \(a) or \(b)"])
            .keyed("matching", [nil, nil, "only_a", "only_b", "match_pct"])))
        rows = lines(c).map { g in
            let m = g.moments
            return [.text(g.label), .integer(g.matched), .number(m.meanA, decimals: dec), .number(m.sdA, decimals: dec),
                    .number(m.meanB, decimals: dec), .number(m.sdB, decimals: dec),
                    .number(m.meanDiff, decimals: dec), .number(m.sdDiff, decimals: dec), .number(m.r, decimals: 2)]
        }
        out.append(.table(ResultTable(title: "means of the matched students", header: [
            groupHeader, "n", "mean \(a)", "sd \(a)", "mean \(b)", "sd \(b)", "gain", "sd gain", "r"], rows: rows)
            .keyed("means", [nil, "matched", "mean_a", "sd_a", "mean_b", "sd_b", "gain", "sd_gain", "r"])))
        rows = []
        for g in lines(c) {
            let m = g.moments
            let dz = m.dz, dav = m.dav, gav = m.gav
            rows.append([.text(g.label), .integer(g.matched),
                         .number(dz.value, decimals: 2), ci(dz.lower, dz.upper),
                         .number(dav.value, decimals: 2), ci(dav.lower, dav.upper),
                         .number(gav.value, decimals: 2), ci(gav.lower, gav.upper)])
        }
        out.append(.table(ResultTable(title: "effect sizes with 95% CI (normal: estimate ± 1.96·SE)", header: [
            groupHeader, "n", "d_z", "95% CI", "d_av", "95% CI", "g_av", "95% CI"], rows: rows,
            footer: ["d_z = gain/sd(gain) · d_av = gain/sqrt((sd_A^2+sd_B^2)/2) · g_av = J·d_av, J = 1 - 3/(4(n-1)-1)"])
            .keyed("effect_sizes", [nil, "matched", "d_z", "d_z", "d_av", "d_av", "g_av", "g_av"])))
        if let nt = normsTable {
            rows = []
            for g in lines(c) {
                guard let ns = g.norm else { continue }
                let v = ns.vsExpected
                rows.append([.text(g.label), .integer(ns.n), .number(g.moments.meanDiff, decimals: dec),
                             .number(ns.expectedGain, decimals: dec), .number(ns.esNorm, decimals: 2),
                             .number(v.value, decimals: 2), ci(v.lower, v.upper)])
            }
            out.append(.table(ResultTable(title: "against norms '\(nt.name)' (\(nt.source))", header: [
                groupHeader, "n", "gain", "expected gain", "ES_norm", "ES_vs_expected", "95% CI"], rows: rows,
                footer: ["expected gain from the norm means; ES_norm = expected gain/norm SD; ES_vs_expected = (gain - expected gain)/norm SD",
                         "norm SD: the norm SD at the second test; a negative ES_vs_expected means less growth than the norms expect"])
                .keyed("norms", [nil, "norm_n", "gain", "expected_gain", "es_norm", "es_vs_expected", "es_vs_expected"])))
        }
        if let first = lines(c).first, let bs = first.bootstrap ?? c.groups.first?.bootstrap {
            rows = []
            for g in lines(c) {
                guard let x = g.bootstrap else { continue }
                rows.append([.text(g.label), .integer(g.matched), ci(x.meanGain.0, x.meanGain.1, dec),
                             ci(x.dz.0, x.dz.1), ci(x.dav.0, x.dav.1)])
            }
            out.append(.table(ResultTable(
                title: "percentile bootstrap, \(bs.resamples) resamples of students (pairs kept), seed \(c.seed.map(String.init) ?? "–")",
                header: [groupHeader, "n", "gain 95% CI", "d_z 95% CI", "d_av 95% CI"], rows: rows,
                footer: c.groupedBy.isEmpty ? [] : ["each group resampled on its own (seed mixed with the group's name)"])
                .keyed("bootstrap", [nil, "matched", "boot_gain", "boot_d_z", "boot_d_av"])))
        }
        return out
    }
}
