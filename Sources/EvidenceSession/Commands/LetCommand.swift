import EvidenceData
import EvidenceAnalysis

enum LetCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "let", category: .shaping,
        summary: "Add a derived column, computed for every row at once.",
        discussion: """
        The column is added to the loaded table behind the current dataset, so every view of it \
        sees the column. Made on a view, the column is computed for the view's rows and is \
        missing elsewhere. A second `let` with the same name replaces the column (with a note). \
        Names with spaces are written in backticks: let `reading gain` = reading_c2 - reading_c1.
        """,
        examples: [
            CommandExample("let gain = reading_c2 - reading_c1", "growth from cycle 1 to 2", expect: ["gain: number"]),
            CommandExample("let pass_c2 = writing_c2 >= \"E\"", "a true/false column from a grade", expect: ["pass_c2: boolean"]),
            CommandExample("let gain = points(writing_c2) - points(writing_c1)", "re-let replaces, with a note",
                           setup: ["load demo", "let gain = reading_c2 - reading_c1"], expect: ["replaced the earlier column 'gain'"]),
            CommandExample("let x = reading_c1 + \"5A\"", "type errors are found before anything runs", expect: ["'+' needs number"], fails: true),
        ],
        signature: CommandSignature([
            ArgumentSpec("NAME", .name, help: "the new column's name"),
            ArgumentSpec("=", .choice(["="])),
            ArgumentSpec("EXPR", .expression, help: "its value in each row"),
        ])
    ) { ctx in
        let d = try ctx.current()
        guard let (text, offset) = ctx.args.rest() else { throw ctx.error(LetMessage.expectedNameExpr(), at: nil) }
        let line = ctx.args.line
        let tokens = Lexer.tokenize(text, offset: offset)
        let nameTok = tokens[0]
        guard nameTok.kind == .name, nameTok.problem == nil else {
            throw Diagnostic.usage(LetMessage.expectedName(.text(nameTok.text)), span: Span(line: line, range: nameTok.range),
                                   hint: CommonMessage.usage(.text(usage)))
        }
        let eq = tokens.count > 1 ? tokens[1] : nameTok
        guard eq.kind == .assign else {
            let hint = eq.kind == .eq ? LetMessage.singleEquals(.text(nameTok.text)) : CommonMessage.usage(.text(usage))
            throw Diagnostic.usage(LetMessage.expectedEquals(.text(nameTok.text)), span: Span(line: line, range: eq.range), hint: hint)
        }
        let exprStart = tokens.count > 2 ? tokens[2].range.lowerBound : eq.range.upperBound
        let exprText = String(Array(line)[min(exprStart, line.count)..<min(offset + text.count, line.count)])
        let column = try Expressions.evaluate(exprText, offset: exprStart, line: line, in: d)
        let s = ctx.session
        guard let ds = s.dataset(named: d.name), var table = s.tables[ds.baseName]?.table else {
            throw ctx.error(ArgumentsMessage.noCurrentDataset(), at: nil)
        }
        if let old = table.column(named: nameTok.text), old.isID {
            throw Diagnostic.usage(LetMessage.identifies(.text(nameTok.text)), span: Span(line: line, range: nameTok.range), hint: LetMessage.anotherName())
        }
        var c = Shaping.scatter(column, rows: d.selection, baseCount: table.rowCount)
        c.name = nameTok.text
        let replaced = table.setColumn(c)
        s.updateTable(ds.baseName, table)
        let present = column.count - column.missingCount
        let lang = ctx.language
        var out = Output.message(DatasetMessage.letMade.prose(lang, .text(c.name), .text(LoadMessage.type(column.type).text(lang)),
                                                              .quantity(present), .quantity(column.missingCount)))
        if replaced { out.append(.text(DatasetMessage.replaced.text(lang, .text(c.name)))) }
        if d.selection != nil { out.append(.text(DatasetMessage.computedFor.text(lang, .quantity(d.rowCount), .text(d.name), .text(ds.baseName)))) }
        return out
    }
}
