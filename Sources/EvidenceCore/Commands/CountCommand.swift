enum CountCommand {
    static let usage = "count [by COLUMN]"
    static let spec = CommandSpec(
        name: "count", category: .loading,
        usage: usage,
        summary: "Count rows, or rows per value of a column.",
        examples: [
            CommandExample("count", "rows in the current dataset", expect: ["300 rows"]),
            CommandExample("count by class", "students per class", expect: ["4A", "50"]),
            CommandExample("count by class", "in workshop mode groups under min-group show as <K",
                           setup: ["load demo", "set min-group 51", "set workshop on"], expect: ["<51", "52"]),
        ],
        keywords: ["by"]
    ) { ctx in
        let d = try ctx.current()
        guard ctx.args.take("by") else {
            try ctx.args.expectEnd(usage: usage)
            let k = ctx.session.settings.minGroup
            if ctx.session.settings.workshop, d.rowCount > 0, d.rowCount < k { return .message("<\(k) rows (fewer than min-group \(k))") }
            return .message("\(d.rowCount) rows")
        }
        let w = try ctx.args.expect("a column after 'by'", usage: usage)
        try ctx.args.expectEnd(usage: usage)
        guard let col = d.table.column(named: w.text) else {
            throw ctx.error("unknown column '\(w.text)'", at: w,
                            hint: Suggestions.didYouMean(w.text, in: d.table.columnNames) ?? "see 'describe' for the columns")
        }
        let groups = Grouping(column: col, rows: d.selection)
        var rows: [[Cell]] = []
        for g in groups.groups { rows.append([.text(g.label), .integer(g.count)]) }
        return .table(ResultTable(header: [col.name, "n"], rows: rows, footer: ["\(d.rowCount) rows in \(groups.groups.count) groups"]))
    }
}
