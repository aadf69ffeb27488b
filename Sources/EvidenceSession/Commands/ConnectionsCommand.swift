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
        if links.isEmpty { return .message("no databases connected; 'connect NAME postgres://user@host/db' connects one") }
        let rows: [[Cell]] = links.map { [.text($0.key), .text($0.value.connection.summary), .text($0.value.redacted)] }
        return .table(ResultTable(header: ["name", "server", "as connected"], rows: rows))
    }
}
