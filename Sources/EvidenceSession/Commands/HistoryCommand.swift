import EvidenceData
import EvidenceAnalysis

enum HistoryCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "history", category: .sessions,
        summary: "List the commands of this session with numbers (for 'rerun N'); failed ones are marked.",
        discussion: "Failed commands stay in the record, marked ✗, and are left out of `session save` unless asked for. Session commands (history, rerun, session, help, quit) are listed only with `history all`.",
        examples: [
            CommandExample("history", "numbered inputs, the failed one marked", setup: ["load demo", "cuont", "count"],
                           expect: ["1   load demo", "2 ✗ cuont", "3   count"]),
        ],
        recorded: false,
        signature: CommandSignature([ArgumentSpec("all", .choice(["all"]), optional: true,
                                            help: "also the session commands (history, rerun, session, run, help, quit)")])
    ) { ctx in
        let all = ctx.args.take("all")
        try ctx.args.expectEnd(usage: usage)
        let shown = ctx.session.entries.filter { all || $0.recorded }
        if shown.isEmpty { return .message(HistoryMessage.none.prose(ctx.language)) }
        let w = String(shown.last?.number ?? 0).count
        var lines: [String] = []
        for e in shown {
            let n = String(e.number)
            let num = String(repeating: " ", count: max(0, w - n.count)) + n
            lines.append("\(num) \(e.failed ? "✗" : " ") \(e.input)" + (e.comment.map { "  # \($0)" } ?? ""))
        }
        let failed = shown.filter(\.failed).count
        if failed > 0 { lines.append(HistoryMessage.failed.text(ctx.language, .quantity(failed))) }
        return .text(lines.joined(separator: "\n"))
    }
}
