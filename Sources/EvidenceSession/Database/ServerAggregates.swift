import EvidenceData
import EvidenceAnalysis

/// `describe NAME.table` and `count NAME.table by COL`: SQL aggregates that run on the server,
/// so a table of millions of rows is looked at without loading it (docs/databases.md). Their
/// results are tables like any other, so the privacy step suppresses small groups in them,
/// and every label passes the personnummer scrub.
enum ServerAggregates {
    /// `NAME.table` or `NAME.schema.table`, NAME connected: the link and the quoted relation.
    static func relation(_ w: Word, _ s: Session) -> (link: DatabaseLink, sql: String)? {
        let parts = w.text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.count <= 3, !parts.contains(where: \.isEmpty), let link = s.state.connections[parts[0]] else { return nil }
        return (link, parts.dropFirst().map(SQLPushdown.identifier).joined(separator: "."))
    }

    /// Per column: the server's type, what evsh reads it as, values, missing, distinct values.
    static func describe(_ w: Word, _ r: (link: DatabaseLink, sql: String), _ s: Session) throws -> Output {
        let c = r.link.connection, lang = s.settings.language
        let columns = try c.columns(of: "SELECT * FROM \(r.sql)")
        guard !columns.isEmpty else { return .message(ServerAggregateMessage.noColumns.prose(lang, .text(w.text))) }
        let ids = columns.map { SQLPushdown.identifier($0.name) }
        let aggregates = ["count(*)"] + ids.flatMap { ["count(\($0))", "count(DISTINCT \($0))"] }
        let sql = "SELECT \(aggregates.joined(separator: ", ")) FROM \(r.sql)"
        let row = try c.rows(of: sql, cancellation: s.environment.cancellation).rows.first ?? []
        func int(_ k: Int) -> Int { k < row.count ? row[k].flatMap { Int($0) } ?? 0 : 0 }
        let total = int(0)
        var rows: [[Cell]] = []
        for (j, col) in columns.enumerated() {
            let n = int(1 + 2 * j), distinct = int(2 + 2 * j)
            rows.append([.text(col.name), .text(typeName(col.type, lang)), .integer(n), .integer(total - n), .integer(distinct)])
        }
        let title = { (l: Language) in ServerAggregateMessage.title.text(l, .text(w.text), .quantity(total), .quantity(columns.count)) }
        let words: [ServerAggregateMessage] = [.column, .readAs, .missing, .distinct]
        let header = { (l: Language) in words.map { $0.text(l) } }
        var t = ResultTable(title: title(lang), header: Array(header(lang).prefix(2)) + ["n"] + header(lang).suffix(2), rows: rows)
            .keepingEnglishKeys(lang, title: title(.en), header: Array(header(.en).prefix(2)) + [nil] + header(.en).suffix(2))
        t.groups = GroupSizes(rows: rows.map { _ in nil }, labelColumns: 1, rowsPartition: false)
        return Output([.table(t), .message(LoadMessage.ranOnServer.prose(lang, .text(sql.count > 200 ? String(sql.prefix(200)) + "…" : sql)))])
    }

    /// Rows per value of the columns, in the server's order (missing last).
    static func count(_ w: Word, _ r: (link: DatabaseLink, sql: String), by names: [String], _ ctx: CommandContext) throws -> Output {
        let s = ctx.session, c = r.link.connection
        let columns = try c.columns(of: "SELECT * FROM \(r.sql)")
        var chosen: [DatabaseColumn] = []
        for n in names {
            guard let col = columns.first(where: { $0.name == n }) ?? columns.first(where: { $0.name.lowercased() == n.lowercased() }) else {
                throw ctx.error(LoadMessage.noColumnIn(.text(n), .text(w.text)), at: nil,
                                hint: Suggestions.suggestion(n, in: columns.map(\.name)) ?? LoadMessage.describeLists(.text(w.text)))
            }
            chosen.append(col)
        }
        let ids = chosen.map { SQLPushdown.identifier($0.name) }
        let keys = ids.map { "\($0)::text" }.joined(separator: ", ")
        let order = ids.map { "\($0) NULLS LAST" }.joined(separator: ", ")
        let sql = "SELECT \(keys), count(*) FROM \(r.sql) GROUP BY \(ids.joined(separator: ", ")) ORDER BY \(order)"
        let result = try c.rows(of: sql, cancellation: s.environment.cancellation)
        var rows: [[Cell]] = [], sizes: [Int?] = []
        for row in result.rows {
            let n = row.last.flatMap { $0.flatMap { Int($0) } } ?? 0
            rows.append(row.dropLast().map { $0.map { Cell.text(s.scrubPersonnummer($0).text) } ?? .text(ServerAggregateMessage.missingCell.text(ctx.language)) } + [.integer(n)])
            sizes.append(n)
        }
        var t = ResultTable(header: chosen.map(\.name) + ["n"], rows: rows)
        t.groups = GroupSizes(rows: sizes, labelColumns: chosen.count)
        return Output([.table(t), .message(LoadMessage.ranOnServer.prose(ctx.language, .text(sql)))])
    }

    static func typeName(_ t: DatabaseType, _ language: Language) -> String {
        switch t {
        case .number: ServerAggregateMessage.number.text(language)
        case .text: ServerAggregateMessage.text.text(language)
        case .boolean: ServerAggregateMessage.boolean.text(language)
        case .date: ServerAggregateMessage.textDate.text(language)
        case .other(let name): ServerAggregateMessage.textOther.text(language, .text(name))
        }
    }
}
