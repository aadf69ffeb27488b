import EvidenceData
import EvidenceAnalysis

enum SelectCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "select", category: .shaping,
        summary: "Keep only the named columns, in that order.",
        discussion: """
        Changes the current dataset's columns. On a loaded table its views see the change; on a \
        view, the view gets its own columns and the table it came from keeps all of its own.
        """,
        examples: [
            CommandExample("select student_id, class, reading_c1", "three columns", expect: ["3 columns: student_id, class, reading_c1"]),
            CommandExample("select student_id readng_c1", "a misspelt column", expect: ["did you mean 'reading_c1'?"], fails: true),
        ],
        signature: CommandSignature([ArgumentSpec("COLUMN[, COLUMN …]", .columns, help: "the columns to keep, in this order")])
    ) { ctx in
        let d = try ctx.current()
        let chosen = try Shaping.columns(&ctx, in: d.table)
        guard !chosen.isEmpty else { throw ctx.error(ShapingMessage.expectedColumnsToKeep(), at: nil) }
        var seen = Set<String>()
        let cols = chosen.map(\.1).filter { seen.insert($0.name).inserted }
        try Shaping.replaceColumns(ctx, Table(rowCount: d.table.rowCount, columns: cols))
        return .message(DatasetMessage.selected.prose(ctx.language, .text(d.name), .quantity(cols.count), .text(cols.map(\.name).joined(separator: ", "))))
    }
}
