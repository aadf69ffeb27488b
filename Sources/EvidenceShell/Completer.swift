import Foundation
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// Tab completion without a terminal: the text before the cursor is read by `CommandLexer`,
/// and the command's declared signature says what the word there takes (a path, a dataset, an
/// expression, a keyword, a `set` option, …). The line editor only applies the result, so all of
/// this is unit-tested.
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

    /// True when a file path fits after `words` (the command word first), by the command's
    /// declared signature: `load PATH`, `export last to PATH`, `session save PATH`, ….
    static func expectsPath(command: String, words: [String]) -> Bool {
        guard let spec = CommandRegistry.shared.lookup(command) else { return false }
        let after = words.dropFirst().map { Word(text: $0, range: 0..<$0.count) }
        return spec.signature.place(after: after).shape?.allowsPath ?? false
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
        guard let first = words.first else {
            return match(commandNames, partial: partial, raw: raw, quote: quote)
        }
        guard let spec = session.registry.lookup(first.text) else { return Completion(prefix: raw, candidates: []) }
        // Inside `MEASURE A -> B`: the grammar of cycles, which the flat signature cannot say.
        if let cycles = cycleCandidates(after: [spec.name] + words.dropFirst().map(\.text)) {
            return match(cycles, partial: partial, raw: raw, quote: quote)
        }
        let place = spec.signature.place(after: Array(words.dropFirst()))
        guard place.known else { return Completion(prefix: raw, candidates: []) }
        let ctx = CompletionContext(session: session, command: spec.name, words: words.map(\.text), partial: partial)
        guard let shape = place.shape else {
            // Between arguments: the keywords, and the columns and datasets that commands mention.
            if place.keywords.isEmpty { return Completion(prefix: raw, candidates: []) }
            return match(place.keywords + columnNames + datasetNames, partial: partial, raw: raw, quote: quote)
        }
        var c = match(place.keywords + names(for: shape, ctx), partial: partial, raw: raw, quote: quote)
        if shape.allowsPath { c.candidates += paths(partial: partial, raw: raw, quote: quote).candidates }
        return c
    }

    /// The names that fit a declared place (paths are added by `complete`).
    func names(for shape: ArgumentShape, _ ctx: CompletionContext) -> [String] {
        switch shape {
        case .path, .name, .value, .number, .text: []
        case .dataset: datasetNames
        case .column, .columns: columnNames
        case .expression, .expressions: columnNames + expressionCandidates(ctx)
        case .cycleReference: columnNames + (cycleModel.map { $0.measures.map(\.name) + $0.cycles } ?? [])
        case .cycles: cycleModel?.cycles ?? []
        case .norms: session.state.norms.order
        case .command: commandNames
        case .function: Functions.names
        case .choice(let words): words
        case .setting: SettingSpec.names
        case .settingValue: ctx.words.last.flatMap(SettingSpec.named)?.choices ?? []
        case .options(let keys): keys.map { $0 + "=" }
        case .either(let shapes): shapes.flatMap { names(for: $0, ctx) }
        }
    }

    var commandNames: [String] { session.registry.commands.map(\.name) }
    var datasetNames: [String] { session.datasets.map(\.name) }
    var columnNames: [String] {
        guard let d = session.currentName.flatMap(session.dataset(named:)),
              let t = session.tables[d.baseName] else { return [] }
        return t.table.columns.map(\.name)
    }
    var cycleModel: CycleModel? {
        guard let d = try? session.resolve(nil) else { return nil }
        return session.cycleModel(for: d, baseName: session.dataset(named: d.name)?.baseName ?? d.name)
    }

    /// Candidates from `names` that start with `partial` (case-insensitive), quoted when needed.
    func match(_ names: [String], partial: String, raw: String, quote: Character?) -> Completion {
        let p = partial.lowercased()
        var seen = Set<String>()
        var out: [Completion.Candidate] = []
        for n in names where n.lowercased().hasPrefix(p) && seen.insert(n).inserted {
            let needsQuote = quote != nil || n.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "'" })
            let q = quote ?? "`"
            // An option's `key=` takes its value right after.
            out.append(.init(text: needsQuote ? "\(q)\(n)\(q)" : n, display: n, terminator: n.hasSuffix("=") ? "" : " "))
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
