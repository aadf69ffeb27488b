import EvidenceData

/// The warnings that belong beside a comparison (docs/analysis.md, "Warnings and what to do
/// about them"): small n, low match rate, regression to the mean in a view selected on low
/// scores, and d_z versus d_av. `origin` is
/// how the dataset was made (a view's filter), to tell a view selected on the measure.
package enum CompareWarnings {
    package static let smallN = 30
    package static let lowMatchRate = 0.8

    package static func warnings(_ c: PairedComparison, dataset d: ResolvedDataset, origin: String, model: CycleModel,
                                 language L: Language = .en) -> [Prose] {
        typealias M = CompareMessage
        var out: [Prose] = []
        let shown = CompareReport.lines(c, language: L)
        let small = shown.filter { $0.matched < smallN }
        if !small.isEmpty {
            if shown.count > 1, GroupSizes.labelsNameIndividuals(shown.map(\.matched)) {
                // One group per student (a name column): the labels are not repeated in a sentence
                // (the privacy step leaves them out in workshop mode).
                let names = small.prefix(8).map(\.label).joined(separator: ", ") + (small.count > 8 ? ", …" : "")
                out.append(M.smallGroupsNamed.prose(L, .quantity(small.count), .individual(" (\(names))")))
            } else {
                let list = small.prefix(8).map { M.smallGroupItem.prose(L, .text($0.label), .count($0.matched)) }.joined(", ")
                out.append(M.smallGroups.prose(L, .prose(list), .text(small.count > 8 ? ", …" : "")))
            }
        }
        let low = shown.filter { $0.matchRate < lowMatchRate && $0.matched + $0.onlyA + $0.onlyB > 0 }
        if !low.isEmpty {
            if shown.count > 1, GroupSizes.labelsNameIndividuals(shown.map { $0.matched + $0.onlyA + $0.onlyB }) {
                // One group per student: no labels, rates or counts of single students in a sentence.
                let names = low.prefix(8).map(\.label).joined(separator: ", ") + (low.count > 8 ? ", …" : "")
                out.append(M.lowMatchNamed.prose(L, .quantity(low.count), .individual(" (\(names))")))
            } else {
                let list = low.prefix(8).map {
                    M.lowMatchItem.prose(L, .text($0.label), .statistic(100 * $0.matchRate, decimals: 0, of: $0.matched + $0.onlyA + $0.onlyB, unit: " %"),
                                         .count($0.onlyA), .text(c.cycleA), .count($0.onlyB), .text(c.cycleB))
                }
                out.append(M.lowMatch.prose(L, .prose(list.joined(", "))))
            }
        }
        if let rtm = regression(c, dataset: d, origin: origin, model: model, language: L) { out.append(rtm) }
        let m = c.overall.moments
        let dz = m.dz.value, dav = m.dav.value
        if dz.isFinite, dav.isFinite, abs(dz - dav) >= 0.1 {
            // Statistics of the matched students: hidden with them when they are under K.
            let n = c.overall.matched
            out.append(M.dzDav.prose(L, .statistic(dz, decimals: 2, of: n), .statistic(dav, decimals: 2, of: n), .statistic(m.r, decimals: 2, of: n)))
        }
        if let ns = c.overall.norm, ns.uncovered > 0 {
            out.append(M.normsUncovered.prose(L, .count(ns.uncovered)))
        }
        return out
    }

    /// Regression to the mean: when the dataset is a view whose students start well below the
    /// whole table at cycle A, the cohort's r predicts part of the "catch-up" with no effect at all:
    /// expected z at B = r·z̄_A, so the expected gain without any effect is
    /// mean_B(all) + r·z̄_A·sd_B(all) - mean_A(view).
    package static func regression(_ c: PairedComparison, dataset d: ResolvedDataset, origin: String, model: CycleModel,
                                   language L: Language = .en) -> Prose? {
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
        let why = (selectedOnMeasure ? CompareMessage.selectedOn : CompareMessage.startsLowOn).text(L, .text(c.measure))
        return CompareMessage.regression.prose(L, .text(why), .text(c.cycleA), .number(z, decimals: 2), .number(r, decimals: 2), .text(c.cycleB),
                                               .number(expectedZ, decimals: 2), .number(expectedGain, decimals: 1),
                                               .number(c.overall.moments.meanDiff, decimals: 1))
    }
}
