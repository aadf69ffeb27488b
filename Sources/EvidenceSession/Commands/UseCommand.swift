import EvidenceData
import EvidenceAnalysis

enum UseCommand {
    static let spec = CommandSpec(
        name: "use", category: .loading,
        summary: "Make a loaded dataset or view the current one.",
        discussion: "Commands work on the current dataset. `datasets` lists the names; `load` and `filter … as NAME` make the new one current.",
        examples: [
            CommandExample("use demo", "go back to the demo school", expect: ["using demo (300 rows)"]),
            CommandExample("use demoo", "a misspelt name gets a suggestion", expect: ["did you mean 'demo'?"], fails: true),
        ],
        signature: CommandSignature([ArgumentSpec("NAME", .dataset)])
    ) { ctx in
        let w = try ctx.args.expect(ShapingMessage.expectedDatasetName(), usage: ctx.usage)
        try ctx.args.expectEnd(usage: ctx.usage)
        let d = try ctx.session.resolve(w.text, span: ctx.args.span(w))
        ctx.session.currentName = d.name
        return .message(DatasetMessage.using.prose(ctx.language, .text(d.name), .quantity(d.rowCount)))
    }
}
