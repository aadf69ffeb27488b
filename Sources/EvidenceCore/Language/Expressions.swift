/// The door between commands and the expression language. Commands that take an expression
/// (`filter`, `let`, `summary`, `plot`, `count where`, …) call these; the language behind them
/// (lexer → Pratt parser → type check → vectorised evaluation) may change without touching them.
///
/// `text` is the expression as typed; `offset` is where it starts in `line` (the whole command
/// line), so diagnostics can draw a caret under the exact place.
public enum Expressions {
    /// Evaluate an expression over every row of `d` (in the dataset's row order; a view's
    /// selected rows only). The result has `d.rowCount` values.
    public static func evaluate(_ text: String, offset: Int, line: String, in d: ResolvedDataset) throws -> Column {
        // Placeholder until the language lands: a bare or backticked column name.
        var name = text.trimmed()
        if name.hasPrefix("`"), name.hasSuffix("`"), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
        guard let c = d.column(named: name) else {
            throw Diagnostic.usage("unknown column '\(name)'", span: Span(line: line, range: offset..<(offset + text.count)),
                                   hint: Suggestions.didYouMean(name, in: d.table.columnNames), kind: "unknown column")
        }
        return c
    }

    /// Evaluate a condition and return the base-table row indices where it is true (sorted),
    /// drawn from `d`'s rows. Missing counts as not true.
    public static func select(_ text: String, offset: Int, line: String, in d: ResolvedDataset) throws -> [Int32] {
        let c = try evaluate(text, offset: offset, line: line, in: d)
        guard case .boolean(let b) = c.data else {
            throw Diagnostic.usage("a condition must be true or false, but this is \(c.type.rawValue)",
                                   span: Span(line: line, range: offset..<(offset + text.count)), kind: "type")
        }
        let keep = b & c.validity
        return keep.setIndices().map { Int32(d.baseRow(Int($0))) }
    }
}
