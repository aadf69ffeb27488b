import EvidenceData

/// The syntax tree of an expression, as parsed (before types). Every node keeps its source
/// range (Character offsets in the whole command line) so later stages can point at it.
public struct Expr: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case boolean(Bool)
        case missing
        case column(String)
        case unary(UnaryOp, Expr)
        case binary(BinaryOp, Expr, Expr)
        case inList(Expr, [Expr])
        case between(Expr, Expr, Expr)
        case isMissing(Expr, negated: Bool)
        /// A function call; `nameRange` is where the function's name is.
        case call(String, nameRange: Range<Int>, [Expr])
        case list([Expr])
        /// Placeholder where the parser found an error (already reported).
        case error
    }

    public var kind: Kind
    public var range: Range<Int>

    public init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// An S-expression for tests and debugging: `(and (== year 5) (< reading_c1 350))`.
    public var sexp: String {
        switch kind {
        case .number(let d): NumberFormat.plain(d)
        case .string(let s): "\"\(s)\""
        case .boolean(let b): b ? "true" : "false"
        case .missing: "missing"
        case .column(let n): n.contains(where: { $0 == " " }) ? "`\(n)`" : n
        case .unary(let op, let e): "(\(op.rawValue) \(e.sexp))"
        case .binary(let op, let a, let b): "(\(op.rawValue) \(a.sexp) \(b.sexp))"
        case .inList(let e, let items): "(in \(e.sexp) [\(items.map(\.sexp).joined(separator: " "))])"
        case .between(let e, let lo, let hi): "(between \(e.sexp) \(lo.sexp) \(hi.sexp))"
        case .isMissing(let e, let neg): neg ? "(is-not-missing \(e.sexp))" : "(is-missing \(e.sexp))"
        case .call(let f, _, let args): "(\(f)\(args.map { " " + $0.sexp }.joined()))"
        case .list(let items): "[\(items.map(\.sexp).joined(separator: " "))]"
        case .error: "<error>"
        }
    }

    /// Names of the columns this expression reads (in order of appearance, without repeats).
    public var columnNames: [String] {
        var out: [String] = []
        func walk(_ e: Expr) {
            switch e.kind {
            case .column(let n): if !out.contains(n) { out.append(n) }
            case .unary(_, let a), .isMissing(let a, _): walk(a)
            case .binary(_, let a, let b): walk(a); walk(b)
            case .inList(let a, let xs): walk(a); xs.forEach(walk)
            case .between(let a, let b, let c): walk(a); walk(b); walk(c)
            case .call(_, _, let xs), .list(let xs): xs.forEach(walk)
            default: break
            }
        }
        walk(self)
        return out
    }
}

public enum UnaryOp: String, Sendable { case negate = "neg", not }

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", mod = "%"
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case and, or

    public var isArithmetic: Bool { [.add, .sub, .mul, .div, .mod].contains(self) }
    public var isComparison: Bool { [.eq, .ne, .lt, .le, .gt, .ge].contains(self) }
    public var isOrdering: Bool { [.lt, .le, .gt, .ge].contains(self) }
}
