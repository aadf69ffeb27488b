import EvidenceData

/// A Pratt parser for expressions. Operator precedence lives in ONE table (`rules`): a new
/// operator is a new row. After an error the parser records a diagnostic, puts an `.error`
/// node in the tree and goes on, so one line reports all of its errors.
///
/// Grammar (lowest precedence first):
///
///     expr    → or
///     or      → and ( "or" and )*
///     and     → not ( "and" not )*
///     not     → "not" not | compare
///     compare → sum ( ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) sum
///                   | [ "not" ] "in" list | [ "not" ] "between" sum "and" sum
///                   | "is" [ "not" ] "missing" )?
///     sum     → product ( ( "+" | "-" ) product )*
///     product → unary ( ( "*" | "/" | "%" ) unary )*
///     unary   → "-" unary | call
///     call    → NAME "(" [ expr ( "," expr )* ] ")" | primary
///     primary → NUMBER | STRING | "true" | "false" | "missing" | NAME | `QUOTED NAME`
///             | "(" expr ")" | list
///     list    → "[" expr ( "," expr )* "]"
public struct Parser {
    /// Binding powers, lowest first.
    package enum Prec: Int, Comparable {
        case none = 0, or, and, not, compare, sum, product, unary
        package static func < (a: Prec, b: Prec) -> Bool { a.rawValue < b.rawValue }
    }

    /// The precedence table: every infix operator, its binding power and the node it builds.
    package static let rules: [Token.Kind: (prec: Prec, op: BinaryOp?)] = [
        .or: (.or, .or),
        .and: (.and, .and),
        .eq: (.compare, .eq), .ne: (.compare, .ne), .lt: (.compare, .lt),
        .le: (.compare, .le), .gt: (.compare, .gt), .ge: (.compare, .ge),
        .assign: (.compare, .eq),   // reported ("use =="), then read as ==
        .in: (.compare, nil), .between: (.compare, nil), .is: (.compare, nil),
        .plus: (.sum, .add), .minus: (.sum, .sub),
        .star: (.product, .mul), .slash: (.product, .div), .percent: (.product, .mod),
    ]

    package let tokens: [Token]
    package let line: String
    package var pos = 0
    /// How many calls and lists enclose the current position (commas separate items there).
    package var nesting = 0
    public private(set) var diagnostics: [Diagnostic] = []
    /// How deep the tree being built is (nested rules plus operators chained at each level).
    /// Bounded by `maxDepth` so that the checker and evaluator, which recurse over the tree,
    /// never run out of stack (SQLite bounds its expression trees at 1000 too).
    package var depth = 0
    /// Set once the limit is hit: the rest of the line is skipped and no more errors are added.
    package var tooDeep = false
    package static let maxDepth = 1000
    /// The parser may use a third of the stack; the checker and evaluator, which walk the same
    /// tree, need the rest (`StackRoom`). Nil when the stack's extent is unknown.
    package var stackFloor: Int? = StackRoom.floor(using: 1.0 / 3)

    package init(tokens: [Token], line: String) {
        self.tokens = tokens
        self.line = line
    }

    /// Parse `text` (at `offset` in `line`). Returns the tree and every syntax error found.
    public static func parse(_ text: String, offset: Int = 0, line: String? = nil) -> (Expr, [Diagnostic]) {
        var p = Parser(tokens: Lexer.tokenize(text, offset: offset), line: line ?? text)
        let e = p.parseAll()
        return (e, p.diagnostics)
    }

    // MARK: cursor

