import EvidenceData
import EvidenceAnalysis

enum RenameCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "rename", category: .shaping,
        summary: "Give a column a new name.",
        discussion: "Changes the current dataset's columns, as `select` does. Use backticks for names with spaces.",
        examples: [
            CommandExample("rename reading_c1 to läsning_ht24", "Unicode names are fine", expect: ["renamed reading_c1 to läsning_ht24"]),
            CommandExample("rename reading_c1 to year", "names must stay unique", expect: ["already a column named 'year'"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("OLD", .column)],
            clauses: [Clause("to", argument: ArgumentSpec("NEW", .name, help: "the column's new name"), required: true)])
    ) { ctx in
        let d = try ctx.current()
        let old = try ctx.args.expect(ShapingMessage.expectedColumnToRename(), usage: usage)
        try ctx.args.expectKeyword("to", usage: usage)
        let new = try ctx.args.expect(ShapingMessage.expectedNewName(), usage: usage)
        try ctx.args.expectEnd(usage: usage)
        guard let i = d.table.index(of: old.text) else {
            throw ctx.error(CommonMessage.unknownColumn(.text(old.text)), at: old, hint: Suggestions.suggestion(old.text, in: d.table.columnNames))
        }
        guard d.table.index(of: new.text) == nil else {
            throw ctx.error(ShapingMessage.columnExists(.text(new.text)), at: new, hint: ShapingMessage.dropFirst())
        }
        guard !new.text.isEmpty, !new.text.contains("`") else { throw ctx.error(ShapingMessage.notUsableName(.text(new.text)), at: new) }
        var t = d.table
        t.columns[i].name = new.text
        try Shaping.replaceColumns(ctx, t)
        return .message(ShapingMessage.renamed.prose(ctx.language, .text(old.text), .text(new.text)))
    }
}
