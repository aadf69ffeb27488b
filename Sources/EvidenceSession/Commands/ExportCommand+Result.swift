import Foundation
import EvidenceData
import EvidenceAnalysis

/// `export last`: the last result, small groups suppressed, as tidy data (CSV, JSON, xlsx;
/// `TidyResult`) or as shown (Markdown, text). docs/evidence.md, "Tidy exports".
extension ExportCommand {
    static func result(_ ctx: CommandContext, _ what: Word, format: ExportFormat, at pathWord: Word, dialect: CSVDialect) throws -> File {
        let s = ctx.session
        let L = ctx.language
        guard let last = s.lastResult else {
            throw ctx.error(ExportMessage.noResult(), at: what, hint: ExportMessage.runFirst())
        }
        let k = s.settings.minGroup
        let suppressed = PrivacyStep.hide(last, k: k, language: L)
        var file = File(content: .text(""), summary: "")
        file.changed = zip(last.blocks, suppressed.blocks).contains { newlySuppressed($0.0, $0.1) > 0 }
        let tables = suppressed.blocks.compactMap { b -> ResultTable? in if case .table(let t) = b { t } else { nil } }
        var shown = 0
        switch format {
        case .markdown, .text:
            if format == .markdown {
                file.content = .text(MarkdownWriter.write(suppressed))
            } else {
                let options = RenderOptions(width: 100_000, ascii: s.settings.ascii)
                file.content = .text(TextRenderer.render(suppressed, options: options).joined(separator: "\n") + "\n")
            }
            file.summary = ExportMessage.wroteLast.text(L)
            shown = suppressed.blocks.reduce(0) { $0 + suppressedCells($1) }
        case .csv, .json, .xlsx:
            guard !tables.isEmpty else {
                throw ctx.error(ExportMessage.chartHasNoTable(.text(format.label)), at: pathWord, hint: ExportMessage.asTextOrMarkdown())
            }
            let command = lastCommand(s)
            switch TidyResult.shape(tables) {
            case .one(let rows, let names):
                shown = suppressedFields(rows)
                file.summary = ExportMessage.wroteRows.text(L, .quantity(rows.count), .quantity(rows.header.count))
                if names.count > 1 { file.summary += ExportMessage.joiningTables.text(L, .text(names.map { ExportMessage.tableName.text(L, .text($0)) }.joined(separator: ", "))) }
                switch format {
                case .csv: file.setCSV(rows, dialect)
                case .json: file.content = .text(JSONWriter.write(rows))
                default:
                    let english = names.count > 1 ? (command.flatMap { $0.split(separator: " ").first.map(String.init) } ?? "result") : names[0]
                    let name = WorkbookMessage.sheet(table: names.count > 1 ? nil : tables[0].key, command: command, L) ?? english
                    try workbook(&file, s, [.init(name: name, rows: rows)], command: command, language: L)
                }
            case .several(let list):
                shown = list.reduce(0) { $0 + suppressedFields($1.rows) }
                let described = list.map { ExportMessage.tableRows.text(L, .text($0.name), .quantity($0.rows.count)) }.joined(separator: ", ")
                file.summary = ExportMessage.wroteTables.text(L, .quantity(list.count), .text(described))
                switch format {
                case .csv:
                    throw ctx.error(ExportMessage.tablesDiffer(.quantity(list.count), .text(described)), at: pathWord, hint: ExportMessage.eachOnItsOwn())
                case .json: file.content = .text(JSONWriter.write(named: list))
                default:
                    let sheets = zip(tables, list).map { XlsxWriter.Sheet(name: WorkbookMessage.sheet(table: $0.key, command: command, L) ?? $1.name, rows: $1.rows) }
                    try workbook(&file, s, sheets, command: command, language: L)
                }
            }
        }
        if shown > 0 { file.summary += ExportMessage.cellsSuppressed.text(L, .quantity(shown), .quantity(k)) }
        return file
    }

    /// The workbook of `sheets` and its about sheet, in `file`.
    static func workbook(_ file: inout File, _ s: Session, _ sheets: [XlsxWriter.Sheet], command: String?, language L: Language = .en) throws {
        let w = try writeWorkbook(&file, s, sheets, command: command, dataset: s.currentName, language: L)
        file.summary += WorkbookMessage.sheetsWritten.text(L, .text((w.sheetNames + [WorkbookMessage.aboutSheet.text(L)]).joined(separator: ", ")))
    }

    /// The one place a workbook is written, for a result's tables and for a dataset's rows:
    /// the sheets with their about sheet, personnummer scrubbed, into `file`.
    @discardableResult
    static func writeWorkbook(_ file: inout File, _ s: Session, _ sheets: [XlsxWriter.Sheet], command: String?, dataset: String?,
                              language L: Language) throws -> XlsxWriter.Written {
        let w = try XlsxWriter.write(sheets, about: about(s, command: command, dataset: dataset, language: L), language: L,
                                     clean: s.scrubPersonnummer)
        file.content = .bytes(Array(w.data))
        file.formulaLike = w.formulaLike
        file.personnummer = w.cleaned
        return w
    }

    /// The command that made the last result (as recorded: personnummer replaced).
    static func lastCommand(_ s: Session) -> String? {
        s.entries.last { e in e.output.blocks.contains { if case .table = $0 { true } else if case .styled = $0 { true } else { false } } }?.input
    }

    /// The workbook's "about" sheet: what made it, from which data, by which evsh, when.
    /// Its labels are in `language` (`WorkbookMessage`); the values are what they are.
    static func about(_ s: Session, command: String?, dataset: String?, language L: Language = .en) -> [(String, String)] {
        typealias W = WorkbookMessage
        var rows: [(String, String)] = []
        rows.append((W.command.text(L), command ?? W.datasetRows.text(L, .text(dataset ?? ""))))
        if let name = dataset, let d = s.dataset(named: name) {
            rows.append((W.dataset.text(L), d.isView ? W.viewOf.text(L, .text(name), .text(d.origin), .text(d.baseName)) : name))
            if let loaded = s.tables[d.baseName] {
                let f = DataFingerprint.of(name: d.baseName, loaded: loaded, workingDirectory: s.environment.workingDirectory)
                rows.append((W.source.text(L), f.path ?? loaded.source.description))
                rows.append((W.rows.text(L), String(f.rowCount)))
                rows.append(("sha256", f.sha256))
            }
        }
        rows.append((W.minGroup.text(L), W.minGroupNote.text(L, .text(String(s.settings.minGroup)))))
        rows.append(("evsh", Session.evshVersion))
        rows.append((W.written.text(L), ISO8601DateFormatter().string(from: Date())))
        return rows
    }

    /// Cells a table block holds as `<K`.
    static func suppressedCells(_ block: Block) -> Int {
        guard case .table(let t) = block else { return 0 }
        return t.rows.reduce(0) { n, row in n + row.filter { if case .suppressed = $0 { true } else { false } }.count }
    }

    /// Fields written as `<K`.
    static func suppressedFields(_ rows: ExportRows) -> Int {
        var n = 0
        for r in 0..<rows.count {
            for c in rows.header.indices { if case .suppressed = rows.field(r, c) { n += 1 } }
        }
        return n
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
