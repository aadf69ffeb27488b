import EvidenceData
import EvidenceAnalysis

enum DatasetsCommand {
    static let spec = CommandSpec(
        name: "datasets", category: .loading,
        summary: "List loaded datasets and views with their rows, columns and where they came from.",
        examples: [
            CommandExample("datasets", "the demo school is loaded and current", expect: ["* demo", "300"]),
        ]
    ) { ctx in
        try ctx.args.expectEnd(usage: ctx.usage)
        let s = ctx.session
        if s.datasets.isEmpty { return .message(DatasetMessage.none.prose(ctx.language)) }
        var rows: [[Cell]] = []
        for d in s.datasets {
            let base = s.tables[d.baseName]
            let n = d.selection?.count ?? base?.table.rowCount ?? 0
            let marker = d.name == s.currentName ? "* " : "  "
            // The demo's description is evsh's words, not a file's: said in the reader's language.
            let origin = d.origin == DemoSchool.description ? LoadMessage.demoDescription.text(ctx.language) : d.origin
            let from = d.parent.map { "\($0) → \(origin)" } ?? origin
            rows.append([.text(marker + d.name), .integer(n), .integer(base?.table.columns.count ?? 0), .text(from)])
        }
        let words: [DatasetMessage] = [.dataset, .rows, .columns, .origin]
        var t = ResultTable(header: words.map { $0.text(ctx.language) }, rows: rows, footer: [DatasetMessage.current.text(ctx.language)])
            .keepingEnglishKeys(ctx.language, header: words.map { $0.text(.en) })
        // The rows column counts the students of each view: a count under min-group is hidden
        // like any group's in workshop mode (views overlap: no partition, no complementary cells).
        t.groups = GroupSizes(rows: rows.map { _ in nil }, labelColumns: 1, rowsPartition: false, countColumns: [1])
        return .table(t)
    }
}
