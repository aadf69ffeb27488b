import Foundation
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// Tab completion without a terminal: from the text before the cursor and the session it
/// finds command names, command keywords, dataset and column names, `set` options and file
/// paths. The line editor only applies the result, so all of this is unit-tested.
public struct Completer {
    public let session: Session
    /// Extra candidates from the expression language (function names, …) for argument words.
    public var expressionCandidates: (CompletionContext) -> [String]
    /// Directory that relative paths are completed in (nil: the process's working directory).
    public var workingDirectory: String?

    public init(session: Session,
                expressionCandidates: @escaping (CompletionContext) -> [String] = ExpressionCompletion.candidates) {
        self.session = session
        self.expressionCandidates = expressionCandidates
        self.workingDirectory = session.environment.workingDirectory
    }

    /// Commands whose argument at a place is a file path: the first argument of `load` and
    /// `run`, the word after `to` in `export`, the third word of `session save|load|replay`.
    static func expectsPath(command: String, words: [String]) -> Bool {
        switch command {
        case "load", "run": return words.count == 1
        case "export": return words.last?.lowercased() == "to"
        case "session": return words.count == 2 && ["save", "load", "replay"].contains(words[1].lowercased())
        default: return false
        }
    }

    public func complete(_ before: String) -> Completion {
        let scanned = CommandLexer.scan(before)
        // Nothing to complete in a comment.
        if scanned.commentStart != nil { return .none }
        // Only the command after the last `;` matters.
        var words = scanned.lastCommandWords
        var raw = ""
        var partial = ""
        var quote: Character?
        // The cursor is still in the last word when no blank follows it, or its quote is open.
        if let last = words.last, last.range.upperBound == before.count, last.isBare || scanned.endsInOpenQuote {
            words.removeLast()
            raw = String(Array(before)[last.range])
            partial = last.text
            if !last.isBare, let q = raw.first { quote = q }
        }
        let names = words.map(\.text)
        guard let first = names.first else {
            return match(commandNames, partial: partial, raw: raw, quote: quote)
        }
        guard let spec = session.registry.lookup(first) else { return Completion(prefix: raw, candidates: []) }
        let ctx = CompletionContext(session: session, command: spec.name, words: names, partial: partial)
        if Completer.expectsPath(command: spec.name, words: names) {
            var c = paths(partial: partial, raw: raw, quote: quote)
            if spec.name == "load" {
                c.candidates = match(["demo"], partial: partial, raw: raw, quote: quote).candidates + c.candidates
            }
            return c
        }
        switch spec.name {
        case "help":
            return names.count == 1 ? match(commandNames, partial: partial, raw: raw, quote: quote) : .none
        case "use":
            return names.count == 1 ? match(datasetNames, partial: partial, raw: raw, quote: quote) : .none
        case "set":
            if names.count == 1 { return match(spec.keywords, partial: partial, raw: raw, quote: quote) }
            if names.count == 2 {
                return match(SettingSpec.named(names[1])?.choices ?? [], partial: partial, raw: raw, quote: quote)
            }
            return .none
        default:
            let all = spec.keywords + columnNames + datasetNames + expressionCandidates(ctx)
            return match(all, partial: partial, raw: raw, quote: quote)
        }
    }

    var commandNames: [String] { session.registry.commands.map(\.name) }
    var datasetNames: [String] { session.datasets.map(\.name) }
    var columnNames: [String] {
        guard let d = session.currentName.flatMap(session.dataset(named:)),
              let t = session.tables[d.baseName] else { return [] }
        return t.table.columns.map(\.name)
    }

    /// Candidates from `names` that start with `partial` (case-insensitive), quoted when needed.
    func match(_ names: [String], partial: String, raw: String, quote: Character?) -> Completion {
        let p = partial.lowercased()
        var seen = Set<String>()
        var out: [Completion.Candidate] = []
        for n in names where n.lowercased().hasPrefix(p) && seen.insert(n).inserted {
            let needsQuote = quote != nil || n.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "'" })
            let q = quote ?? "`"
            out.append(.init(text: needsQuote ? "\(q)\(n)\(q)" : n, display: n))
        }
        out.sort { $0.display.lowercased() < $1.display.lowercased() }
        return Completion(prefix: raw, candidates: out)
    }

    /// File and folder names completing `partial`; folders end in `/` and take no space.
    func paths(partial: String, raw: String, quote: Character?) -> Completion {
        let slash = partial.lastIndex(of: "/")
        let dirPart = slash.map { String(partial[...$0]) } ?? ""
        let base = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        var dir = dirPart.isEmpty ? (workingDirectory ?? FileManager.default.currentDirectoryPath) : dirPart
        if dir.hasPrefix("~"), let home = Terminal.environment("HOME") { dir = home + dir.dropFirst() }
        if !dir.hasPrefix("/"), let wd = workingDirectory { dir = wd + "/" + dir }
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: dir) else { return Completion(prefix: raw, candidates: []) }
        var out: [Completion.Candidate] = []
        for e in entries where e.hasPrefix(base) && (base.hasPrefix(".") || !e.hasPrefix(".")) {
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: (dir as NSString).appendingPathComponent(e), isDirectory: &isDir)
            let full = dirPart + e + (isDir.boolValue ? "/" : "")
            let needsQuote = quote != nil || full.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\"" })
            let q = quote ?? "\""
            // An open quote stays open inside a folder, and closes after a file.
            let text = needsQuote ? "\(q)\(full)\(isDir.boolValue ? "" : String(q))" : full
            out.append(.init(text: text, display: e + (isDir.boolValue ? "/" : ""), terminator: isDir.boolValue ? "" : " "))
        }
        out.sort { $0.display < $1.display }
        return Completion(prefix: raw, candidates: out)
    }
}
