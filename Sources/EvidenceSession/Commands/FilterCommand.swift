import EvidenceData
import EvidenceAnalysis

enum FilterCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "filter", category: .shaping,
        summary: "Keep the rows where a condition is true, as a view (the data is not copied).",
        discussion: """
        The view becomes the current dataset; `datasets` shows what it was made from. Rows where \
        the condition is missing are left out (only true counts). Without `as`, the view is called \
        'filtered', and filtering 'filtered' again narrows it. Filtering a view narrows that view \
        into a new one. See 'help functions' and docs/language.md for the expression language.
        """,
        examples: [
            CommandExample("filter year == 5 and reading_c1 < 450 as focus", "year-5 students reading below 450", expect: ["focus: 3 of 300 rows"]),
            CommandExample("filter year == 9", "no rows: said, and the current dataset stays", expect: ["no rows match 'year == 9'", "demo is still current"]),
            CommandExample("filter class in [\"5A\", \"5B\"]", "two classes, as the view 'filtered'", expect: ["filtered: 101 of 300 rows"]),
            CommandExample("filter writing_c2 >= \"C\"", "a grade comparison is ordinal (C, B or A)", expect: ["filtered:"]),
            CommandExample("filter year = 5", "a single = is explained", expect: ["use '==' to compare"], fails: true),
            CommandExample("filter writing_c1 > C", "a grade must be quoted", expect: ["a grade is written in quotes: \"C\""], fails: true),
            CommandExample("filter yeer == 5", "a misspelt column gets a suggestion", expect: ["unknown column 'yeer'", "did you mean 'year'?"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("EXPR", .expression, help: "a condition: the rows where it is true are kept")],
            clauses: [Clause("as", argument: ArgumentSpec("NAME", .name), help: "the view's name (default: filtered)")])
    ) { ctx in
        let d = try ctx.current()
        guard let (text, offset) = ctx.args.rest(stoppingAt: ["as"]) else {
            throw ctx.error(FilterMessage.expectedCondition(), at: nil)
        }
        var name: Word?
        if ctx.args.take("as") { name = try ctx.args.expect(FilterMessage.expectedViewName(), usage: usage) }
        try ctx.args.expectEnd(usage: usage)
        let rows = try Expressions.select(text, offset: offset, line: ctx.args.line, in: d)
        let s = ctx.session
        guard let current = s.dataset(named: d.name) else { throw ctx.error(ArgumentsMessage.noCurrentDataset(), at: nil) }
        if rows.isEmpty {
            // An empty view is never where the user lands: the next command would run on nobody.
            // A named one is made, for 'use', and the current dataset stays.
            if let name {
                try checkName(name, ctx)
                if let old = s.dataset(named: name.text), old.baseName == old.name, old.name != current.baseName { s.removeDataset(old.name) }
                s.addView(Dataset(name: name.text, baseName: current.baseName, selection: [], parent: d.name, origin: "filter \(text)"))
                s.currentName = d.name
            }
            let warning = name.map { FilterMessage.noRowsView.prose(ctx.language, .text(text), .count(d.rowCount), .text(d.name), .text($0.text)) }
                ?? FilterMessage.noRows.prose(ctx.language, .text(text), .count(d.rowCount), .text(d.name))
            return Output([.warning(warning)])
        }
        var parent = d.name, origin = "filter \(text)"
        var viewName: String
        if let name {
            try checkName(name, ctx)
            viewName = name.text
        } else if current.name == "filtered", current.isView {
            // Filtering the unnamed view again narrows it in place.
            viewName = current.name
            parent = current.parent ?? current.baseName
            origin = current.origin + " and \(text)"
        } else if let existing = s.dataset(named: "filtered"), existing.isView {
            viewName = existing.name
        } else {
            viewName = s.uniqueName("filtered")
        }
        // A view being replaced may own a table (after select/drop/rename); drop that table too.
        if let old = s.dataset(named: viewName), old.baseName == old.name, old.name != current.baseName {
            s.removeDataset(old.name)
        }
        s.addView(Dataset(name: viewName, baseName: current.baseName, selection: rows, parent: parent, origin: origin))
        return Output.message(SessionMessage.viewMade.prose(ctx.language, .text(viewName), .count(rows.count), .count(d.rowCount), .text(d.name)))
    }

    /// A view name must be a plain word and must not hide a loaded table.
    static func checkName(_ w: Word, _ ctx: CommandContext) throws {
        guard let f = w.text.first, f.isLetter || f == "_", w.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw ctx.error(FilterMessage.notUsableName(.text(w.text)), at: w, hint: ArgumentsMessage.lettersDigitsLetterFirst())
        }
        if let existing = ctx.session.dataset(named: w.text), !existing.isView {
            throw ctx.error(FilterMessage.loadedTable(.text(w.text)), at: w, hint: FilterMessage.anotherName())
        }
    }
}
