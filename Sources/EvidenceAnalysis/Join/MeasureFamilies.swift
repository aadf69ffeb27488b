import EvidenceData

/// A small detector of wide evidence columns `measure_cycle` (reading_c1, maths_ht24,
/// läsning_t1, and a term token anywhere: `Lärarobservation HT24`, see `TermToken`): a stem
/// seen with at least two suffixes that contain a digit is a measure, and those suffixes are
/// its cycles, in their natural order (`CycleOrder`: ht24 before vt25, c2 before c10), as
/// `cycles` lists them. `evidence` and
/// `pivot longer` use it; the full cycle model (`cycles`, its orders) lives elsewhere.
package struct MeasureFamilies {
    package struct Family {
        package var measure: String
        /// Column name per cycle (nil when this measure was not taken at that cycle).
        package var columns: [String?]
    }
    package var cycles: [String] = []
    package var families: [Family] = []

    package init(columnNames: [String]) {
        var stems: [String] = []
        var parts: [String: [(cycle: String, column: String)]] = [:]
        for name in columnNames {
            let stem: String, suffix: String
            if let t = TermToken.find(in: name), !t.stem.isEmpty {
                // A term anywhere in the name, as `cycles` reads it (`Lärarobservation HT24`).
                (stem, suffix) = (t.stem, t.label)
            } else {
                guard let us = name.lastIndex(of: "_") else { continue }
                (stem, suffix) = (String(name[..<us]), String(name[name.index(after: us)...]))
                guard !stem.isEmpty, !suffix.isEmpty, suffix.contains(where: \.isNumber) else { continue }
            }
            if parts[stem] == nil { stems.append(stem) }
            parts[stem, default: []].append((suffix, name))
        }
        for stem in stems {
            guard let ps = parts[stem], Set(ps.map(\.cycle)).count >= 2 else { continue }
            for p in ps where !cycles.contains(p.cycle) { cycles.append(p.cycle) }
        }
        cycles = CycleOrder.natural(cycles)
        for stem in stems {
            guard let ps = parts[stem], Set(ps.map(\.cycle)).count >= 2 else { continue }
            families.append(Family(measure: stem, columns: cycles.map { c in ps.first { $0.cycle == c }?.column }))
        }
    }

    package var isEmpty: Bool { families.isEmpty }
    package var memberColumns: Set<String> { Set(families.flatMap { $0.columns.compactMap { $0 } }) }
}
