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
            throw Diagnostic.usage(EvidenceMessage.noSources(.text(d.name)), hint: EvidenceMessage.noSourcesHint())
        }
        let p = EvidencePresence(d, families: f)
        return Output([
            .table(worded(p.grid, p, ctx.language)),
            .table(worded(completeness: p.completeness, p, ctx.language)),
            .message(EvidenceMessage.complete.prose(ctx.language, .count(p.complete), .count(p.students))),
        ])
    }

    /// The presence grid in `L`: `EvidencePresence` words it in English, the machine names
    /// (`presence`, `all_cycles`) stay those (docs/architecture.md, "Messages").
    static func worded(_ grid: ResultTable, _ p: EvidencePresence, _ L: Language) -> ResultTable {
        guard L != .en, grid.columns.count >= 2 else { return grid }
        var t = grid.keepingEnglishKeys(L, header: grid.columns.map(\.name))
        t.title = EvidenceMessage.gridTitle.text(L, .quantity(p.students))
        t.columns[0].name = EvidenceMessage.source.text(L)
        t.columns[t.columns.count - 1].name = EvidenceMessage.allCycles.text(L)
        if !t.rows.isEmpty, !t.rows[t.rows.count - 1].isEmpty { t.rows[t.rows.count - 1][0] = .text(EvidenceMessage.allSources.text(L)) }
        return t
    }

    /// The completeness table in `L`: row i counts the students i values short (the last, three
    /// or more), as `EvidencePresence.completeness` builds it.
    static func worded(completeness table: ResultTable, _ p: EvidencePresence, _ L: Language) -> ResultTable {
        guard L != .en, !table.columns.isEmpty else { return table }
        var t = table.keepingEnglishKeys(L, header: table.columns.map(\.name))
        t.title = EvidenceMessage.completenessTitle.text(L, .quantity(p.sources.count), .quantity(p.cycles.count))
        t.columns[0].name = EvidenceMessage.valuesPresent.text(L)
        let s = p.slots
        for i in t.rows.indices where !t.rows[i].isEmpty {
            let label = i == 0 ? EvidenceMessage.allSlots.text(L, .quantity(s))
                : i == 3 ? EvidenceMessage.orFewer.text(L, .quantity(s - 3)) : EvidenceMessage.slotsOf.text(L, .quantity(s - i), .quantity(s))
            t.rows[i][0] = .text(label)
        }
        return t
    }
}
