import EvidenceData

/// Type checking: resolves column and function names against the dataset's schema, turns grade
/// literals into grades where they meet a grade, and reports every type error with a caret —
/// all before a single row is touched.
public struct Checker {
    /// Column names and types, in table order (the order suggestions prefer).
    public struct Schema: Sendable {
        public var columns: [(name: String, type: ValueType)]
        public init(columns: [(name: String, type: ValueType)]) { self.columns = columns }
        public init(_ t: Table) { columns = t.columns.map { ($0.name, $0.type) } }
        package func type(of name: String) -> ValueType? { columns.first { $0.name == name }?.type }
        package var names: [String] { columns.map(\.name) }
    }

    package let schema: Schema
    package let line: String
    public private(set) var diagnostics: [Diagnostic] = []

    /// Check a parsed tree. Returns nil (and diagnostics) when it has errors.
    public static func check(_ e: Expr, schema: Schema, line: String) -> (TypedExpr?, [Diagnostic]) {
        var c = Checker(schema: schema, line: line)
        let t = c.check(e)
        return (c.diagnostics.isEmpty ? t : nil, c.diagnostics)
    }

    package mutating func error(_ message: String, _ range: Range<Int>, hint: String? = nil, kind: String = "type") {
        // The renderer prints "kind: message"; a message that already says its kind stands alone.
        diagnostics.append(Diagnostic.usage(message, span: Span(line: line, range: range), hint: hint,
                                            kind: message.hasPrefix(kind) ? nil : kind))
    }

    package func text(_ e: Expr) -> String {
        let chars = Array(line)
        let lo = min(max(0, e.range.lowerBound), chars.count), hi = min(max(lo, e.range.upperBound), chars.count)
        return String(chars[lo..<hi])
    }

    package static func isGradeLetter(_ s: String) -> Bool { s.count == 1 && Grade(letter: s) != nil }

    package mutating func check(_ e: Expr) -> TypedExpr? {
        let r = e.range
        switch e.kind {
        case .error: return nil
        case .number(let d): return TypedExpr(.constant(.number(d)), .number, r)
        case .string(let s): return TypedExpr(.constant(.text(s)), .text, r)
        case .boolean(let b): return TypedExpr(.constant(.boolean(b)), .boolean, r)
        case .missing: return TypedExpr(.constant(.missing(.empty)), .missing, r)
        case .column(let name): return column(name, r)
        case .list:
            error("a list [ … ] can only follow 'in'", r, hint: "write: class in [\"5A\", \"5B\"]", kind: "syntax")
            return nil
        case .unary(.negate, let a):
            guard let t = check(a) else { return nil }
            guard expect(t, a, [.number], "'-'") else { return nil }
            return TypedExpr(.negate(t), t.type == .missing ? .missing : .number, r)
        case .unary(.not, let a):
            guard let t = check(a) else { return nil }
            guard expect(t, a, [.boolean], "'not'") else { return nil }
            return TypedExpr(.not(t), .boolean, r)
        case .binary(let op, let a, let b):
            let ta = check(a), tb = check(b)
            guard let ta, let tb else { return nil }
            if op.isArithmetic {
                guard expect(ta, a, [.number], "'\(op.rawValue)'"), expect(tb, b, [.number], "'\(op.rawValue)'") else { return nil }
                return TypedExpr(.arithmetic(op, ta, tb), .number, r)
            }
            if op == .and || op == .or {
                guard expect(ta, a, [.boolean], "'\(op.rawValue)'"), expect(tb, b, [.boolean], "'\(op.rawValue)'") else { return nil }
                return TypedExpr(.logic(op, ta, tb), .boolean, r)
            }
            return compare(op, ta, a, tb, b, r)
        case .isMissing(let a, let neg):
            guard let t = check(a) else { return nil }
            return TypedExpr(.isMissing(t, negated: neg), .boolean, r)
        case .between(let a, let lo, let hi):
            guard let ta = check(a) else { _ = check(lo); _ = check(hi); return nil }
            let tl = check(lo), th = check(hi)
            guard let tl, let th else { return nil }
            guard let l2 = coerce(tl, lo, to: ta, a, op: "between"), let h2 = coerce(th, hi, to: ta, a, op: "between") else { return nil }
            if ta.type == .text || ta.type == .boolean {
                error("'between' needs numbers or grades, but '\(text(a))' is \(ta.type.rawValue)", a.range)
                return nil
            }
            return TypedExpr(.between(ta, l2, h2), .boolean, r)
        case .inList(let a, let items):
            return inList(a, items, r)
        case .call(let name, let nameRange, let args):
            return call(name, nameRange, args, r)
        }
    }

