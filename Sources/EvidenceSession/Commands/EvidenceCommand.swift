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
        let p = EvidencePresence(d, families: f)
        return Output([
            .table(p.grid),
            .table(p.completeness),
            .message("\(count: p.complete) of \(count: p.students, "student") have every source at every cycle"),
        ])
    }
}
