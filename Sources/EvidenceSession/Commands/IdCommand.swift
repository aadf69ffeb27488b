import EvidenceData
import EvidenceAnalysis

/// `id [COLUMN|none]`: the student id of the current dataset, after loading (docs/loading.md,
/// "The id column"). A command, not a `set` option: settings belong to the session, the id to
/// one dataset.
enum IdCommand {
    static let spec = CommandSpec(
        name: "id", category: .shaping,
        summary: "Show or change the current dataset's student id column.",
        discussion: """
        The id follows students over cycles (`cycles` and `compare` on long data), and `join` and \
        `pivot` match rows by it. On load it is the column named id, student_id, elev_id, \
        elevnummer, …, else a personnummer column (as its pseudonyms), unless `with id=` named one. \
        `id COLUMN` makes COLUMN the id (as text, so 0012 stays 0012); `id none` leaves the \
        dataset without one; `id` alone says which it is.
        """,
        examples: [
            CommandExample("id", "which column is the id", expect: ["id: student_id"]),
            CommandExample("id teacher", "another column as the id", expect: ["id: teacher (was student_id)"]),
            CommandExample("id none", "no id column", expect: ["no id column (was student_id)"]),
            CommandExample("id studentid", "a misspelt column gets a suggestion", expect: ["did you mean 'student_id'?"], fails: true),
        ],
        signature: CommandSignature([ArgumentSpec("COLUMN", .either([.choice(["none"]), .column]), optional: true,
                                                  help: "the new id column, or 'none'")])
    ) { ctx in
        let d = try ctx.current()
        let old = d.table.idColumn?.name
        guard let w = ctx.args.next() else {
            return .message(old.map { IdMessage.current.prose(ctx.language, .text($0)) } ?? IdMessage.noneChoose.prose(ctx.language))
        }
        try ctx.args.expectEnd(usage: ctx.usage)
        let was = old.map { IdMessage.was.text(ctx.language, .text($0)) } ?? ""
        if w.isKeyword("none"), d.table.index(of: w.text) == nil {
            try Shaping.replaceColumns(ctx, d.table.withID(nil))
            return .message(Prose(IdMessage.none.text(ctx.language) + was))
        }
        guard let j = d.table.index(of: w.text) else {
            throw ctx.error(CommonMessage.unknownColumn(.text(w.text)), at: w,
                            hint: Suggestions.suggestion(w.text, in: d.table.columnNames) ?? CommonMessage.seeDescribe())
        }
        try Shaping.replaceColumns(ctx, d.table.withID(j))
        return .message(Prose(IdMessage.current.text(ctx.language, .text(d.table.columns[j].name)) + was))
    }
}
