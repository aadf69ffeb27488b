import EvidenceData
import EvidenceAnalysis

enum SortCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "sort", category: .shaping,
        summary: "Put the current dataset's rows in order (a column, or any expression).",
        discussion: """
        Numbers ascending, grades A to F, text alphabetically (å ä ö after z); `desc` reverses. \
        Missing values go last either way; ties keep their order. Only this dataset's row order \
        changes: the loaded table and other views are untouched, and `list`, `filter` and exports \
        follow the new order.
        """,
        examples: [
            CommandExample("sort reading_c1 desc", "best readers first", expect: ["demo: sorted by reading_c1 (descending)"]),
            CommandExample("sort reading_c2 - reading_c1", "an expression works too", expect: ["sorted by reading_c2 - reading_c1"]),
        ],
        signature: CommandSignature(
            [ArgumentSpec("EXPR", .expression, help: "the sort key")],
            clauses: [Clause("desc", "asc", help: "largest first ('asc', the default: smallest first)")])
    ) { ctx in
        let d = try ctx.current()
        guard let (text, offset) = ctx.args.rest(stoppingAt: ["desc", "asc"]) else {
            throw ctx.error(ShapingMessage.expectedSortKey(), at: nil)
        }
        let desc = ctx.args.take("desc")
        if !desc { _ = ctx.args.take("asc") }
        try ctx.args.expectEnd(usage: usage)
        let key = try Expressions.evaluate(text, offset: offset, line: ctx.args.line, in: d)
        let perm = RowOrder.permutation(key, descending: desc)
        let rows = perm.map { Int32(d.baseRow($0)) }
        let s = ctx.session
        guard let ds = s.dataset(named: d.name) else { throw ctx.error(ArgumentsMessage.noCurrentDataset(), at: nil) }
        s.addView(Dataset(name: ds.name, baseName: ds.baseName, selection: rows, parent: ds.parent,
                          origin: ds.origin + ShapingMessage.sortedBy.text(ctx.language, .text(text), .text(desc ? " desc" : ""))))
        return .message(DatasetMessage.sorted.prose(ctx.language, .text(d.name), .text(text), .text(desc ? DatasetMessage.descending.text(ctx.language) : "")))
    }
}
