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
        guard !gone.isEmpty else { throw ctx.error(DropMessage.expectedColumns(), at: nil) }
        let cols = d.table.columns.filter { !gone.contains($0.name) }
        guard !cols.isEmpty else { throw ctx.error(DropMessage.everyColumn(), at: nil, hint: DropMessage.keepOne()) }
        try Shaping.replaceColumns(ctx, Table(rowCount: d.table.rowCount, columns: cols))
        return .message(DropMessage.left.prose(ctx.language, .text(d.name), .quantity(cols.count)))
    }
}
