import EvidenceData

/// Completion inside an expression, for the terminal's Completer. Pure: it looks only at the
/// text and the names it is given.
///
///     Expressions.completions(in: text, cursor: Int, columns: [String], datasets: [String]) -> Completions
///
/// `text` is the expression text (or a whole command line), `cursor` a Character offset into
/// it. The result says which Characters the chosen candidate replaces (the partial word before
/// the cursor) and the candidates, best first: after `as` dataset names; after a complete value
/// the operators that may follow (and, or, in, between, is missing, …); otherwise columns
/// (backticked when they need it), functions (with "(") and true/false/missing/not.
public struct Completions: Sendable, Equatable {
    public var replacing: Range<Int>
    public var candidates: [String]
}

extension Expressions {
    public static func completions(in text: String, cursor: Int, columns: [String], datasets: [String]) -> Completions {
        let chars = Array(text)
        let cur = min(max(0, cursor), chars.count)
        let tokens = Lexer.tokenize(String(chars[0..<cur]))
        // The token being typed is the last one if it touches the cursor.
        var partial = ""
        var start = cur
        var before = tokens.dropLast()   // drop .end
        if let last = before.last, last.range.upperBound == cur {
            if last.kind == .string, last.problem != nil { return Completions(replacing: cur..<cur, candidates: []) }
            if last.kind == .name || Token.keywords[last.text.lowercased()] != nil {
                partial = last.text
                start = last.range.lowerBound
                before = before.dropLast()
            }
        }
        let p = partial.lowercased()
        func matching(_ xs: [String]) -> [String] { xs.filter { $0.lowercased().hasPrefix(p) } }
        let prev = before.last
        var out: [String]
        if let prev, prev.kind == .name, prev.text.lowercased() == "as" {
            out = matching(datasets)
        } else if let prev, [.name, .number, .string, .rparen, .rbracket, .true, .false, .missing].contains(prev.kind) {
            out = matching(["and", "or", "in", "between", "is missing", "is not missing", "not in", "not between", "as"])
        } else {
            let cols = matching(columns).map { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? $0 : "`\($0)`" }
            out = cols + matching(Functions.names).map { $0 + "(" } + matching(["not", "true", "false", "missing"])
        }
        return Completions(replacing: start..<cur, candidates: out)
    }
}
