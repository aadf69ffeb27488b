import Foundation
import EvidenceData
import EvidenceAnalysis

enum ExportCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "export", category: .sessions,
        summary: "Write the last result table or chart, or a dataset, to a CSV, Markdown, JSON or text file.",
        discussion: """
        `last` is the last result that had a table or a chart. CSV (RFC 4180, UTF-8, dot decimals) \
        and JSON (an array of objects: numbers as numbers, missing as null) take its last table; \
        Markdown and text take the whole result, charts included. NAME writes a dataset's rows. \
        Every exported table has groups under min-group shown as <K, with complementary \
        suppression (see docs/privacy.md). In CSV a text cell that starts with = + - @, a tab \
        or a CR gets a leading ' so a spreadsheet shows it as text instead of running it as a \
        formula. Files are written atomically with mode 0600; a relative PATH is taken from \
        the working folder.
        """,
        examples: [
            CommandExample("export last to /tmp/evsh-example-classes.csv", "students per class as CSV",
                           setup: ["load demo", "count by class"], expect: ["wrote 6 rows", "CSV"]),
            CommandExample("export last to /tmp/evsh-example-small.md", "small groups are suppressed in every export",
                           setup: ["load demo", "set min-group 50", "count by class"], expect: ["shown as <50"]),
            CommandExample("export demo to /tmp/evsh-example-demo.json", "a dataset's rows as JSON", expect: ["wrote 300 rows", "JSON"]),
            CommandExample("export last to /tmp/evsh-example.xlsx", "an unknown format is refused",
                           setup: ["load demo", "count by class"], expect: ["expected .csv, .md, .json or .txt"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("last|NAME", .either([.choice(["last"]), .dataset]),
                      help: "the last result that had a table or chart, or a dataset's rows")],
            clauses: [Clause("to", argument: ArgumentSpec("PATH.csv|.md|.json|.txt", .path, help: "the file; its extension picks the format"),
                             required: true)])
    ) { ctx in
        let s = ctx.session
        let what = try ctx.args.expect("'last' or a dataset name", usage: usage)
        try ctx.args.expectKeyword("to", usage: usage)
        let pathWord = try ctx.args.expect("a file path after 'to'", usage: usage)
        try ctx.args.expectEnd(usage: usage)
        guard let format = ExportFormat(path: pathWord.text) else {
            throw ctx.error("cannot tell the format of '\(pathWord.text)': expected .csv, .md, .json or .txt", at: pathWord,
                            hint: "end the file name in .csv, .md, .json or .txt")
        }
        let path = resolve(pathWord.text, in: s.environment.workingDirectory)
        let k = s.settings.minGroup
        var text: String
        var summary: String
        var neutralised = 0
        var changed = false
        if what.isKeyword("last") {
            guard let last = s.lastResult else {
                throw ctx.error("there is no result to export yet", at: what, hint: "run a command that shows a table or chart first, e.g. 'count by class'")
            }
            let suppressed = PrivacyStep.hide(last, k: k)
            // The cells the file holds as <K: the last table's for CSV and JSON, which write
            // only it; every table's for Markdown and text.
            var shown = suppressed.blocks.reduce(0) { $0 + suppressedCells($1) }
            changed = zip(last.blocks, suppressed.blocks).contains { newlySuppressed($0.0, $0.1) > 0 }
            switch format {
            case .csv, .json:
                guard let t = suppressed.lastTable else {
                    throw ctx.error("the last result is a chart, which has no table for \(format.label)", at: pathWord,
                                    hint: "export it as .txt or .md")
                }
                shown = suppressedCells(.table(t))
                changed = newlySuppressed(last.lastTable.map(Block.table) ?? .table(t), .table(t)) > 0
                let rows = ExportRows.table(t)
                if format == .csv { (text, neutralised) = CSVWriter.write(rows) } else { text = JSONWriter.write(rows) }
                summary = "wrote \(t.rows.count) row\(t.rows.count == 1 ? "" : "s") × \(t.columns.count) columns"
                let tables = suppressed.blocks.filter { if case .table = $0 { true } else { false } }.count
                if tables > 1 { summary += " (the last of \(tables) tables; .md or .txt keep them all)" }
            case .markdown:
                text = MarkdownWriter.write(suppressed)
                summary = "wrote the last result"
            case .text:
                let options = RenderOptions(width: 100_000, ascii: s.settings.ascii)
                text = TextRenderer.render(suppressed, options: options).joined(separator: "\n") + "\n"
                summary = "wrote the last result"
            }
            if shown > 0 { summary += "; \(shown) cell\(shown == 1 ? "" : "s") shown as <\(k) (min-group \(k))" }
        } else {
            if s.settings.workshop {
                throw Diagnostic(.error, category: .usage, kind: "privacy", message: "exporting a dataset writes individual students and is off in workshop mode",
                                 span: ctx.args.span(what), hint: "export a result instead ('export last to …'), or 'set workshop off'")
            }
            var d = try s.resolve(what.text, span: ctx.args.span(what))
            // A personnummer column that slipped past loading is pseudonymised, never written.
            let (safe, notes) = try s.pseudonymise(d.table)
            d.table = safe
            let rows = ExportRows.dataset(d)
            switch format {
            case .csv: (text, neutralised) = CSVWriter.write(rows)
            case .json: text = JSONWriter.write(rows)
            case .markdown: text = MarkdownWriter.write(rows)
            case .text:
                var cells: [[Cell]] = []
                cells.reserveCapacity(rows.count)
                for r in 0..<rows.count { cells.append(d.table.columns.map { Cell.from($0.value(at: d.baseRow(r))) }) }
                var t = ResultTable(header: rows.header, rows: cells)
                for (i, right) in rows.rightAligned.enumerated() where right { t.columns[i].alignment = .right }
                text = TextRenderer.render(Output.table(t), options: RenderOptions(width: 100_000, ascii: s.settings.ascii)).joined(separator: "\n") + "\n"
            }
            summary = "wrote \(d.rowCount) rows × \(d.table.columns.count) columns of \(d.name) (individual students: keep the file private)"
            if !notes.isEmpty { summary += "; " + notes.joined(separator: "; ") }
        }
        if neutralised > 0 { summary += "; " + FormulaGuard.report(neutralised) }
        // The last net: a personnummer anywhere in what is written (a result's label, a note).
        let (clean, pnr) = s.scrubPersonnummer(text)
        if pnr > 0 {
            text = clean
            summary += "; \(pnr) personnummer replaced (never exported)"
        }
        do { try AtomicFile.save(text, to: s.placeForWrite(path, compared: true), kind: "export") } catch var d as Diagnostic {
            d.span = ctx.args.span(pathWord)
            throw d
        }
        var out = Output.message("\(summary) to \(pathWord.text) (\(format.label), \(text.utf8.count) bytes, mode 0600)")
        // On screen outside workshop mode the small groups were shown; the file differs from
        // what the user saw, so say it (docs/privacy.md, "Exports").
        if changed, !s.settings.workshop {
            out.append(.warning(Prose("suppression changed this export: groups under min-group \(k) are <\(k) in the file, not as shown on screen; 'set min-group N' sets the threshold")))
        }
        return out
    }

    /// Cells a table block holds as `<K`.
    static func suppressedCells(_ block: Block) -> Int {
        guard case .table(let t) = block else { return 0 }
        return t.rows.reduce(0) { n, row in n + row.filter { if case .suppressed = $0 { true } else { false } }.count }
    }

    /// A path as typed, with `~/` expanded and a relative path taken from `workingDirectory`.
    static func resolve(_ path: String, in workingDirectory: String?) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst()
        }
        if path.hasPrefix("/") { return path }
        guard let wd = workingDirectory else { return path }
        return (wd as NSString).appendingPathComponent(path)
    }

    static func newlySuppressed(_ before: Block, _ after: Block) -> Int {
        guard case .table(let a) = before, case .table(let b) = after else { return 0 }
        var n = 0
        for (ra, rb) in zip(a.rows, b.rows) {
            for (ca, cb) in zip(ra, rb) {
                if case .suppressed = cb { if case .suppressed = ca {} else { n += 1 } }
            }
        }
        return n
    }
}
