import EvidenceData

/// The warnings that belong beside a comparison (docs/analysis.md, "Warnings and what to do
/// about them"): small n, low match rate, regression to the mean in a view selected on low
/// scores, and d_z versus d_av. `origin` is
/// how the dataset was made (a view's filter), to tell a view selected on the measure.
package enum CompareWarnings {
    package static let smallN = 30
    package static let lowMatchRate = 0.8

    package static func warnings(_ c: PairedComparison, dataset d: ResolvedDataset, origin: String, model: CycleModel) -> [Prose] {
        var out: [Prose] = []
        let shown = CompareReport.lines(c)
        let small = shown.filter { $0.matched < smallN }
        if !small.isEmpty {
            if shown.count > 1, GroupSizes.labelsNameIndividuals(shown.map(\.matched)) {
                // One group per student (a name column): the labels are not repeated in a sentence
                // (the privacy step leaves them out in workshop mode).
                let names = small.prefix(8).map(\.label).joined(separator: ", ") + (small.count > 8 ? ", …" : "")
                out.append("small group: wide uncertainty — \(Plural.of(small.count, "group")) under 30 students\(individual: " (\(names))"). Under 30 students, read the CI rather than the point estimate.")
            } else {
                let list = small.prefix(8).map { Prose("\($0.label) (n = \(count: $0.matched))") }.joined(", ")
                out.append("small group: wide uncertainty — \(list)\(small.count > 8 ? ", …" : ""). Under 30 students, read the CI rather than the point estimate.")
            }
        }
        let low = shown.filter { $0.matchRate < lowMatchRate && $0.matched + $0.onlyA + $0.onlyB > 0 }
        if !low.isEmpty {
            if shown.count > 1, GroupSizes.labelsNameIndividuals(shown.map { $0.matched + $0.onlyA + $0.onlyB }) {
                // One group per student: no labels, rates or counts of single students in a sentence.
                let names = low.prefix(8).map(\.label).joined(separator: ", ") + (low.count > 8 ? ", …" : "")
                out.append("match rate under 80 %: \(Plural.of(low.count, "group"))\(individual: " (\(names))"). Students who left or arrived may differ from those who stayed; report the attrition beside the result.")
            } else {
                let list = low.prefix(8).map { Prose("\($0.label) \(NumberFormat.fixed(100 * $0.matchRate, decimals: 0) + " %", of: $0.matched + $0.onlyA + $0.onlyB) (\(count: $0.onlyA) only at \(c.cycleA), \(count: $0.onlyB) only at \(c.cycleB))") }
                out.append("match rate under 80 %: \(list.joined(", ")). Students who left or arrived may differ from those who stayed; report the attrition beside the result.")
            }
        }
        if let rtm = regression(c, dataset: d, origin: origin, model: model) { out.append(Prose(rtm)) }
        let m = c.overall.moments
        let dz = m.dz.value, dav = m.dav.value
        if dz.isFinite, dav.isFinite, abs(dz - dav) >= 0.1 {
            // Statistics of the matched students: hidden with them when they are under K.
            let n = c.overall.matched
            out.append("d_z (\(NumberFormat.fixed(dz, decimals: 2), of: n)) and d_av (\(NumberFormat.fixed(dav, decimals: 2), of: n)) differ because r = \(NumberFormat.fixed(m.r, decimals: 2), of: n): d_z divides the gain by the SD of the gains, d_av by the SD of the scores. Name the variant whenever you quote one.")
        }
        if let ns = c.overall.norm, ns.uncovered > 0 {
            out.append("\(count: ns.uncovered) matched students have no norm (year level missing or not in the norms table) and are left out of the norms table.")
        }
        return out
    }

    /// Regression to the mean: when the dataset is a view whose students start well below the
    /// whole table at cycle A, the cohort's r predicts part of the "catch-up" with no effect at all:
    /// expected z at B = r·z̄_A, so the expected gain without any effect is
    /// mean_B(all) + r·z̄_A·sd_B(all) - mean_A(view).
    package static func regression(_ c: PairedComparison, dataset d: ResolvedDataset, origin: String, model: CycleModel) -> String? {
        guard d.selection != nil, c.overall.matched > 1 else { return nil }
        let whole = ResolvedDataset(name: d.name, table: d.table, selection: nil)
        guard let s = try? model.series(c.measure, cycles: [c.cycleA, c.cycleB], in: whole) else { return nil }
        let all = PairedMoments(pairsOf: s.values[0].doubles, s.values[1].doubles)
        guard all.n > 2, all.sdA > 0 else { return nil }
        let z = (c.overall.moments.meanA - all.meanA) / all.sdA
        let selectedOnMeasure = origin.lowercased().contains(c.measure.lowercased())
        guard z <= -0.5 || (selectedOnMeasure && z <= -0.2) else { return nil }
        let r = all.r
        let expectedZ = r * z
        let expectedGain = all.meanB + expectedZ * all.sdB - c.overall.moments.meanA
        let why = selectedOnMeasure ? "this view was selected on \(c.measure)" : "this view starts low on \(c.measure)"
        return "regression to the mean: \(why) (mean z at \(c.cycleA) = \(NumberFormat.fixed(z, decimals: 2)) against the whole table). "
            + "With r = \(NumberFormat.fixed(r, decimals: 2)) the expected z at \(c.cycleB) without any effect is r·z = \(NumberFormat.fixed(expectedZ, decimals: 2)), "
            + "so the expected change without any effect is \(NumberFormat.fixed(expectedGain, decimals: 1)) points (the observed gain is \(NumberFormat.fixed(c.overall.moments.meanDiff, decimals: 1))). "
            + "Compare with that, or select the group on a different test."
    }
}
