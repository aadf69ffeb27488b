import EvidenceData
import EvidenceAnalysis

enum EvidenceCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "evidence", category: .cycles,
        summary: "Which evidence sources and cycles have values, student by student, as counts.",
        discussion: """
        Sources are the measure families of the current dataset (reading_c1 … reading_c3, \
        obs_c1 …; joined sources included). The first table counts the students with a value \
        for each source at each cycle, at every cycle, and for every source at a cycle; the second \
        groups the students by how many of their source × cycle values are present. Counts, \
        never individual students; groups under min-group are suppressed in workshop mode.
        """,
        examples: [
            CommandExample("evidence", "the demo school's five sources over three cycles",
                           expect: ["reading", "attendance", "all sources", "students have every source at every cycle", "all 15"]),
            CommandExample("evidence", "a dataset without measure families",
                           setup: ["load demo", "pivot longer"], expect: ["no evidence sources"], fails: true),
        ]
    ) { ctx in
        try ctx.args.expectEnd(usage: usage)
        let d = try ctx.current()
        let f = MeasureFamilies(columnNames: d.table.columnNames)
        guard !f.isEmpty else {
            throw Diagnostic.usage("no evidence sources (columns like reading_c1, reading_c2) in '\(d.name)'",
                                   hint: "long data: 'pivot wider' first; other sources: 'join NAME on KEY'")
        }
        let n = d.rowCount
        // Presence per source and cycle, over the dataset's rows (nil: never measured).
        let present: [[Bitmap?]] = f.families.map { fam in
            fam.columns.map { name in
                name.flatMap { d.table.column(named: $0) }.map { c in d.selection.map { c.validity.gather($0) } ?? c.validity }
            }
        }
        let none = Bitmap(count: n, allSet: false)
        func all(_ maps: [Bitmap?]) -> Bitmap { maps.reduce(Bitmap(count: n, allSet: true)) { $0 & ($1 ?? none) } }
        var rows: [[Cell]] = []
        for (i, fam) in f.families.enumerated() {
            rows.append([.text(fam.measure)] + present[i].map { $0.map { Cell.integer($0.popcount) } ?? .missing(.empty) }
                        + [.integer(all(present[i]).popcount)])
        }
        let perCycle = f.cycles.indices.map { j in all(present.map { $0[j] }) }
        let everything = all(perCycle)
        rows.append([.text("all sources")] + perCycle.map { .integer($0.popcount) } + [.integer(everything.popcount)])
        var grid = ResultTable(title: "students with a value, by source and cycle (\(n) students)",
                               header: ["source"] + f.cycles + ["all cycles"], rows: rows)
        grid.groups = GroupSizes(rows: rows.map { _ in nil }, labelColumns: 1, rowsPartition: false,
                                 countColumns: Array(1...(f.cycles.count + 1)))

        // How many of each student's slots have values.
        let slots = present.reduce(0) { $0 + $1.count }
        var have = [Int](repeating: 0, count: n)
        for maps in present { for m in maps { if let m { for w in m.setIndices() { have[Int(w)] += 1 } } } }
        var byCount = [Int](repeating: 0, count: slots + 1)
        for h in have { byCount[h] += 1 }
        var dist: [[Cell]] = []
        func pct(_ k: Int) -> Cell { .number(n == 0 ? 0 : 100 * Double(k) / Double(n), decimals: 1) }
        dist.append([.text("all \(slots)"), .integer(byCount[slots]), pct(byCount[slots])])
        for missing in 1...3 where slots - missing >= 0 {
            let k = missing == 3 ? byCount[0...(slots - 3)].reduce(0, +) : byCount[slots - missing]
            dist.append([.text(missing == 3 ? "\(slots - 3) or fewer" : "\(slots - missing) of \(slots)"), .integer(k), pct(k)])
        }
        let completeness = ResultTable(title: "students by values present (of \(f.families.count) sources × \(f.cycles.count) cycles)",
                                       header: ["values present", "n", "%"], rows: dist)
        return Output([
            .table(grid),
            .table(completeness),
            .message("\(shown(everything.popcount, ctx.session)) of \(shown(n, ctx.session)) students have every source at every cycle"),
        ])
    }

    /// A count for a sentence: `<K` in workshop mode when it is a group under min-group.
    static func shown(_ count: Int, _ s: Session) -> String {
        let k = s.settings.minGroup
        return s.settings.workshop && count > 0 && count < k ? "<\(k)" : String(count)
    }
}