    package var peek: Token { tokens[min(pos, tokens.count - 1)] }
    package func peek(_ k: Int) -> Token { tokens[min(pos + k, tokens.count - 1)] }
    package var previous: Token { tokens[max(0, min(pos - 1, tokens.count - 1))] }
    @discardableResult package mutating func advance() -> Token {
        let t = peek
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    /// Records a syntax error, worded by the catalogue (`ExpressionMessage`) so that it reads in
    /// the session's language.
    package mutating func error(_ message: Message, _ range: Range<Int>, hint: Message? = nil,
                                kind: Message = ExpressionMessage.kindSyntax()) {
        if tooDeep { return }
        // One error per place is enough: recovery must not pile up repeats.
        if diagnostics.contains(where: { $0.span?.range == range }) { return }
        diagnostics.append(Diagnostic.usage(message, span: Span(line: line, range: range), hint: hint, kind: kind))
    }

    /// A token as an error names it: quoted, or "the end of the line" in the reader's language.
    package static func describe(_ t: Token) -> MessageArgument {
        t.kind == .end ? .message(ExpressionMessage.endOfLine()) : .text("'\(t.kind == .string ? "\"\(t.text)\"" : t.text)'")
    }

    // MARK: rules

    /// The whole input: one expression, then nothing. Leftover tokens are reported and the
    /// rest is parsed anyway, to find its errors too.
    package mutating func parseAll() -> Expr {
        if peek.kind == .end {
            error(ExpressionMessage.expectedExpression(), peek.range)
            return Expr(.error, peek.range)
        }
        var e = expression(.or)
        while peek.kind != .end {
            let t = advance()
            if t.kind == .invalid {
                error(t.problem ?? ExpressionMessage.unexpected(Self.describe(t)), t.range)
            } else if t.kind == .rparen || t.kind == .rbracket {
                error(ExpressionMessage.unmatched(Self.describe(t)), t.range, hint: ExpressionMessage.removeOrOpen(.text(t.kind == .rparen ? "(" : "[")))
            } else {
                error(ExpressionMessage.unexpectedAfter(Self.describe(t)), t.range, hint: ExpressionMessage.expectedOperator())
            }
            // Parse what follows too, so its unknown names are reported (the tree is not run).
            if peek.kind != .end, Self.rules[peek.kind] == nil {
                let rest = expression(.or)
                e = Expr(.binary(.or, e, rest), e.range.lowerBound..<rest.range.upperBound)
            }
        }
        return e
    }

    /// expr → the operators of the table at `minPrec` or tighter (Pratt loop).
    package mutating func expression(_ minPrec: Prec) -> Expr {
        let outer = depth
        defer { depth = outer }
        depth += 1
        if depth > Self.maxDepth || tooDeep { return tooDeepError() }
        if let stackFloor, StackRoom.here() < stackFloor { return tooDeepError(stack: true) }
        var left = prefix()
        var compared = false
        while true {
            // `x not in […]` and `x not between a and b` read as not (x in …).
            var negated = false
            if peek.kind == .not, [.in, .between].contains(peek(1).kind), Prec.compare >= minPrec {
                advance()
                negated = true
            }
            guard let rule = Self.rules[peek.kind], rule.prec >= minPrec else { break }
            // A long chain (`a or b or …`) is a deep left-leaning tree: count each link.
            depth += 1
            if depth > Self.maxDepth || tooDeep { return tooDeepError() }
            let start = left.range.lowerBound
            let opTok = advance()
            if rule.prec == .compare {
                if compared {
                    error(ExpressionMessage.chained(), opTok.range, hint: ExpressionMessage.chainedHint())
                }
                compared = true
            }
            switch opTok.kind {
            case .assign:
                error(ExpressionMessage.assignNotComparison(), opTok.range, hint: ExpressionMessage.useEqualsFor(.text(sourceText(left))))
                left = binary(.eq, left, expression(.sum))
            case .in:
                left = inList(left, opTok)
            case .between:
                left = between(left)
            case .is:
                left = isMissing(left, opTok)
            default:
                // Left-associative: the right side binds one level tighter.
                let right = expression(Prec(rawValue: rule.prec.rawValue + 1) ?? .unary)
                left = binary(rule.op ?? .eq, left, right)
            }
            if negated { left = Expr(.unary(.not, left), start..<left.range.upperBound) }
        }
        return left
    }

    /// Report the depth limit once, at the token where it was crossed, and skip to the end.
    package mutating func tooDeepError(stack: Bool = false) -> Expr {
        let at = peek.range
        if !tooDeep {
            error(stack ? ExpressionMessage.tooDeepStack() : ExpressionMessage.tooDeep(.quantity(Self.maxDepth)),
                  at.isEmpty ? at.lowerBound..<(at.lowerBound + 1) : at,
                  hint: ExpressionMessage.splitUp(), kind: ExpressionMessage.kindDepth())
            tooDeep = true
        }
        pos = tokens.count - 1
        return Expr(.error, at)
    }

    package func binary(_ op: BinaryOp, _ a: Expr, _ b: Expr) -> Expr {
        Expr(.binary(op, a, b), a.range.lowerBound..<max(a.range.upperBound, b.range.upperBound))
    }

    package func sourceText(_ e: Expr) -> String {
        let chars = Array(line)
        let lo = min(max(0, e.range.lowerBound), chars.count), hi = min(max(lo, e.range.upperBound), chars.count)
        return String(chars[lo..<hi])
    }

    /// compare → sum "in" list
    package mutating func inList(_ left: Expr, _ opTok: Token) -> Expr {
        guard peek.kind == .lbracket else {
            error(ExpressionMessage.expectedBracketAfterIn(Self.describe(peek)), peek.range, hint: ExpressionMessage.writeList())
            return Expr(.error, left.range.lowerBound..<opTok.range.upperBound)
        }
        let list = primary()
        guard case .list(let items) = list.kind else { return Expr(.error, left.range.lowerBound..<list.range.upperBound) }
        return Expr(.inList(left, items), left.range.lowerBound..<list.range.upperBound)
    }

    /// compare → sum "between" sum "and" sum
    package mutating func between(_ left: Expr) -> Expr {
        let lo = expression(.sum)
        guard peek.kind == .and else {
            error(ExpressionMessage.expectedAndInBetween(Self.describe(peek)), peek.range, hint: ExpressionMessage.writeBetween())
            return Expr(.error, left.range.lowerBound..<lo.range.upperBound)
        }
        advance()
        let hi = expression(.sum)
        return Expr(.between(left, lo, hi), left.range.lowerBound..<hi.range.upperBound)
    }

    /// compare → sum "is" [ "not" ] "missing"
    package mutating func isMissing(_ left: Expr, _ opTok: Token) -> Expr {
        var negated = false
        if peek.kind == .not { advance(); negated = true }
        guard peek.kind == .missing else {
            error(ExpressionMessage.expectedMissing(.text(negated ? "is not" : "is"), Self.describe(peek)), peek.range,
                  hint: ExpressionMessage.writeIsMissingForm())
            return Expr(.error, left.range.lowerBound..<opTok.range.upperBound)
        }
        let m = advance()
        return Expr(.isMissing(left, negated: negated), left.range.lowerBound..<m.range.upperBound)
    }

    /// not → "not" not | compare ;  unary → "-" unary | call
    package mutating func prefix() -> Expr {
        let t = peek
        switch t.kind {
        case .not:
            advance()
            let e = expression(.not)
            return Expr(.unary(.not, e), t.range.lowerBound..<e.range.upperBound)
        case .minus:
            advance()
            let e = expression(.unary)
            if case .number(let d) = e.kind, e.range.lowerBound == t.range.upperBound {
                return Expr(.number(-d), t.range.lowerBound..<e.range.upperBound)
            }
            return Expr(.unary(.negate, e), t.range.lowerBound..<e.range.upperBound)
        case .plus:
            advance()
            return expression(.unary)
        default:
            return primary()
        }
    }
}
