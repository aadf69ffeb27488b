import Foundation
import EvidenceData

/// `load A B [as NAME]`, `load exports/`, `load exports/*.csv`: several files stacked into one
/// dataset (docs/loading.md, "Several files at once"). Each file goes through its own reader
/// (`TableReaders`), so any source a single `load` reads can be stacked.
extension LoadCommand {
    /// True when the words name more than one file: several paths, a folder or a pattern.
    static func namesSeveral(_ paths: [Word], _ session: Session) -> Bool {
        paths.count > 1 || paths.contains { LoadPaths.isSeveral(resolve($0.text, session)) }
    }

    static func loadFiles(_ paths: [Word], name: String?, options: LoadOptions, ctx: inout CommandContext) throws -> Output {
        let s = ctx.session
        var files: [LoadPaths.File] = []
        for w in paths {
            // A safe script may not even list a folder outside its own (a hint would name its files).
            try ctx.checkSafeRead(resolve(w.text, s), word: w)
            let found: [LoadPaths.File]
            do { found = try LoadPaths.expand(typed: w.text, resolved: resolve(w.text, s)) } catch var d as Diagnostic {
                d.span = d.span ?? ctx.args.span(w)
                // `load NP åk6 HT2024.csv`: three paths to the shell, one file with spaces to the user.
                let joined = paths.map(\.text).joined(separator: " ")
                if d.kind == "file not found", paths.count > 1, FileManager.default.fileExists(atPath: resolve(joined, s)) {
                    d.hint = LoadMessage.pathWithSpaces.text(.en, .text(joined))
                    d.catalogue.hint = LoadMessage.pathWithSpaces(.text(joined))
                }
                throw d.scrubbingPersonnummer(key: s.state.pseudonymKey)
            }
            for f in found where !files.contains(where: { $0.path == f.path }) {
                try ctx.checkSafeRead(f.path, word: w)
                files.append(f)
            }
        }
        files = StackedLoad.ordered(files)
        let folder = paths.count == 1 ? folderName(paths[0].text) : nil
        let n = name ?? datasetName(forPath: s.scrubPersonnummer(StackedLoad.defaultName(files, fallback: folder)).text + ".csv")
        var privacyNotes: [String] = []
        do {
            let stack = try StackedLoad.load(files, name: n, cancellation: s.environment.cancellation) { f in
                let reader = try TableReaders.reader(path: f.path, displayPath: f.display, options: options)
                var r = try reader.load(name: f.name, cancellation: s.environment.cancellation)
                // Pseudonymised file by file (a column typed as numbers in one file and as text in
                // another would lose its leading zeros as text) with the session's one key: one
                // student, one pseudonym. The key is read or made only when a file needs it.
                guard Privacy.needsPseudonymising(r.table) else { return r }
                let key = try s.pseudonymKey()
                var (t, notes) = Privacy.pseudonymise(r.table, key: key.key)
                if !notes.isEmpty, let (withID, note) = Session.personnummerID(raw: r.table, pseudonymised: t, idNamed: r.report.idNamed) {
                    t = withID
                    // Said once for the stack, not once per file.
                    if !privacyNotes.contains(note) { privacyNotes.append(note) }
                }
                r.table = t
                privacyNotes += key.notes + notes.map { "\(f.name): \($0)" }
                return r
            }
            return try s.admit(stack, privacyNotes: privacyNotes)
        } catch let d as Diagnostic {
            throw d.scrubbingPersonnummer(key: s.state.pseudonymKey)
        } catch let list as DiagnosticList {
            throw DiagnosticList(list.diagnostics.map { $0.scrubbingPersonnummer(key: s.state.pseudonymKey) })
        }
    }

    /// A folder's own name (`exports/` or `exports/*.csv` → exports), or nil.
    static func folderName(_ typed: String) -> String? {
        var trimmed = typed.hasSuffix("/") ? String(typed.dropLast()) : typed
        if LoadPaths.isPatternText(trimmed) { trimmed = (trimmed as NSString).deletingLastPathComponent }
        let last = (trimmed as NSString).lastPathComponent
        return last.isEmpty || last == "." ? nil : last
    }
}
