import EvidenceData

/// The door between commands and the expression language. Commands that take an expression
/// (`filter`, `let`, `summary`, `plot`, `count where`, …) call these; the stages behind them
/// are Lexer → Parser (Pratt) → Checker (types against the schema) → Evaluator (whole columns).
///
/// `text` is the expression as typed; `offset` is where it starts in `line` (the whole command
/// line), so diagnostics draw a caret under the exact place. Errors are thrown as one
/// `Diagnostic` or, when a line has several, a `DiagnosticList`.
///
/// API (other commands call these):
///
///     evaluate(text, offset:, line:, in: d) throws -> Column          // d.rowCount values
///     select(text, offset:, line:, in: d) throws -> [Int32]            // base rows where true
///     aggregate(text, offset:, line:, in: d, groups: [[Int32]]?) throws -> [AggregateResult]
///         // `mean(reading_c1)`, `pct(writing_c2 >= "C")`, `q(x, 0.25)`, `count()`: one result
///         // for all of d's rows (groups nil) or one per group of BASE row indices (as
///         // `plot bar` builds them, which must be rows of d).
///     compile(text, offset:, line:, schema:) throws -> TypedExpr       // check without running
///     completions(in: text, cursor:, columns:, datasets:) -> Completions   // pure; see Completion.swift
public enum Expressions {
    /// Parse and type-check, throwing every problem found.
    public static func compile(_ text: String, offset: Int, line: String, schema: Checker.Schema) throws -> TypedExpr {
        let (expr, syntax) = Parser.parse(text, offset: offset, line: line)
        var problems = syntax
        var typed: TypedExpr?
        if syntax.isEmpty || !expr.columnNames.isEmpty {
            let (t, typeErrors) = Checker.check(expr, schema: schema, line: line)
            typed = t
            // Unknown names are worth reporting even beside syntax errors; type errors are not.
            problems += syntax.isEmpty ? typeErrors : typeErrors.filter { $0.message.hasPrefix("unknown ") }
        }
        problems.sort { ($0.span?.range.lowerBound ?? 0) < ($1.span?.range.lowerBound ?? 0) }
        if problems.count > 1, let spaced = unquotedSpacedName(in: text, offset: offset, line: line, schema: schema) { throw spaced }
        if problems.count == 1 { throw problems[0] }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        guard let typed else { throw Diagnostic(.error, category: .internal, message: ExpressionMessage.notChecked()) }
        return typed
    }

    /// Evaluate an expression over every row of `d` (in the dataset's row order; a view's
    /// selected rows only). The result has `d.rowCount` values and is named after the text.
    public static func evaluate(_ text: String, offset: Int, line: String, in d: ResolvedDataset) throws -> Column {
        let t = try compile(text, offset: offset, line: line, schema: Checker.Schema(d.table))
        return Evaluator(d).eval(t).column(count: d.rowCount, type: t.type, name: label(text))
    }

    /// `Elevens namn` typed without backticks reads as two names and a syntax error; say the
    /// one thing that is wrong instead: the name has a space, so it goes in backticks.
    static func unquotedSpacedName(in text: String, offset: Int, line: String, schema: Checker.Schema) -> Diagnostic? {
        let chars = Array(text)
        for name in schema.names where name.contains(" ") {
            let n = Array(name)
            guard n.count <= chars.count else { continue }
            for start in 0...(chars.count - n.count) where Array(chars[start..<(start + n.count)]) == n {
                let before = start > 0 ? chars[start - 1] : " ", after = start + n.count < chars.count ? chars[start + n.count] : " "
                guard before != "`", after != "`", !before.isLetter, !before.isNumber, !after.isLetter, !after.isNumber else { continue }
                return Diagnostic.usage(ExpressionMessage.spacedName(.text(name)), span: Span(line: line, range: (offset + start)..<(offset + start + n.count)),
                                        hint: ExpressionMessage.backticks(.text(name)))
            }
        }
        return nil
    }

    /// A column name as an expression: in backticks unless it is a plain identifier.
    public static func nameExpression(_ name: String) -> String {
        let plain = !name.isEmpty && !(name.first?.isNumber ?? true)
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "`" + name + "`"
    }

