import EvidenceData
import EvidenceAnalysis

enum DropCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "drop", category: .shaping,
        summary: "Remove the named columns.",
        discussion: "Changes the current dataset's columns, as `select` does.",
        examples: [
            CommandExample("drop teacher, gender", "two columns fewer", expect: ["demo: 20 columns left"]),
        ],
        signature: CommandSignature([ArgumentSpec("COLUMN[, COLUMN …]", .columns, help: "the columns to leave out")])
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
