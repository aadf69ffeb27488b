import Foundation

/// Several files loaded as one table (`load A B`, a folder, a glob): each file read by its own
/// reader, then stacked by `TableStack`, with a `source` column and, where the file names differ
/// by a term token, a `cycle` column (docs/loading.md, "Several files at once").
package struct StackedLoad: Sendable {
    /// The stack as one load: its report (counts and types of the whole table).
    package var result: LoadResult
    /// One line per file: its own summary, its cycle and the columns it lacks or adds.
    package var fileLines: [String]
    /// What the stacking did (kinds made text, the cycle column left out) and each file's warnings.
    package var notes: [String]
    package var warnings: [String]

    /// The files in natural order: by term token when every name has one, else by name
    /// (digits by value); ties by name, so the order never depends on the folder listing.
    package static func ordered(_ files: [LoadPaths.File]) -> [LoadPaths.File] {
        let tokens = files.map { TermToken.find(in: stem($0.name)) }
        let byToken = !tokens.contains(where: { $0 == nil })
        return zip(files, tokens).sorted { a, b in
            if byToken, let x = a.1?.key, let y = b.1?.key, x != y { return x < y }
            return SortKey.less(a.0.name, b.0.name)
        }.map(\.0)
    }

    /// The name a stack gets without `as`: the file names' shared stem around their term token
    /// (`NP åk6 HT2024.csv`, `NP åk6 VT2025.csv` → NP_åk6), else `fallback` (a folder's name),
    /// else the first file's.
    package static func defaultName(_ files: [LoadPaths.File], fallback: String?) -> String {
        sharedStem(files.map(\.name)) ?? fallback ?? files.first.map { stem($0.name) } ?? "data"
    }

    /// The part every name shares around its term token (`ma_ht24`, `ma_vt25` → ma), or nil.
    package static func sharedStem(_ names: [String]) -> String? {
        let stems = Set(names.map { TermToken.find(in: stem($0))?.stem ?? "" })
        guard stems.count == 1, let s = stems.first, !s.isEmpty else { return nil }
        return s
    }

    static func stem(_ fileName: String) -> String { (fileName as NSString).deletingPathExtension }

    /// Read every file (`read` gives its load under the file's name, ready for the session) and
    /// stack them. A file that fails stops the load with its error, which names the file, and a
    /// note saying nothing was loaded.
    package static func load(_ files: [LoadPaths.File], name: String, cancellation: Cancellation?, language: Language = .en,
                             read: (LoadPaths.File) throws -> LoadResult) throws -> StackedLoad {
        var results: [LoadResult] = []
        for (k, f) in files.enumerated() {
            try cancellation?.check()
            do { results.append(try read(f)) } catch var d as Diagnostic {
                d.notes.append(stackNote(k, files, language))
                throw d
            } catch let list as DiagnosticList {
                var ds = list.diagnostics
                if !ds.isEmpty { ds[ds.count - 1].notes.append(stackNote(k, files, language)) }
                throw DiagnosticList(ds)
            }
        }
        return stack(results, files: files, name: name, language: language)
    }

    static func stackNote(_ k: Int, _ files: [LoadPaths.File], _ language: Language) -> String {
        StackMessage.whileLoading.text(language, .text(files[k].display), .text(String(k + 1)), .text(String(files.count)))
    }

    /// The stack of loads already made, one per file.
    package static func stack(_ results: [LoadResult], files: [LoadPaths.File], name: String, language L: Language = .en) -> StackedLoad {
        let pieces = zip(results, files).map { r, f in
            Piece(name: f.name, table: r.table, summary: r.report.summary(L), warnings: r.report.warningLines(L),
                  notes: [r.report.delimiterOnlyLine(L)].compactMap { $0 })
        }
        let source = DataSource(path: nil, description: StackMessage.files.text(L, .text(String(files.count)), .text(files.map(\.display).joined(separator: ", "))))
        return stack(pieces, name: name, source: source, kind: "files", language: L)
    }

    /// One part of a stack: a file's load or a dataset, with the line that describes it.
    package struct Piece: Sendable {
        package var name: String
        package var table: Table
        package var summary: String
        package var warnings: [String]
        /// What the file's own load says beside its summary (rows of only delimiters skipped).
        package var notes: [String]

        package init(name: String, table: Table, summary: String, warnings: [String] = [], notes: [String] = []) {
            self.name = name
            self.table = table
            self.summary = summary
            self.warnings = warnings
            self.notes = notes
        }
    }

    /// The pieces stacked in the order given, with a `source` column and, when every name holds
    /// a term token and they are not all the same, a `cycle` column (unless a piece has one).
    /// `kind` is `files` or `datasets`; the words are in `L`.
    package static func stack(_ pieces: [Piece], name: String, source: DataSource, kind: String, language L: Language = .en) -> StackedLoad {
        typealias M = StackMessage
        let datasets = kind == "datasets"
        let tokens = pieces.map { TermToken.find(in: stem($0.name)) }
        let labels = tokens.compactMap { $0?.label }
        let hasCycle = pieces.contains { p in p.table.columns.contains { $0.name.lowercased() == "cycle" } }
        let cycles = labels.count == pieces.count && Set(labels).count >= 2
        var notes: [String] = []
        if cycles, hasCycle { notes.append((datasets ? M.datasetsHaveCycle : M.filesHaveCycle).text(L)) }
        let parts = zip(pieces, tokens).map { p, t in TableStack.Part(name: p.name, table: p.table, cycle: t?.label) }
        let s = TableStack.stack(parts, sourceColumn: "source", cycleColumn: cycles && !hasCycle ? "cycle" : nil)
        var lines: [String] = []
        var warnings: [String] = []
        for (k, p) in pieces.enumerated() {
            var line = p.summary
            if s.cycleColumn != nil, let t = tokens[k] { line += M.cycle.text(L, .text(t.label)) }
            if !s.lacks[k].isEmpty { line += M.lacks.text(L, .text(list(s.lacks[k], L))) }
            if !s.adds[k].isEmpty { line += M.adds.text(L, .text(list(s.adds[k], L))) }
            lines.append(line)
            warnings += p.warnings.map { "\(p.name): \($0)" }
            notes += p.notes.map { "\(p.name): \($0)" }
        }
        for r in s.reconciled {
            let kinds = r.kinds.map { M.kindIn.text(L, .text(LoadMessage.type($0.type).text(L)), .text($0.part)) }.joined(separator: ", ")
            notes.append(M.textInStack.text(L, .text(r.column), .text(kinds)))
        }
        let addedColumns = [s.sourceColumn, s.cycleColumn].compactMap { $0 }
        let added = addedColumns.count == 2 ? M.columnsAdded.text(L, .text(addedColumns[0]), .text(addedColumns[1]))
            : M.columnAdded.text(L, .text(addedColumns.first ?? ""))
        let stacked = (datasets ? M.datasetsStacked : M.filesStacked).text(L, .quantity(pieces.count))
        let report = LoadReport(name: name, source: source, notes: [.text(stacked), .text(added)], table: s.table)
        return StackedLoad(result: LoadResult(table: s.table, report: report), fileLines: lines, notes: notes, warnings: warnings)
    }

    static func list(_ names: [String], _ L: Language = .en) -> String {
        names.prefix(6).joined(separator: ", ") + (names.count > 6 ? StackMessage.moreColumns.text(L, .text(String(names.count))) : "")
    }
}
