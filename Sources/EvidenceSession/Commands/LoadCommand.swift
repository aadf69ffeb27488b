import Foundation
import EvidenceData
import EvidenceAnalysis

enum LoadCommand {
    static let usage = "load PATH … [sheet NAME|N] [as NAME] [with OPTION=VALUE …]  |  load WORKBOOK sheets  |  load demo"
    static let spec = CommandSpec(
        name: "load", category: .loading,
        usage: usage,
        summary: "Load a CSV/TSV export, an Excel workbook's sheet (or the bundled demo school) as a dataset.",
        discussion: """
        The delimiter, quoting, header, encoding, decimal comma, thousands separators, title and \
        footer lines and Skolverket's markers (. .. - ~100) are detected and reported in one line. \
        Options override every guess: delimiter=; decimal=comma encoding=windows-1252 header=false \
        skip=6 id=elev_id lenient=true. The name defaults to the file's name without extension. \
        Several paths, a folder or a pattern (exports/*.csv) stack their files into one dataset, \
        aligned by column name, with a source column and, where the file names differ by a term \
        (HT24, VT2025, T1 2025), a cycle column. \
        An Excel workbook (.xlsx, .xlsm) loads its first visible sheet, or the one 'sheet' names \
        (by name, or by number in tab order); 'sheets' lists them. Cells are read as saved: \
        formulas as their values, error cells (#N/A …) as missing values, date cells as dates \
        (2025-03-14), as are CSV columns of ISO dates. An OpenDocument spreadsheet (.ods) loads \
        the same way. .xls, .xlsb and encrypted workbooks are refused with the way forward.
        """,
        examples: [
            CommandExample("load demo", "the synthetic demo school", setup: [], expect: ["demo: 300 rows"]),
            CommandExample("load demo as school", "the demo school under another name", setup: [], expect: ["school: 300 rows"]),
            CommandExample("load sessions/resultat.xlsx sheets", "a workbook's sheets: name, size, hidden", setup: [],
                           expect: ["Resultat", "A1:F14", "hidden"]),
            CommandExample("load sessions/resultat.xlsx sheet 1", "one sheet of a workbook, by number or name", setup: [],
                           expect: ["resultat: 8 rows", "sheet 'Resultat'"]),
            CommandExample("load no_such_export.csv", "a missing file is a clear error", setup: [],
                           expect: ["file not found", "no_such_export.csv"], fails: true),
            CommandExample("load no_such_folder/*.csv as results", "a pattern that matches nothing is a clear error", setup: [],
                           expect: ["no folder 'no_such_folder'"], fails: true),
        ],
        signature: CommandSignature(
            [ArgumentSpec("PATH", .either([.choice(["demo"]), .path]), help: "a CSV or TSV export, an Excel workbook, a folder of them or a pattern (exports/*.csv), or 'demo' for the demo school"),
             ArgumentSpec("PATH …", .path, optional: true, help: "more files, folders or patterns, stacked with the first")],
            clauses: [Clause("sheet", argument: ArgumentSpec("NAME|N", .value), help: "a workbook's sheet, by name or by number in tab order (default: the first visible)"),
                      Clause("sheets", help: "list a workbook's sheets (name, cells, hidden) instead of loading one"),
                      Clause("as", argument: ArgumentSpec("NAME", .name), help: "the dataset's name (default: the file's name without its extension)"),
                      .options(LoadOptions.names, help: "override what was detected: " + LoadOptions.names.joined(separator: ", "))])
    ) { ctx in
        let first = try ctx.args.expect(LoadMessage.expectedPath(), usage: usage)
        if let db = database(first, ctx.args, ctx.session) { return try loadDatabase(db, first: first, ctx: &ctx) }
        if ctx.args.take("sheets") {
            try ctx.args.expectEnd(usage: usage)
            return try sheets(first, ctx)
        }
        var paths = [first]
        while let w = ctx.args.peek(), !w.isKeyword("as"), !w.isKeyword("with"), !w.isKeyword("sheet") { paths.append(w); _ = ctx.args.next() }
        var options = LoadOptions()
        var name: String?
        var nameWord: Word?
        for _ in 0..<2 {
            if ctx.args.take("sheet") { options.sheet = SheetChoice(word: try ctx.args.expect(LoadMessage.expectedSheet(), usage: usage).text) }
            if name == nil, ctx.args.take("as") {
                let w = try ctx.args.expect(ArgumentsMessage.expectedDatasetNameAfterAs(), usage: usage)
                name = w.text
                nameWord = w
            }
        }
        for o in try ctx.args.options(usage: usage) {
            if let problem = options.set(o.key, o.value) { throw ctx.error(problem, at: o.word) }
        }
        try ctx.args.expectEnd(usage: usage)
        if let n = name, n.isEmpty || n.contains(where: { $0.isWhitespace }) {
            throw ctx.error(ArgumentsMessage.notDatasetName(.text(n)), at: nameWord, hint: ArgumentsMessage.lettersDigits())
        }
        if namesSeveral(paths, ctx.session) { return try loadFiles(paths, name: name, options: options, ctx: &ctx) }
        if first.isKeyword("demo"), !FileManager.default.fileExists(atPath: resolve(first.text, ctx.session)) {
            let n = name ?? DemoSchool.name
            let loaded = DemoSchool.loaded
            ctx.session.addTable(loaded, name: n)
            let L = ctx.language
            return .message(LoadMessage.demoLoaded.prose(L, .text(n), .quantity(loaded.table.rowCount), .quantity(loaded.table.columns.count),
                                                         .text(L == .en ? DemoSchool.description : LoadMessage.demoDescription.text(L))))
        }
        let path = resolve(first.text, ctx.session)
        let n = name ?? datasetName(forPath: ctx.session.scrubPersonnummer(first.text).text)
        try ctx.checkSafeRead(path, word: first)
        // A load error quotes the field it could not read: never a raw personnummer.
        do {
            let reader = try TableReaders.reader(path: path, displayPath: first.text, options: options)
            return try ctx.session.admit(reader.load(name: n, cancellation: ctx.session.environment.cancellation))
        } catch let d as Diagnostic {
            throw d.scrubbingPersonnummer(key: ctx.session.state.pseudonymKey)
        } catch let list as DiagnosticList {
            throw DiagnosticList(list.diagnostics.map { $0.scrubbingPersonnummer(key: ctx.session.state.pseudonymKey) })
        }
    }

    /// Relative paths start in the session's working directory; `~/` is the home folder.
    static func resolve(_ path: String, _ session: Session) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/") { return NSString(string: path).expandingTildeInPath }
        let base = session.environment.workingDirectory ?? FileManager.default.currentDirectoryPath
        return (base as NSString).appendingPathComponent(path)
    }

    /// The file's stem, with characters a name cannot hold replaced by `_`.
    static func datasetName(forPath path: String) -> String {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let cleaned = String(stem.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
        return cleaned.isEmpty ? "data" : cleaned
    }
}
