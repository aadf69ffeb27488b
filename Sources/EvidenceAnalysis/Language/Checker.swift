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

    /// Records a type error, worded by the catalogue (`ExpressionMessage`) so that it reads in the
    /// session's language.
    package mutating func error(_ message: Message, _ range: Range<Int>, hint: Message? = nil,
                                kind: Message = ExpressionMessage.kindType()) {
        // The renderer prints "kind: message"; a message that already says its kind stands alone.
        diagnostics.append(Diagnostic.usage(message, span: Span(line: line, range: range), hint: hint,
                                            kind: message.text(.en).hasPrefix(kind.text(.en)) ? nil : kind))
    }

    /// A type's name as a message argument (`number`, `tal`).
    package static func word(_ t: ExprType) -> MessageArgument { ExpressionMessage.type(t.rawValue) }

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
            error(ExpressionMessage.listOnlyAfterIn(), r, hint: ExpressionMessage.writeInList(), kind: ExpressionMessage.kindSyntax())
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
                error(ExpressionMessage.betweenNeeds(.text(text(a)), Self.word(ta.type)), a.range)
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
        var hint = Suggestions.suggestion(name, in: schema.names)
        if Self.isGradeLetter(name) {
            hint = ExpressionMessage.gradeInQuotes(.text(name.uppercased()))
        } else if Functions.named(name) != nil {
            hint = ExpressionMessage.isFunction(.text(name), .text(name.lowercased()))
        } else if hint == nil {
            hint = ExpressionMessage.textOrDescribe(.text(name))
        }
        error(CommonMessage.unknownColumn(.text(name)), r, hint: hint, kind: CommonMessage.unknownColumnKind())
        return nil
    }

    /// True when `t` has one of `types` (or is the literal missing); reports otherwise.
    package mutating func expect(_ t: TypedExpr, _ e: Expr, _ types: [ExprType], _ what: String) -> Bool {
        if t.type == .missing || types.contains(t.type) { return true }
        let want = types.dropFirst().reduce(Self.word(types[0])) { MessageArgument.message(ExpressionMessage.or($0, Self.word($1))) }
        var hint: Message?
        if t.type == .grade, types.contains(.number) { hint = ExpressionMessage.usePoints(.text(text(e))) }
        if t.type == .date, types.contains(.number) { hint = Self.dateHint }
        if t.type == .text, types == [.date] { hint = ExpressionMessage.readsDate(.text(text(e))) }
        if t.type == .text, case .constant(.text(let s)) = t.node, Double(s) != nil { hint = ExpressionMessage.removeQuotes(.text(s)) }
        if t.type == .number, what == "number" { hint = ExpressionMessage.numberAlready(.text(text(e))) }
        error(ExpressionMessage.needs(.text(what), want, .text(text(e)), Self.word(t.type)), e.range, hint: hint)
        return false
    }

    package static let dateHint = ExpressionMessage.dateHint()

    /// Make `t` fit beside `other`: a text literal meeting a grade becomes a grade, one meeting
    /// a date a date.
    package mutating func coerce(_ t: TypedExpr, _ e: Expr, to other: TypedExpr, _ oe: Expr, op: String) -> TypedExpr? {
        if t.type == other.type || t.type == .missing || other.type == .missing { return t }
        if other.type == .date, case .constant(.text(let s)) = t.node {
            return dateLiteral(s, e, t.range)
        }
        if other.type == .grade, case .constant(.text(let s)) = t.node {
            guard let g = Grade(letter: s.trimmed()), s.trimmed().count == 1 else {
                error(ExpressionMessage.notGrade(.text(s)), e.range, hint: ExpressionMessage.gradesAre())
                return nil
            }
            return TypedExpr(.constant(.grade(g)), .grade, t.range)
        }
        var hint: Message?
        if t.type == .text, other.type == .number, case .constant(.text(let s)) = t.node, Double(s) != nil { hint = ExpressionMessage.removeQuotes(.text(s)) }
        if t.type == .number, other.type == .text, case .constant(.number) = t.node { hint = ExpressionMessage.quoteText(.text(text(e))) }
        if other.type == .grade, t.type == .number { hint = ExpressionMessage.compareGrades(.text(text(oe))) }
        if other.type == .date, t.type == .number { hint = ExpressionMessage.quoteDate() }
        error(ExpressionMessage.cannotUse(.text(op), Self.word(other.type), .text(text(oe)), Self.word(t.type), .text(text(e))), e.range, hint: hint)
        return nil
    }

    /// A quoted ISO date as a date constant, or an error at the literal.
    package mutating func dateLiteral(_ s: String, _ e: Expr, _ r: Range<Int>) -> TypedExpr? {
        guard let d = Dates.parse(s.trimmed()) else {
            error(ExpressionMessage.notDate(.text(s)), e.range, hint: ExpressionMessage.writeDate())
            return nil
        }
        return TypedExpr(.constant(.date(d)), .date, r)
    }

    package mutating func compare(_ op: BinaryOp, _ ta: TypedExpr, _ a: Expr, _ tb: TypedExpr, _ b: Expr, _ r: Range<Int>) -> TypedExpr? {
        if ta.type == .missing || tb.type == .missing {
            let x = ta.type == .missing ? text(b) : text(a)
            error(ExpressionMessage.missingComparison(), r,
                  hint: op == .ne ? ExpressionMessage.writeIsNotMissing(.text(x)) : ExpressionMessage.writeIsMissing(.text(x)))
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
            error(ExpressionMessage.orderingNeeds(.text(op.rawValue), Self.word(left.type)), r)
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
                error(ExpressionMessage.listLiterals(.text(text(item))), item.range, hint: ExpressionMessage.writeInList())
                ok = false
                continue
            }
            if v.isMissing { error(ExpressionMessage.missingInList(), item.range, hint: ExpressionMessage.useIsMissing()); ok = false; continue }
            guard let c = coerce(ti, item, to: ta, a, op: "'in'") else { ok = false; continue }
            if let cv = c.constant { values.append(cv) }
        }
        return ok ? TypedExpr(.inList(ta, values), .boolean, r) : nil
    }

    package mutating func call(_ name: String, _ nameRange: Range<Int>, _ args: [Expr], _ r: Range<Int>) -> TypedExpr? {
        let typed = args.map { check($0) }
        guard let f = Functions.named(name) else {
            var hint = Suggestions.suggestion(name, in: Functions.names)
            if schema.type(of: name) != nil { hint = ExpressionMessage.columnNotFunction(.text(name)) }
            error(ExpressionMessage.unknownFunction(.text(name)), nameRange, hint: hint ?? ExpressionMessage.seeHelpFunctions(),
                  kind: ExpressionMessage.kindUnknownFunction())
            return nil
        }
        if args.count < f.minArgs || args.count > f.maxArgs {
            let name = MessageArgument.text(f.name), got = MessageArgument.quantity(args.count)
            let takes = f.variadic ? ExpressionMessage.takesAtLeast(name, .quantity(f.minArgs), got)
                : f.minArgs == f.maxArgs ? ExpressionMessage.takesExactly(name, .quantity(f.minArgs), got)
                : ExpressionMessage.takesRange(name, .quantity(f.minArgs), .quantity(f.maxArgs), got)
            error(takes, r, hint: CommonMessage.usage(.text(f.signature)))
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
                    error(ExpressionMessage.literalNeeded(.text(f.name), .text(text(e))), e.range, hint: CommonMessage.usage(.text(f.signature)))
                    return nil
                }
                if f.name == "q", !(0...1).contains(d) {
                    error(ExpressionMessage.quantileRange(.text(text(e))), e.range, hint: ExpressionMessage.lowerQuartile())
                    return nil
                }
                if f.name == "band", i > 1, case .constant(.number(let prev)) = out[i - 1].node, d <= prev {
                    error(ExpressionMessage.bandIncrease(.text(text(e)), .text(NumberFormat.plain(prev))), e.range)
                    return nil
                }
            case .any:
                if t.type != .missing {
                    if let at = anyType, at != t.type {
                        error(ExpressionMessage.oneType(.text(f.name), .text(text(e)), Self.word(t.type), Self.word(at)), e.range)
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
