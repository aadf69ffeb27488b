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
    package static func load(_ files: [LoadPaths.File], name: String, cancellation: Cancellation?,
                             read: (LoadPaths.File) throws -> LoadResult) throws -> StackedLoad {
        var results: [LoadResult] = []
        for (k, f) in files.enumerated() {
            try cancellation?.check()
            do { results.append(try read(f)) } catch var d as Diagnostic {
                d.notes.append(stackNote(k, files))
                throw d
            } catch let list as DiagnosticList {
                var ds = list.diagnostics
                if !ds.isEmpty { ds[ds.count - 1].notes.append(stackNote(k, files)) }
                throw DiagnosticList(ds)
            }
        }
        return stack(results, files: files, name: name)
    }

    static func stackNote(_ k: Int, _ files: [LoadPaths.File]) -> String {
        "while loading \(files[k].display), file \(k + 1) of \(files.count) to stack: nothing was loaded"
    }

    /// The stack of loads already made, one per file.
    package static func stack(_ results: [LoadResult], files: [LoadPaths.File], name: String) -> StackedLoad {
        let pieces = zip(results, files).map { r, f in
            Piece(name: f.name, table: r.table, summary: r.report.summary, warnings: r.report.warningLines,
                  notes: [r.report.delimiterOnlyLine].compactMap { $0 })
        }
        let source = DataSource(path: nil, description: "\(files.count) files: " + files.map(\.display).joined(separator: ", "))
        return stack(pieces, name: name, source: source, kind: "files")
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
    package static func stack(_ pieces: [Piece], name: String, source: DataSource, kind: String) -> StackedLoad {
        let tokens = pieces.map { TermToken.find(in: stem($0.name)) }
        let labels = tokens.compactMap { $0?.label }
        let hasCycle = pieces.contains { p in p.table.columns.contains { $0.name.lowercased() == "cycle" } }
        let cycles = labels.count == pieces.count && Set(labels).count >= 2
        var notes: [String] = []
        if cycles, hasCycle { notes.append("the \(kind) have a cycle column already, so no cycle column was added from their names") }
        let parts = zip(pieces, tokens).map { p, t in TableStack.Part(name: p.name, table: p.table, cycle: t?.label) }
        let s = TableStack.stack(parts, sourceColumn: "source", cycleColumn: cycles && !hasCycle ? "cycle" : nil)
        var lines: [String] = []
        var warnings: [String] = []
        for (k, p) in pieces.enumerated() {
            var line = p.summary
            if s.cycleColumn != nil, let t = tokens[k] { line += " · cycle \(t.label)" }
            if !s.lacks[k].isEmpty { line += " · lacks " + list(s.lacks[k]) }
            if !s.adds[k].isEmpty { line += " · adds " + list(s.adds[k]) }
            lines.append(line)
            warnings += p.warnings.map { "\(p.name): \($0)" }
            notes += p.notes.map { "\(p.name): \($0)" }
        }
        for r in s.reconciled {
            let kinds = r.kinds.map { "\($0.type.rawValue) in \($0.part)" }.joined(separator: ", ")
            notes.append("'\(r.column)' is text in the stack: it was \(kinds)")
        }
        var added = [s.sourceColumn, s.cycleColumn].compactMap { $0 }.joined(separator: " and ")
        added += added.contains(" and ") ? " columns added" : " column added"
        let report = LoadReport(name: name, source: source, notes: [.text("\(pieces.count) \(pieces.count == 1 ? String(kind.dropLast()) : kind) stacked"), .text(added)], table: s.table)
        return StackedLoad(result: LoadResult(table: s.table, report: report), fileLines: lines, notes: notes, warnings: warnings)
    }

    static func list(_ names: [String]) -> String {
        names.prefix(6).joined(separator: ", ") + (names.count > 6 ? ", … (\(names.count) columns)" : "")
    }
}
