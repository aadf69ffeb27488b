import Foundation
import EvidenceData
import EvidenceAnalysis

enum ExportCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "export", category: .sessions,
        summary: "Write the last result, or a dataset, to a CSV, xlsx, JSON, Markdown or text file.",
        discussion: """
        `last` is the last result that had a table or a chart. CSV (RFC 4180, UTF-8, dot decimals; \
        in Swedish, 'set language sv', semicolons, decimal commas and a BOM for Swedish Excel; \
        'dialect excel-sv|excel-en|rfc4180' chooses), \
        JSON (numbers as numbers, missing as null) and xlsx write it as tidy data: every column \
        a machine name (matched, only_a, mean_a, d_z, d_z_lo, d_z_hi, …), intervals as two \
        numeric columns, and the tables of one result joined into one table, one row per group. \
        Tables with different rows stay apart: one sheet each in xlsx, one key each in JSON \
        (CSV, one table, refuses them). An xlsx workbook has a sheet per table and an 'about' \
        sheet (the command, the dataset, its fingerprint, evsh's version, the date); numbers \
        are numbers, headers bold and frozen. Markdown and text take the whole result as \
        shown, charts included. NAME writes a dataset's rows. Every exported table has groups \
        under min-group shown as <K, with complementary suppression (see docs/privacy.md). In \
        CSV a text cell that starts with = + - @, a tab or a CR gets a leading ' so a \
        spreadsheet shows it as text; xlsx cells are typed, so such text stays text. Files are \
        written atomically with mode 0600; a relative PATH is taken from the working folder.
        """,
        examples: [
            CommandExample("export last to /tmp/evsh-example-classes.csv", "students per class as CSV",
                           setup: ["load demo", "count by class"], expect: ["wrote 6 rows", "CSV"]),
            CommandExample("export last to /tmp/evsh-example-compare.csv", "a comparison's tables as one tidy table",
                           setup: ["load demo", "compare reading c1 -> c2 by class"], expect: ["one row per group", "matching, means, effect_sizes"]),
            CommandExample("export last to /tmp/evsh-example-compare.xlsx", "the same as a workbook",
                           setup: ["load demo", "compare reading c1 -> c2 by class"], expect: ["xlsx workbook", "sheets compare, about"]),
            CommandExample("export last to /tmp/evsh-example-small.md", "small groups are suppressed in every export",
                           setup: ["load demo", "set min-group 50", "count by class"], expect: ["shown as <50"]),
            CommandExample("export demo to /tmp/evsh-example-demo.json", "a dataset's rows as JSON", expect: ["wrote 300 rows", "JSON"]),
            CommandExample("export last to /tmp/evsh-example-sv.csv dialect excel-sv", "for Swedish Excel: ';', decimal commas, a BOM",
                           setup: ["load demo", "compare reading c1 -> c2"], expect: ["excel-sv", "decimal commas"]),
            CommandExample("export last to /tmp/evsh-example.ods", "an unknown format is refused",
                           setup: ["load demo", "count by class"], expect: ["expected .csv, .xlsx, .json, .md or .txt"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("last|NAME", .either([.choice(["last"]), .dataset]),
                      help: "the last result that had a table or chart, or a dataset's rows")],
            clauses: [Clause("to", argument: ArgumentSpec("PATH.csv|.xlsx|.json|.md|.txt", .path, help: "the file; its extension picks the format"),
                             required: true),
                      Clause("dialect", argument: ArgumentSpec("excel-sv|excel-en|rfc4180", .choice(CSVDialect.allCases.map(\.rawValue))),
                             help: "a CSV's dialect (default: excel-sv in Swedish, rfc4180 in English)")])
    ) { ctx in
        let s = ctx.session
        let what = try ctx.args.expect(ExportMessage.expectedWhat(), usage: usage)
        try ctx.args.expectKeyword("to", usage: usage)
        let pathWord = try ctx.args.expect(ExportMessage.expectedPath(), usage: usage)
        var chosen: CSVDialect?
        if let w = ctx.args.peek(), w.isKeyword("dialect") {
            _ = ctx.args.next()
            let d = try ctx.args.expect(ExportMessage.expectedDialect(), usage: usage)
            guard let dialect = CSVDialect(rawValue: d.text.lowercased()) else {
                throw ctx.error(ExportMessage.unknownDialect(.text(d.text)), at: d,
                                hint: Suggestions.suggestion(d.text, in: CSVDialect.allCases.map(\.rawValue)) ?? ExportMessage.dialects())
            }
            chosen = dialect
        }
        try ctx.args.expectEnd(usage: usage)
        guard let format = ExportFormat(path: pathWord.text) else {
            throw ctx.error(ExportMessage.unknownFormat(.text(pathWord.text)), at: pathWord, hint: ExportMessage.endFileName())
        }
        if chosen != nil, format != .csv { throw ctx.error(ExportMessage.dialectNotCSV(.text(format.label(ctx.language))), at: pathWord) }
        let dialect = chosen ?? CSVDialect.standard(for: ctx.language)
        let path = resolve(pathWord.text, in: s.environment.workingDirectory)
        var file = what.isKeyword("last") ? try result(ctx, what, format: format, at: pathWord, dialect: dialect)
            : try dataset(ctx, what, format: format, dialect: dialect)
        if file.neutralised > 0 { file.summary += "; " + FormulaGuard.report(file.neutralised, language: ctx.language) }
        if file.formulaLike > 0 {
            file.summary += ExportMessage.formulaLike.text(ctx.language, .quantity(file.formulaLike))
        }
        // The last net: a personnummer anywhere in what is written (a result's label, a note).
        if case .text(let text) = file.content {
            let (clean, pnr) = s.scrubPersonnummer(text)
            if pnr > 0 {
                file.content = .text(clean)
                file.personnummer += pnr
            }
        }
        if file.personnummer > 0 { file.summary += ExportMessage.personnummer.text(ctx.language, .quantity(file.personnummer)) }
        let bytes: [UInt8]
        switch file.content {
        case .text(let t): bytes = Array(t.utf8)
        case .bytes(let b): bytes = b
        }
        // `evsh check` compares what an export wrote with the recorded file, byte for byte; a
        // workbook holds the time it was written, so only its report line is compared.
        do { try AtomicFile.save(bytes: bytes, to: s.placeForWrite(path, compared: format != .xlsx), kind: "export") } catch var d as Diagnostic {
            d.span = ctx.args.span(pathWord)
            throw d
        }
        // The dialect is named unless it is the plain RFC 4180 CSV evsh always wrote in English.
        let label = format == .csv && (dialect != .rfc4180 || chosen != nil) ? "\(format.label) \(dialect.described(ctx.language))" : format.label(ctx.language)
        var out = Output.message(ExportMessage.wroteTo.prose(ctx.language, .text(file.summary), .text(pathWord.text), .text(label), .text(String(bytes.count))))
        // On screen outside workshop mode the small groups were shown; the file differs from
        // what the user saw, so say it (docs/privacy.md, "Exports").
        if file.changed, !s.settings.workshop {
            let k = s.settings.minGroup
            out.append(.warning(ExportMessage.suppressionChanged.prose(ctx.language, .text(String(k)))))
        }
        return out
    }

    /// What one export writes, and what its report line says.
    struct File {
        enum Content {
            case text(String)
            case bytes([UInt8])
        }
        var content: Content
        var summary: String
        var neutralised = 0
        var formulaLike = 0
        var personnummer = 0
        var changed = false

        /// The rows as CSV, with the count of formula-like cells neutralised for the report.
        mutating func setCSV(_ rows: ExportRows, _ dialect: CSVDialect) {
            let (text, n) = CSVWriter.write(rows, dialect: dialect)
            content = .text(text)
            neutralised = n
        }
    }

    /// A dataset's rows, pseudonymised (never in workshop mode).
    static func dataset(_ ctx: CommandContext, _ what: Word, format: ExportFormat, dialect: CSVDialect) throws -> File {
        let s = ctx.session
        if s.settings.workshop {
            throw Diagnostic(.error, category: .usage, kind: CommonMessage.privacy(), message: ExportMessage.datasetInWorkshop(),
                             span: ctx.args.span(what), hint: ExportMessage.exportResultInstead())
        }
        var d = try s.resolve(what.text, span: ctx.args.span(what))
        // A personnummer column that slipped past loading is pseudonymised, never written.
        let (safe, notes) = try s.pseudonymise(d.table)
        d.table = safe
        let rows = ExportRows.dataset(d)
        var file = File(content: .text(""), summary: "")
        switch format {
        case .csv: file.setCSV(rows, dialect)
        case .json: file.content = .text(JSONWriter.write(rows))
        case .markdown: file.content = .text(MarkdownWriter.write(rows))
        case .xlsx:
            try writeWorkbook(&file, s, [.init(name: d.name, rows: rows)], command: nil, dataset: d.name, language: s.settings.language)
        case .text:
            var cells: [[Cell]] = []
            cells.reserveCapacity(rows.count)
            for r in 0..<rows.count { cells.append(d.table.columns.map { Cell.from($0.value(at: d.baseRow(r))) }) }
            var t = ResultTable(header: rows.header, rows: cells)
            for (i, right) in rows.rightAligned.enumerated() where right { t.columns[i].alignment = .right }
            file.content = .text(TextRenderer.render(Output.table(t), options: RenderOptions(width: 100_000, ascii: s.settings.ascii)).joined(separator: "\n") + "\n")
        }
        file.summary = ExportMessage.wroteDataset.text(ctx.language, .quantity(d.rowCount), .quantity(d.table.columns.count), .text(d.name))
        if !notes.isEmpty { file.summary += "; " + notes.joined(separator: "; ") }
        return file
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
}
