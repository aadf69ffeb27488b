import EvidenceData
import EvidenceAnalysis

enum RerunCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "rerun", category: .sessions,
        summary: "Run command number N of 'history' again.",
        discussion: "The command is recorded again as itself (not as 'rerun'), so a saved script reads as what was done.",
        examples: [
            CommandExample("rerun 2", "count the rows again", setup: ["load demo", "count"], expect: ["300 rows"]),
            CommandExample("rerun 9", "a number past the end", setup: ["load demo"], expect: ["no command 9"], fails: true),
        ],
        recorded: false,
        signature: CommandSignature([ArgumentSpec("N", .number, help: "the command's number in 'history'")])
    ) { ctx in
        let w = try ctx.args.expect(SessionCommandMessage.expectedCommandNumber(), usage: usage)
        try ctx.args.expectEnd(usage: usage)
        let entries = ctx.session.entries
        guard let n = Int(w.text) else {
            throw ctx.error(SessionCommandMessage.rerunTakesNumber(.text(w.text)), at: w, hint: SessionCommandMessage.seeHistory())
        }
        guard let e = entries.first(where: { $0.number == n }) else {
            throw ctx.error((entries.count == 1 ? SessionCommandMessage.noCommandOne : .noCommandMany)(.quantity(n), .quantity(entries.count)), at: w,
                            hint: SessionCommandMessage.seeHistory())
        }
        guard e.recorded else {
            throw ctx.error(SessionCommandMessage.aboutTheSession(.quantity(n), .text(e.input)), at: w)
        }
        var out = Output([.message(SessionCommandMessage.rerunning.prose(ctx.language, .quantity(n), .text(e.input)))])
        let again = ctx.session.run(e.input + (e.comment.map { "  # \($0)" } ?? ""))
        out.append(contentsOf: again)
        out.status = again.status
        return out
    }
}
