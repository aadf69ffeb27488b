import EvidenceData
import EvidenceAnalysis

enum ConnectionsCommand {
    static let spec = CommandSpec(
        name: "connections", category: .loading,
        summary: "List the databases connected in this session (no passwords).",
        examples: [
            CommandExample("connections", "nothing is connected yet", setup: [], expect: ["no databases connected"]),
        ]
    ) { ctx in
        try ctx.args.expectEnd(usage: ctx.usage)
        let links = ctx.session.state.connections.sorted { $0.key < $1.key }
        if links.isEmpty { return .message(ConnectMessage.noneConnected.prose(ctx.language)) }
        let rows: [[Cell]] = links.map { [.text($0.key), .text($0.value.connection.summary), .text($0.value.redacted)] }
        let words: [ConnectMessage] = [.name, .server, .asConnected]
        return .table(ResultTable(header: words.map { $0.text(ctx.language) }, rows: rows)
            .keepingEnglishKeys(ctx.language, header: words.map { $0.text(.en) }))
    }
}
