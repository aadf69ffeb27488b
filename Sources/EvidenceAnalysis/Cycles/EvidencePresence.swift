import EvidenceData

/// `evidence`: which sources (measure families) and cycles have values, student by student, as
/// counts. A slot is one source at one cycle; a source never measured at a cycle has no column
/// there, so no student has that slot.
package struct EvidencePresence {
    package var sources: [String]
    package var cycles: [String]
    /// Students (rows of the dataset).
    package var students: Int
    /// Students with a value, per source and cycle (nil: no column for that cycle).
    package var counts: [[Int?]]
    /// Per source: students with a value at every cycle.
    package var everyCycle: [Int]
    /// Per cycle: students with a value for every source.
    package var everySource: [Int]
    /// Students with every source at every cycle.
    package var complete: Int
    /// Students by how many of their slots have a value: byValuesPresent[k] for k = 0…slots.
    package var byValuesPresent: [Int]

    package var slots: Int { sources.count * cycles.count }

    package init(_ d: ResolvedDataset, families f: MeasureFamilies) {
        let n = d.rowCount
        // Presence per source and cycle, over the dataset's rows.
        let present: [[Bitmap?]] = f.families.map { fam in
            fam.columns.map { name in
                name.flatMap { d.table.column(named: $0) }.map { c in d.selection.map { c.validity.gather($0) } ?? c.validity }
            }
        }
        let none = Bitmap(count: n, allSet: false)
        func all(_ maps: [Bitmap?]) -> Bitmap { maps.reduce(Bitmap(count: n, allSet: true)) { $0 & ($1 ?? none) } }
        sources = f.families.map(\.measure)
        cycles = f.cycles
        students = n
        counts = present.map { $0.map { $0?.popcount } }
        everyCycle = present.map { all($0).popcount }
        let perCycle = f.cycles.indices.map { j in all(present.map { $0[j] }) }
        everySource = perCycle.map(\.popcount)
        complete = all(perCycle).popcount
        // Each student's count of slots with a value is their group.
        var have = [Int32](repeating: 0, count: n)
        for maps in present { for m in maps { if let m { for w in m.setIndices() { have[Int(w)] += 1 } } } }
        let slots = f.families.count * f.cycles.count
        byValuesPresent = GroupCodes(codes: have, labels: (0...slots).map(String.init), columns: ["values present"]).sizes()
    }

    /// Students with a value by source (rows) and cycle (columns), with every-cycle and
    /// every-source totals; the counts are group sizes for suppression.
    package var grid: ResultTable {
        var rows: [[Cell]] = []
        for (i, source) in sources.enumerated() {
            rows.append([.text(source)] + counts[i].map { $0.map(Cell.integer) ?? .missing(.empty) } + [.integer(everyCycle[i])])
        }
        rows.append([.text("all sources")] + everySource.map(Cell.integer) + [.integer(complete)])
        var t = ResultTable(title: "students with a value, by source and cycle (\(Plural.of(students, "student")))",
                            header: ["source"] + cycles + ["all cycles"], rows: rows)
        t.key = "presence"
        t.groups = GroupSizes(rows: rows.map { _ in nil }, labelColumns: 1, rowsPartition: false,
                              countColumns: Array(1...(cycles.count + 1)))
        return t
    }

    /// Students with all slots, one or two short, and three or more short, with percentages.
    package var completeness: ResultTable {
        func pct(_ k: Int) -> Cell { .number(students == 0 ? 0 : 100 * Double(k) / Double(students), decimals: 1) }
        var dist: [[Cell]] = [[.text("all \(slots)"), .integer(byValuesPresent[slots]), pct(byValuesPresent[slots])]]
        for missing in 1...3 where slots - missing >= 0 {
            let k = missing == 3 ? byValuesPresent[0...(slots - 3)].reduce(0, +) : byValuesPresent[slots - missing]
            dist.append([.text(missing == 3 ? "\(slots - 3) or fewer" : "\(slots - missing) of \(slots)"), .integer(k), pct(k)])
        }
        return ResultTable(title: "students by values present (of \(sources.count) sources × \(cycles.count) cycles)",
                           header: ["values present", "n", "%"], rows: dist).keyed("completeness", [nil, nil, "pct"])
    }
}
