import Foundation
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// A deliberately simple evaluator: one row at a time, boxed values, straight from the rules
/// (missing propagates; comparisons with missing are missing; and/or are three-valued;
/// non-finite results are missing). Used only to check the vectorised evaluator.
enum Reference {
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.missing, .missing): return true
        case (.number(let x), .number(let y)): return x == y || abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
        default: return a == b
        }
    }

    static func num(_ d: Double) -> Value { d.isFinite ? .number(d) : .missing(.empty) }

    static func eval(_ e: Expr, _ t: Table, _ r: Int) -> Value {
        switch e.kind {
        case .number(let d): return .number(d)
        case .string(let s): return .text(s)
        case .boolean(let b): return .boolean(b)
        case .missing, .error, .list: return .missing(.empty)
        case .column(let n): return t.column(named: n)?.value(at: r) ?? .missing(.empty)
        case .unary(.negate, let a):
            if case .number(let x) = eval(a, t, r) { return .number(-x) }
            return .missing(.empty)
        case .unary(.not, let a):
            if case .boolean(let x) = eval(a, t, r) { return .boolean(!x) }
            return .missing(.empty)
        case .binary(let op, let a, let b):
            let x = eval(a, t, r), y = eval(b, t, r)
            if op == .and || op == .or {
                let bx: Bool? = if case .boolean(let v) = x { v } else { nil }
                let by: Bool? = if case .boolean(let v) = y { v } else { nil }
                if op == .and {
                    if bx == false || by == false { return .boolean(false) }
                    if let bx, let by { return .boolean(bx && by) }
                } else {
                    if bx == true || by == true { return .boolean(true) }
                    if let bx, let by { return .boolean(bx || by) }
                }
                return .missing(.empty)
            }
            if op.isArithmetic {
                guard case .number(let p) = x, case .number(let q) = y else { return .missing(.empty) }
                switch op {
                case .add: return num(p + q)
                case .sub: return num(p - q)
                case .mul: return num(p * q)
                case .div: return num(p / q)
                default:
                    let m = p.truncatingRemainder(dividingBy: q)
                    return num(m != 0 && (m < 0) != (q < 0) ? m + q : m)
                }
            }
            return compare(op, x, y)
        case .between(let a, let lo, let hi):
            let x = eval(a, t, r)
            return andValues(compare(.ge, x, eval(lo, t, r)), compare(.le, x, eval(hi, t, r)))
        case .isMissing(let a, let neg):
            return .boolean(eval(a, t, r).isMissing != neg)
        case .inList(let a, let items):
            let x = eval(a, t, r)
            if x.isMissing { return .missing(.empty) }
            return .boolean(items.contains { compare(.eq, x, eval($0, t, r)) == .boolean(true) })
        case .call(let f, _, let args):
            return call(f, args.map { eval($0, t, r) })
        }
    }

    static func andValues(_ x: Value, _ y: Value) -> Value {
        if x == .boolean(false) || y == .boolean(false) { return .boolean(false) }
        if x == .boolean(true) && y == .boolean(true) { return .boolean(true) }
        return .missing(.empty)
    }

    static func grade(_ v: Value) -> Grade? {
        switch v {
        case .grade(let g): g
        case .text(let s): Grade(letter: s)
        default: nil
        }
    }

    static func compare(_ op: BinaryOp, _ x: Value, _ y: Value) -> Value {
        if x.isMissing || y.isMissing { return .missing(.empty) }
        func ord<T: Comparable>(_ a: T, _ b: T) -> Value {
            switch op {
            case .eq: .boolean(a == b)
            case .ne: .boolean(a != b)
            case .lt: .boolean(a < b)
            case .le: .boolean(a <= b)
            case .gt: .boolean(a > b)
            default: .boolean(a >= b)
            }
        }
        switch (x, y) {
        case (.number(let a), .number(let b)): return ord(a, b)
        case (.text(let a), .text(let b)) where !op.isOrdering: return op == .eq ? .boolean(a == b) : .boolean(a != b)
        case (.boolean(let a), .boolean(let b)): return op == .eq ? .boolean(a == b) : .boolean(a != b)
        default:
            if let a = grade(x), let b = grade(y) { return ord(a.rawValue, b.rawValue) }
            return .missing(.empty)
        }
    }

    static func call(_ f: String, _ a: [Value]) -> Value {
        func n(_ i: Int) -> Double? { if case .number(let d) = a[i] { d } else { nil } }
        switch f {
        case "abs": return n(0).map { num(Swift.abs($0)) } ?? .missing(.empty)
        case "floor": return n(0).map { num($0.rounded(.down)) } ?? .missing(.empty)
        case "ceil": return n(0).map { num($0.rounded(.up)) } ?? .missing(.empty)
        case "sqrt": return n(0).map { num($0.squareRoot()) } ?? .missing(.empty)
        case "least", "greatest":
            let xs = a.indices.compactMap(n)
            guard !xs.isEmpty else { return .missing(.empty) }
            return .number(f == "least" ? xs.min()! : xs.max()!)
        case "coalesce":
            for v in a where !v.isMissing {
                if case .text(let s) = v, let g = Grade(letter: s), s.count == 1, a.contains(where: { if case .grade = $0 { true } else { false } }) { return .grade(g) }
                return v
            }
            return .missing(.empty)
        case "if":
            guard case .boolean(let c) = a[0] else { return .missing(.empty) }
            return c ? a[1] : a[2]
        case "points": return grade(a[0]).map { .number($0.points) } ?? .missing(.empty)
        case "length": if case .text(let s) = a[0] { return .number(Double(s.count)) }; return .missing(.empty)
        case "lower": if case .text(let s) = a[0] { return .text(s.lowercased()) }; return .missing(.empty)
        case "band":
            guard let x = n(0) else { return .missing(.empty) }
            return .number(1 + Double((1..<a.count).filter { i in n(i).map { x >= $0 } ?? false }.count))
        case "starts_with", "contains":
            guard case .text(let s) = a[0], case .text(let p) = a[1] else { return .missing(.empty) }
            return .boolean(f == "contains" ? s.lowercased().contains(p.lowercased()) : s.lowercased().hasPrefix(p.lowercased()))
        case "is_missing": return .boolean(a[0].isMissing)
        default: return .missing(.empty)
        }
    }
}
