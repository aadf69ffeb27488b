import EvidenceData

/// `append A B [as C]`: datasets already loaded, stacked as `load A B` stacks files
/// (`StackedLoad`, docs/loading.md "Several files at once").
enum AppendCommand {
    static let usage = "append NAME NAME … [as NEWNAME]"
    static let spec = CommandSpec(
        name: "append", category: .shaping,
        usage: usage,
        summary: "Stack loaded datasets one under the other (term by term) into a new dataset.",
        discussion: """
        The rows of each dataset (a view gives its rows), in the order named, aligned by column \
        name as 'load A B' aligns files: a column a dataset lacks is missing for its rows, a column \
        whose kinds differ becomes text (a note says so). A source column holds each row's dataset \
        name; where the names differ by a term token (ma_ht24, ma_vt25), a cycle column holds it, \
        so 'cycles' and 'compare' read the result as long data. The result's name defaults to the \
        names' shared part around the term (ma), else the names joined with _; the originals are kept.
        """,
        examples: [
            CommandExample("append demo_5a demo_5b as two_classes", "two views stacked: a source column tells them apart",
                           setup: ["load demo", "filter class == \"5A\" as demo_5a", "use demo", "filter class == \"5B\" as demo_5b"],
                           expect: ["two_classes:", "2 datasets stacked", "demo_5a:", "demo_5b:", "source column added"]),
            CommandExample("append demo_ht24 demo_vt25", "names that differ by a term add a cycle column",
                           setup: ["load demo as demo_ht24", "load demo as demo_vt25"],
                           expect: ["demo: 600 rows", "source and cycle columns added", "cycle ht24", "cycle vt25"]),
            CommandExample("append demo", "one dataset is not a stack", setup: ["load demo"],
                           expect: ["at least two datasets"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("NAME", .dataset, help: "the first dataset (its columns come first)"),
             ArgumentSpec("NAME …", .dataset, help: "the datasets stacked under it")],
            clauses: [Clause("as", argument: ArgumentSpec("NEWNAME", .name), help: "the stacked dataset's name")])
    ) { ctx in
        let s = ctx.session
        var words: [Word] = []
        while let w = ctx.args.peek(), !w.isKeyword("as") { words.append(w); _ = ctx.args.next() }
        var newName: String?
        if ctx.args.take("as") {
            let w = try ctx.args.expect(ArgumentsMessage.expectedDatasetNameAfterAs(), usage: usage)
            guard !w.text.isEmpty, !w.text.contains(where: { $0.isWhitespace }) else {
                throw ctx.error(ArgumentsMessage.notDatasetName(.text(w.text)), at: w, hint: ArgumentsMessage.lettersDigits())
            }
            if s.dataset(named: w.text) != nil {
                throw ctx.error(ArgumentsMessage.datasetExists(.text(w.text)), at: w, hint: AppendMessage.keptAsTheyAre())
            }
            newName = w.text
        }
        try ctx.args.expectEnd(usage: usage)
        guard words.count >= 2 else {
            throw ctx.error(AppendMessage.needsTwo(), at: words.first, hint: AppendMessage.nameThem(.text(words.first?.text ?? "A")))
        }
        var pieces: [StackedLoad.Piece] = []
        var privacyNotes: [String] = []
        for w in words {
            let d = try s.resolve(w.text, span: ctx.args.span(w))
            if pieces.contains(where: { $0.name == d.name }) { throw ctx.error(AppendMessage.namedTwice(.text(d.name)), at: w) }
            // Tables made in the session (or added by code) skipped the loader's pseudonymising.
            let (t, notes) = try s.pseudonymise(d.materialized())
            privacyNotes += notes
            pieces.append(StackedLoad.Piece(name: d.name, table: t, summary: LoadMessage.summaryHead.text(ctx.language, .text(d.name), .quantity(t.rowCount), .quantity(t.columns.count))))
        }
        let names = pieces.map(\.name)
        let name = newName ?? s.uniqueName(StackedLoad.sharedStem(names) ?? names.joined(separator: "_"))
        let source = DataSource(path: nil, description: AppendMessage.source.text(ctx.language, .text(names.joined(separator: ", "))))
        return try s.admit(StackedLoad.stack(pieces, name: name, source: source, kind: "datasets", language: ctx.language), privacyNotes: privacyNotes)
    }
}
