import Foundation
import EvidenceData
import EvidenceAnalysis

/// `load NAME.schema.table [as X] [columns A, B] [where EXPR]` and `load NAME query "SELECT …"
/// [as X] [where EXPR]`, NAME a connected database (docs/databases.md). A first word names a
/// database only when its part before the first dot is a connected name, so `data.csv` is
/// still a file. The rows come through COPY into the shared typing path (`DatabaseRows`).
extension LoadCommand {
    /// The connection and the dotted rest (`schema.table`), or the connection alone (`NAME query`).
    static func database(_ first: Word, _ args: Arguments, _ s: Session) -> (name: String, link: DatabaseLink, relation: [String])? {
        let parts = first.text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard let link = s.state.connections[parts[0]] else { return nil }
        if parts.count == 1 { return args.peek()?.isKeyword("query") == true ? (parts[0], link, []) : nil }
        return parts.dropFirst().contains(where: \.isEmpty) ? nil : (parts[0], link, Array(parts.dropFirst()))
    }

    static func loadDatabase(_ db: (name: String, link: DatabaseLink, relation: [String]), first: Word, ctx: inout CommandContext) throws -> Output {
        let s = ctx.session, line = ctx.args.line, L = ctx.language
        let usage = "load \(db.name).[SCHEMA.]TABLE [as NAME] [columns A, B …] [where EXPR]  |  load \(db.name) query \"SELECT …\" [as NAME]"
        var from: String, queryWord: Word?
        if db.relation.isEmpty {
            _ = ctx.args.take("query")
            let w = try ctx.args.expect(LoadMessage.expectedQuery(), usage: usage)
            from = "(\(w.text)) AS q"
            queryWord = w
        } else {
            from = db.relation.map(SQLPushdown.identifier).joined(separator: ".")
        }
        var name: String?, chosen: [Word] = [], condition: (text: String, offset: Int)?
        while let w = ctx.args.peek() {
            if w.isKeyword("as"), name == nil {
                _ = ctx.args.next(); name = try ctx.args.expect(ArgumentsMessage.expectedDatasetNameAfterAs(), usage: usage).text
            } else if w.isKeyword("columns"), chosen.isEmpty, db.relation.count > 0 || queryWord != nil {
                _ = ctx.args.next()
                guard let (text, offset) = ctx.args.rest(stoppingAt: ["as", "where"]) else { throw ctx.error(LoadMessage.expectedColumns(), at: w) }
                for (part, at) in try CommandLexer.commaParts(text, offset: offset, line: line, what: "a column") {
                    let t = part.trimmingCharacters(in: .whitespaces)
                    chosen.append(Word(text: t, range: at..<(at + part.count)))
                }
            } else if w.isKeyword("where"), condition == nil {
                _ = ctx.args.next()
                guard let c = ctx.args.rest(stoppingAt: ["as", "columns"]) else { throw ctx.error(ArgumentsMessage.expectedConditionAfterWhere(), at: w) }
                condition = c
            } else {
                throw ctx.error(CommonMessage.unexpected(.text(w.text)), at: w, hint: CommonMessage.usage(.text(usage)))
            }
        }
        let datasetName = name ?? db.relation.last ?? "query"
        let connection = db.link.connection
        let described: [DatabaseColumn]
        do { described = try connection.columns(of: queryWord?.text ?? "SELECT * FROM \(from)") } catch var d as Diagnostic {
            // The server's caret points into the query: the user's own text, inside its quotes.
            if let qw = queryWord, let at = d.span?.range.lowerBound, at <= qw.text.count {
                let start = qw.range.upperBound - qw.text.count - (qw.quote == .none ? 0 : 1)
                d.span = Span(line: line, range: (start + at)..<(start + at + 1))
            } else { d.span = nil }
            throw d
        }
        var byName: [String: DatabaseColumn] = [:]
        for c in described {
            if byName[c.name] != nil {
                throw ctx.error(LoadMessage.sameColumnTwice(.text(c.name)), at: queryWord ?? first, hint: LoadMessage.nameApart(.text(c.name)))
            }
            byName[c.name] = c
        }
        func column(_ w: Word) throws -> DatabaseColumn {
            if let c = byName[w.text] ?? described.first(where: { $0.name.lowercased() == w.text.lowercased() }) { return c }
            throw ctx.error(LoadMessage.noColumnIn(.text(w.text), .text(first.text)), at: w,
                            hint: Suggestions.suggestion(w.text, in: described.map(\.name)) ?? LoadMessage.describeLists(.text(first.text)))
        }
        var selected = try chosen.map(column)
        var split = SQLPushdown.Split(sql: nil, local: [])
        if let (text, offset) = condition {
            let (expr, problems) = Parser.parse(text, offset: offset, line: line)
            if let p = problems.first { throw p }
            for n in expr.columnNames { _ = try column(Word(text: n, range: offset..<(offset + text.count))) }
            split = SQLPushdown.split(expr, line: line, columns: byName)
            // What is evaluated here needs its columns loaded.
            if !selected.isEmpty {
                for n in split.local.flatMap({ Parser.parse($0).0.columnNames }) where !selected.contains(where: { $0.name == n }) {
                    if let c = byName[n] { selected.append(c) }
                }
            }
        }
        let columns = selected.isEmpty ? described : selected
        let list = selected.isEmpty ? "*" : selected.map { SQLPushdown.identifier($0.name) }.joined(separator: ", ")
        let sql = "SELECT \(list) FROM \(from)" + (split.sql.map { " WHERE \($0)" } ?? "")
        let source = DataSource(path: nil, description: "\(db.name): \(sql)")
        let cancellation = s.environment.cancellation
        let started = ContinuousClock.now
        let progress = s.environment.progress, after = s.environment.progressAfter
        var shown = false
        do {
            var result = try DatabaseRows.load(connection, query: sql, columns: columns, name: datasetName, displayName: first.text,
                                               source: source, options: LoadOptions(), cancellation: cancellation) { rows in
                let t = started.duration(to: .now)
                guard t >= after, t > .zero else { return }
                let seconds = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
                progress(rows == 0 ? LoadMessage.waiting.text(L, .text(first.text), .quantity(Int(seconds)))
                                   : LoadMessage.progress.text(L, .text(first.text), .quantity(rows), .quantity(Int(Double(rows) / seconds))))
                shown = true
            }
            if shown { progress("") }
            let fetched = result.table.rowCount
            if !split.local.isEmpty {
                let here = split.local.joined(separator: " and ")
                let rows = try Expressions.select(here, offset: 0, line: here, in: ResolvedDataset(name: datasetName, table: result.table, selection: nil))
                result.table = result.table.gather(rows)
                result.report.rows = rows.count
            }
            let elapsed = started.duration(to: .now)
            var out = try s.admit(result)
            let scrub = { (t: String) in s.scrubPersonnummer(t).text }
            out.append(.message(Prose(scrub(LoadMessage.ranOnServer.text(L, .text(sql))))))
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            out.append(.message(LoadMessage.cameBack.prose(L, .quantity(fetched), .number(seconds, decimals: 2))))
            if !split.local.isEmpty {
                out.append(.message(Prose(scrub(LoadMessage.evaluatedHere.text(L, .text(split.local.joined(separator: " and ")), .quantity(result.table.rowCount))))))
            }
            for c in columns {
                if case .other(let type) = c.type { out.append(.message(LoadMessage.readAsText.prose(L, .text(c.name), .text(type)))) }
            }
            return out
        } catch let d as Diagnostic {
            if shown { progress("") }
            throw d.scrubbingPersonnummer(key: s.state.pseudonymKey)
        }
    }
}