    package mutating func column(_ name: String, _ r: Range<Int>) -> TypedExpr? {
        if let t = schema.type(of: name) { return TypedExpr(.column(name), ExprType(t), r) }
        // Names differing only in case are the same column to a coordinator.
        if let c = schema.columns.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return TypedExpr(.column(c.name), ExprType(c.type), r)
        }
        let suggestion = Suggestions.suggestion(name, in: schema.names)
        var hint = suggestion?.text(.en)
        if Self.isGradeLetter(name) {
            hint = "a grade is written in quotes: \"\(name.uppercased())\""
        } else if Functions.named(name) != nil {
            hint = "'\(name)' is a function; call it: \(name.lowercased())(…)"
        } else if hint == nil {
            hint = "text is written in quotes: \"\(name)\"; see 'describe' for the columns"
        }
        error("unknown column '\(name)'", r, hint: hint, kind: "unknown column")
        // Worded by the catalogue, so it reads in the session's language; a hint of the
        // checker's own stays English for now.
        if let last = diagnostics.indices.last {
            diagnostics[last].catalogue = .init(message: CommonMessage.unknownColumn(.text(name)),
                                                hint: hint == suggestion?.text(.en) ? suggestion : nil)
        }
        return nil
    }

    /// True when `t` has one of `types` (or is the literal missing); reports otherwise.
    package mutating func expect(_ t: TypedExpr, _ e: Expr, _ types: [ExprType], _ what: String) -> Bool {
        if t.type == .missing || types.contains(t.type) { return true }
        let want = types.map(\.rawValue).joined(separator: " or ")
        var hint: String?
        if t.type == .grade, types.contains(.number) { hint = "use points(\(text(e))) for grade points" }
        if t.type == .date, types.contains(.number) { hint = Self.dateHint }
        if t.type == .text, types == [.date] { hint = "date(\(text(e))) reads text as a date" }
        if t.type == .text, case .constant(.text(let s)) = t.node, Double(s) != nil { hint = "remove the quotes: \(s)" }
        if t.type == .number, what == "number" { hint = "'\(text(e))' is a number already; number(t) is for text" }
        error("\(what) needs \(want), but '\(text(e))' is \(t.type.rawValue)", e.range, hint: hint)
        return false
    }

    package static let dateHint = "days(a, b) counts the days from a to b; year(d), month(d) and day(d) are numbers"

    /// Make `t` fit beside `other`: a text literal meeting a grade becomes a grade, one meeting
    /// a date a date.
    package mutating func coerce(_ t: TypedExpr, _ e: Expr, to other: TypedExpr, _ oe: Expr, op: String) -> TypedExpr? {
        if t.type == other.type || t.type == .missing || other.type == .missing { return t }
        if other.type == .date, case .constant(.text(let s)) = t.node {
            return dateLiteral(s, e, t.range)
        }
        if other.type == .grade, case .constant(.text(let s)) = t.node {
            guard let g = Grade(letter: s.trimmed()), s.trimmed().count == 1 else {
                error("'\(s)' is not a grade", e.range, hint: "grades are A, B, C, D, E and F")
                return nil
            }
            return TypedExpr(.constant(.grade(g)), .grade, t.range)
        }
        var hint: String?
        if t.type == .text, other.type == .number, case .constant(.text(let s)) = t.node, Double(s) != nil { hint = "remove the quotes: \(s)" }
        if t.type == .number, other.type == .text, case .constant(.number) = t.node { hint = "text is written in quotes: \"\(text(e))\"" }
        if other.type == .grade, t.type == .number { hint = "compare grades with a quoted letter (\"C\"), or use points(\(text(oe)))" }
        if other.type == .date, t.type == .number { hint = "a date is written in quotes: \"2025-03-14\"" }
        error("cannot use \(op) on \(other.type.rawValue) '\(text(oe))' and \(t.type.rawValue) '\(text(e))'", e.range, hint: hint)
        return nil
    }

    /// A quoted ISO date as a date constant, or an error at the literal.
    package mutating func dateLiteral(_ s: String, _ e: Expr, _ r: Range<Int>) -> TypedExpr? {
        guard let d = Dates.parse(s.trimmed()) else {
            error("'\(s)' is not a date", e.range, hint: "write a date as \"YYYY-MM-DD\", e.g. \"2025-03-14\" (or \"2025-03-14 08:30\")")
            return nil
        }
        return TypedExpr(.constant(.date(d)), .date, r)
    }

    package mutating func compare(_ op: BinaryOp, _ ta: TypedExpr, _ a: Expr, _ tb: TypedExpr, _ b: Expr, _ r: Range<Int>) -> TypedExpr? {
        if ta.type == .missing || tb.type == .missing {
            let x = ta.type == .missing ? text(b) : text(a)
            error("a comparison with missing is always missing", r,
                  hint: op == .ne ? "write: \(x) is not missing" : "write: \(x) is missing")
            return nil
        }
        var left = ta, right = tb
        if ta.type == .date || tb.type == .date, ta.type != tb.type {
            // A quoted ISO date beside a date column is a date (test_date >= "2025-03-01").
            if ta.type == .date { guard let c = coerce(tb, b, to: ta, a, op: "'\(op.rawValue)'") else { return nil }; right = c }
            else { guard let c = coerce(ta, a, to: tb, b, op: "'\(op.rawValue)'") else { return nil }; left = c }
        } else if ta.type == .grade, tb.type == .text { guard let c = coerce(tb, b, to: ta, a, op: "'\(op.rawValue)'") else { return nil }; right = c }
        else if tb.type == .grade, ta.type == .text { guard let c = coerce(ta, a, to: tb, b, op: "'\(op.rawValue)'") else { return nil }; left = c }
        else if ta.type != tb.type {
            guard coerce(tb, b, to: ta, a, op: "'\(op.rawValue)'") != nil else { return nil }
        }
        if op.isOrdering, left.type == .text || left.type == .boolean {
            error("'\(op.rawValue)' needs numbers or grades; \(left.type.rawValue) can only be compared with == or !=", r)
            return nil
        }
        return TypedExpr(.compare(op, left, right), .boolean, r)
    }

    package mutating func inList(_ a: Expr, _ items: [Expr], _ r: Range<Int>) -> TypedExpr? {
        guard let ta = check(a) else { return nil }
        var values: [Value] = []
        var ok = true
        for item in items {
            guard let ti = check(item) else { ok = false; continue }
            guard let v = ti.constant else {
                error("a list after 'in' holds literal values, not '\(text(item))'", item.range, hint: "write: class in [\"5A\", \"5B\"]")
                ok = false
                continue
            }
            if v.isMissing { error("missing cannot be in a list", item.range, hint: "use 'is missing'"); ok = false; continue }
            guard let c = coerce(ti, item, to: ta, a, op: "'in'") else { ok = false; continue }
            if let cv = c.constant { values.append(cv) }
        }
        return ok ? TypedExpr(.inList(ta, values), .boolean, r) : nil
    }

    package mutating func call(_ name: String, _ nameRange: Range<Int>, _ args: [Expr], _ r: Range<Int>) -> TypedExpr? {
        let typed = args.map { check($0) }
        guard let f = Functions.named(name) else {
            var hint = Suggestions.didYouMean(name, in: Functions.names)
            if schema.type(of: name) != nil { hint = "'\(name)' is a column, not a function" }
            error("unknown function '\(name)'", nameRange, hint: hint ?? "see 'help functions'", kind: "unknown function")
            return nil
        }
        if args.count < f.minArgs || args.count > f.maxArgs {
            let want = f.variadic ? "at least \(f.minArgs)" : f.minArgs == f.maxArgs ? "\(f.minArgs)" : "\(f.minArgs) to \(f.maxArgs)"
            error("\(f.name) takes \(want) argument\(want == "1" ? "" : "s"), got \(args.count)", r, hint: "usage: \(f.signature)")
            return nil
        }
        var out: [TypedExpr] = []
        var anyType: ExprType?
        // Where grades meet quoted letters (coalesce(writing_c1, "E")), the letters are grades.
        let gradeArg = typed.enumerated().first { f.argType($0.offset) == .any && $0.element?.type == .grade }
        for (i, t0) in typed.enumerated() {
            guard var t = t0 else { return nil }
            if let g = gradeArg, let ge = g.element, f.argType(i) == .any, t.type == .text, t.constant != nil {
                guard let c = coerce(t, args[i], to: ge, args[g.offset], op: f.name) else { return nil }
                t = c
            }
            let e = args[i]
            let what = "\(f.name)"
            switch f.argType(i) {
            case .number: guard expect(t, e, [.number], what) else { return nil }
            case .text:
                guard expect(t, e, [.text], what) else { return nil }
                if f.result == .date, case .constant(.text(let s)) = t.node {
                    // date("2025-13-01") is wrong before a row is read.
                    guard let c = dateLiteral(s, e, t.range) else { return nil }
                    out.append(c)
                    continue
                }
            case .date:
                if case .constant(.text(let s)) = t.node {
                    guard let c = dateLiteral(s, e, t.range) else { return nil }
                    out.append(c)
                    continue
                }
                guard expect(t, e, [.date], what) else { return nil }
            case .grade:
                if t.type == .text, t.constant != nil {
                    // points("C"): a quoted letter is a grade here.
                    guard let c = coerce(t, e, to: TypedExpr(.constant(.grade(.F)), .grade, e.range), e, op: what) else { return nil }
                    out.append(c)
                    continue
                }
                guard expect(t, e, [.grade], what) else { return nil }
            case .boolean: guard expect(t, e, [.boolean], what) else { return nil }
            case .constant:
                guard case .constant(.number(let d)) = t.node else {
                    error("\(f.name) needs a number written out here, not '\(text(e))'", e.range, hint: "usage: \(f.signature)")
                    return nil
                }
                if f.name == "q", !(0...1).contains(d) {
                    error("a quantile is between 0 and 1, not \(text(e))", e.range, hint: "q(x, 0.25) is the lower quartile")
                    return nil
                }
                if f.name == "band", i > 1, case .constant(.number(let prev)) = out[i - 1].node, d <= prev {
                    error("band cuts must increase, but \(text(e)) follows \(NumberFormat.plain(prev))", e.range)
                    return nil
                }
            case .any:
                if t.type != .missing {
                    if let at = anyType, at != t.type {
                        error("\(f.name) needs arguments of one type, but '\(text(e))' is \(t.type.rawValue), not \(at.rawValue)", e.range)
                        return nil
                    }
                    anyType = t.type
                }
            }
            out.append(t)
        }
        let type: ExprType = switch f.result {
        case .number: .number
        case .text: .text
        case .boolean: .boolean
        case .date: .date
        case .sameAsInputs: anyType ?? .missing
        }
        return TypedExpr(.call(f, out), type, r)
    }
}
