enum SelectCommand {
    static let usage = "select COLUMN[, COLUMN …]"
    static let spec = CommandSpec(
        name: "select", category: .shaping,
        usage: usage,
        summary: "Keep only the named columns, in that order.",
        discussion: """
        Changes the current dataset's columns. On a loaded table its views see the change; on a \
        view, the view gets its own columns and the table it came from keeps all of its own.
        """,
        examples: [
            CommandExample("select student_id, class, reading_c1", "three columns", expect: ["3 columns: student_id, class, reading_c1"]),
            CommandExample("select student_id readng_c1", "a misspelt column", expect: ["did you mean 'reading_c1'?"], fails: true),
        ]
    ) { ctx in
        let d = try ctx.current()
        let chosen = try Shaping.columns(&ctx, in: d.table)
        guard !chosen.isEmpty else { throw ctx.error("expected the columns to keep", at: nil) }
        var seen = Set<String>()
        let cols = chosen.map(\.1).filter { seen.insert($0.name).inserted }
        try Shaping.replaceColumns(ctx, Table(rowCount: d.table.rowCount, columns: cols))
        return .message("\(d.name): \(cols.count) columns: \(cols.map(\.name).joined(separator: ", "))")
    }
}

enum DropCommand {
    static let usage = "drop COLUMN[, COLUMN …]"
    static let spec = CommandSpec(
        name: "drop", category: .shaping,
        usage: usage,
        summary: "Remove the named columns.",
        discussion: "Changes the current dataset's columns, as `select` does.",
        examples: [
            CommandExample("drop teacher, gender", "two columns fewer", expect: ["demo: 20 columns left"]),
        ]
    ) { ctx in
        let d = try ctx.current()
        let gone = Set(try Shaping.columns(&ctx, in: d.table).map(\.1.name))
        guard !gone.isEmpty else { throw ctx.error("expected the columns to drop", at: nil) }
        let cols = d.table.columns.filter { !gone.contains($0.name) }
        guard !cols.isEmpty else { throw ctx.error("cannot drop every column", at: nil, hint: "keep at least one") }
        try Shaping.replaceColumns(ctx, Table(rowCount: d.table.rowCount, columns: cols))
        return .message("\(d.name): \(cols.count) columns left")
    }
}
