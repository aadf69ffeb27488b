import EvidenceData

/// The leaves of the grammar: literals, names, calls, parentheses and lists.
extension Parser {
    /// call → NAME "(" args ")" | primary ;  primary → literal | NAME | "(" expr ")" | list
    package mutating func primary() -> Expr {
        let t = peek
        switch t.kind {
        case .number:
            advance()
            // `3,5` (digits, a comma and digits with no space) is a decimal comma outside a call
            // or list: 3.5. Inside one it could be two values, so it is refused with a caret
            // (docs/language.md, "Numbers").
            if Self.isDigits(t), peek.kind == .comma, peek.joined, peek(1).kind == .number, peek(1).joined, Self.isDigits(peek(1)) {
                advance()
                let m = advance()
                let r = t.range.lowerBound..<m.range.upperBound
                if nesting > 0 {
                    error(ExpressionMessage.ambiguousComma(.text(t.text), .text(m.text)), r,
                          hint: ExpressionMessage.pointOrSpace(.text(t.text), .text(m.text)), kind: ExpressionMessage.kindNumber())
                }
                return Expr(.number(Double("\(t.text).\(m.text)") ?? t.number), r)
            }
            if t.number.isNaN || t.number.isInfinite { error(ExpressionMessage.unusableNumber(.text(t.text)), t.range, kind: ExpressionMessage.kindNumber()) }
            return Expr(.number(t.number), t.range)
        case .string:
            advance()
            if let p = t.problem { error(p, t.range) }
            return Expr(.string(t.text), t.range)
        case .true, .false:
            advance()
            return Expr(.boolean(t.kind == .true), t.range)
        case .missing:
            advance()
            return Expr(.missing, t.range)
        case .name:
            advance()
            if let p = t.problem { error(p, t.range) }
            if peek.kind == .lparen { return call(t) }
            return Expr(.column(t.text), t.range)
        case .lparen:
            advance()
            let e = expression(.or)
            if peek.kind == .rparen {
                let close = advance()
                return Expr(e.kind, t.range.lowerBound..<close.range.upperBound)
            }
            error(ExpressionMessage.expectedCloseParen(Self.describe(peek)), peek.range)
            return e
        case .lbracket:
            advance()
            nesting += 1
            defer { nesting -= 1 }
            var items: [Expr] = []
            if peek.kind != .rbracket {
                items.append(expression(.or))
                while peek.kind == .comma { advance(); items.append(expression(.or)) }
            }
            if peek.kind == .rbracket {
                let close = advance()
                return Expr(.list(items), t.range.lowerBound..<close.range.upperBound)
            }
            error(ExpressionMessage.expectedListEnd(Self.describe(peek)), peek.range)
            return Expr(.list(items), t.range.lowerBound..<(items.last?.range.upperBound ?? t.range.upperBound))
        case .invalid:
            advance()
            error(t.problem ?? ExpressionMessage.unexpected(Self.describe(t)), t.range)
            return Expr(.error, t.range)
        case .assign:
            error(ExpressionMessage.valueNotAssign(), t.range, hint: ExpressionMessage.useEquals())
            return Expr(.error, t.range)
        default:
            let what = t.kind == .end ? ExpressionMessage.valueAtEnd() : ExpressionMessage.expectedValue(Self.describe(t))
            let r = t.kind == .end ? t.range.lowerBound..<(t.range.lowerBound + 1) : t.range
            error(what, r)
            // Skip a stray token unless it can end or continue an enclosing rule.
            if ![.end, .rparen, .rbracket, .comma].contains(t.kind), Self.rules[t.kind] == nil { advance() }
            return Expr(.error, r)
        }
    }

    /// A number token written with digits only (`3`, `05`: not `3.5`, `.5` or `1e3`).
    package static func isDigits(_ t: Token) -> Bool { !t.text.isEmpty && t.text.allSatisfy { $0.isASCII && $0.isNumber } }

    /// call → NAME "(" [ expr ( "," expr )* ] ")"
    package mutating func call(_ name: Token) -> Expr {
        let open = advance()
        nesting += 1
        defer { nesting -= 1 }
        var args: [Expr] = []
        if peek.kind != .rparen {
            args.append(expression(.or))
            while true {
                if peek.kind == .comma { advance(); args.append(expression(.or)); continue }
                if peek.kind == .rparen || peek.kind == .end { break }
                error(ExpressionMessage.expectedCallSeparator(.text(name.text), Self.describe(peek)), peek.range)
                // Resynchronise at the next ',' or ')'.
                while ![.comma, .rparen, .end].contains(peek.kind) { advance() }
            }
        }
        if peek.kind == .rparen {
            let close = advance()
            return Expr(.call(name.text, nameRange: name.range, args), name.range.lowerBound..<close.range.upperBound)
        }
        error(ExpressionMessage.expectedCallClose(.text(name.text)), peek.kind == .end ? open.range : peek.range)
        return Expr(.call(name.text, nameRange: name.range, args), name.range.lowerBound..<(args.last?.range.upperBound ?? open.range.upperBound))
    }
}
