import EvidenceData
import EvidenceAnalysis

enum QuitCommand {
    static let spec = CommandSpec(
        name: "quit", aliases: ["exit"], category: .shell,
        summary: "Leave the shell (Ctrl-D on an empty line does the same).",
        recorded: false
    ) { ctx in
        try ctx.args.expectEnd(usage: ctx.usage)
        // Unsaved work stays in the journal; say where (Session/Recording/Journal.swift).
        return Output(ctx.session.endJournal().map { [.message(Prose($0))] } ?? [], status: .quit)
    }
}