    /// An expression as a header or axis label: its backticks, which only quote names, left
    /// out (`` `Lärarobservation HT24` `` is labelled Lärarobservation HT24). Quotes of text
    /// literals are kept.
    public static func label(_ text: String) -> String {
        let t = text.trimmed()
        guard t.contains("`") else { return t }
        var out = ""
        var inString: Character?
        for ch in t {
            if let q = inString {
                out.append(ch)
                if ch == q { inString = nil }
            } else if ch == "\"" || ch == "'" {
                inString = ch
                out.append(ch)
            } else if ch != "`" {
                out.append(ch)
            }
        }
        return out
    }

    /// Evaluate a condition and return the base-table row indices where it is true, in the
    /// dataset's row order (sorted unless the dataset was sorted). Missing counts as not true.
    public static func select(_ text: String, offset: Int, line: String, in d: ResolvedDataset) throws -> [Int32] {
        let t = try compile(text, offset: offset, line: line, schema: Checker.Schema(d.table))
        guard t.type == .boolean || t.type == .missing else {
            throw Diagnostic.usage(ExpressionMessage.conditionType(.text(text.trimmed()), Checker.word(t.type)),
                                   span: Span(line: line, range: t.range),
                                   hint: t.type == .number ? ExpressionMessage.compareIt(.text(text.trimmed())) : ExpressionMessage.compareOrMissing(),
                                   kind: ExpressionMessage.kindType())
        }
        let keep: Bitmap
        switch Evaluator(d).eval(t) {
        case .constant(.boolean(true)): keep = Bitmap(count: d.rowCount, allSet: true)
        case .constant: keep = Bitmap(count: d.rowCount, allSet: false)
        case .column(let data, let valid):
            guard case .boolean(let b) = data else { keep = Bitmap(count: d.rowCount, allSet: false); break }
            keep = Kernels.combine(b, .and, valid)
        }
        let idx = keep.setIndices()
        guard let sel = d.selection else { return idx }
        return idx.map { sel[Int($0)] }
    }

    /// Evaluate an aggregate call (`mean(reading_c1)`, `pct(writing_c2 >= "C")`, `count()`) over
    /// the rows of `d` (groups nil: one result) or over each group of base row indices.
    public static func aggregate(_ text: String, offset: Int, line: String, in d: ResolvedDataset,
                                 groups: [[Int32]]? = nil) throws -> [AggregateResult] {
        let t = try compile(text, offset: offset, line: line, schema: Checker.Schema(d.table))
        guard case .call(let f, let args) = t.node, let reduce = f.reduce else {
            throw Diagnostic.usage(ExpressionMessage.expectedAggregate(.text(text.trimmed())),
                                   span: Span(line: line, range: t.range),
                                   hint: ExpressionMessage.aggregates(.text(Functions.all.filter(\.isAggregate).map(\.name).joined(separator: " "))),
                                   kind: ExpressionMessage.kindType())
        }
        let ev = Evaluator(d)
        let vec: Vec = args.first.map { ev.eval($0) } ?? .constant(.number(1))
        let params: [Double] = args.dropFirst().compactMap { if case .constant(.number(let x)) = $0.node { x } else { nil } }
        let (values, valid) = FunctionLibrary.numbers(vec, d.rowCount)
        // For count(text) the values do not matter, only validity.
        let lanes: [Double] = { if case .column(.text, _) = vec { return [Double](repeating: 0, count: d.rowCount) }; return values }()
        func result(_ positions: [Int]) -> AggregateResult {
            var xs: [Double] = []
            xs.reserveCapacity(positions.count)
            for p in positions where valid[p] { xs.append(lanes[p]) }
            return AggregateResult(value: reduce(xs, params), n: xs.count, missing: positions.count - xs.count)
        }
        guard let groups else { return [result(Array(0..<d.rowCount))] }
        // Groups hold base rows; find each one's position among d's rows.
        var position: [Int32]?
        if let sel = d.selection {
            var inv = [Int32](repeating: -1, count: d.table.rowCount)
            for (i, r) in sel.enumerated() { inv[Int(r)] = Int32(i) }
            position = inv
        }
        return groups.map { g in
            result(g.compactMap { r in
                guard let position else { return Int(r) < d.rowCount ? Int(r) : nil }
                let p = Int(r) < position.count ? position[Int(r)] : -1
                return p >= 0 ? Int(p) : nil
            })
        }
    }
}
