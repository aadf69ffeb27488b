import Foundation
import EvidenceData
import EvidenceAnalysis

/// A `where` in evsh's expression language, split into what runs on the server as SQL and
/// what is evaluated here after the load (docs/databases.md, "What runs on the server").
/// The condition's top-level `and`s are taken one by one: each either translates whole or is
/// kept for here. Identifiers and literals are always quoted, so no text becomes SQL syntax.
enum SQLPushdown {
    struct Split {
        /// The SQL condition (`"year" = 5 AND …`), nil when nothing translated.
        var sql: String?
        /// The parts kept for here, as their source text.
        var local: [String]
    }

    /// `columns`: the server's columns by their evsh names (the names a `where` uses).
    static func split(_ e: Expr, line: String, columns: [String: DatabaseColumn]) -> Split {
        var sql: [String] = [], local: [String] = []
        for part in conjuncts(e) {
            if let s = translate(part, columns) { sql.append(s) } else { local.append(source(part, line)) }
        }
        return Split(sql: sql.isEmpty ? nil : sql.joined(separator: " AND "), local: local)
    }

    static func conjuncts(_ e: Expr) -> [Expr] {
        if case .binary(.and, let a, let b) = e.kind { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    static func source(_ e: Expr, _ line: String) -> String {
        let chars = Array(line)
        guard e.range.lowerBound >= 0, e.range.upperBound <= chars.count else { return e.sexp }
        return String(chars[e.range])
    }

    /// "name" with inner quotes doubled.
    static func identifier(_ s: String) -> String { "\"" + s.replacingAll("\"", "\"\"") + "\"" }
    /// 'text' with inner quotes doubled (standard_conforming_strings is on: no backslash escapes).
    static func literal(_ s: String) -> String { "'" + s.replacingAll("'", "''") + "'" }

    /// SQL for `e`, or nil when any part has no SQL form here.
    static func translate(_ e: Expr, _ columns: [String: DatabaseColumn]) -> String? {
        switch e.kind {
        case .number(let d): return d.isFinite ? NumberFormat.plain(d) : nil
        case .string(let s): return literal(s)
        case .boolean(let b): return b ? "TRUE" : "FALSE"
        case .column(let n): return columns[n].map { identifier($0.name) }
        case .unary(.not, let a): return translate(a, columns).map { "(NOT \($0))" }
        case .unary(.negate, let a): return translate(a, columns).map { "(-\($0))" }
        case .isMissing(let a, let negated):
            return translate(a, columns).map { "(\($0) IS \(negated ? "NOT " : "")NULL)" }
        case .inList(let a, let items):
            guard let x = translate(a, columns) else { return nil }
            let xs = items.compactMap { translate($0, columns) }
            return xs.count == items.count && !xs.isEmpty ? "(\(x) IN (\(xs.joined(separator: ", "))))" : nil
        case .between(let a, let lo, let hi):
            guard let x = translate(a, columns), let l = translate(lo, columns), let h = translate(hi, columns) else { return nil }
            return "(\(x) BETWEEN \(l) AND \(h))"
        case .binary(let op, let a, let b):
            if op.isOrdering, let g = gradeComparison(op, a, b, columns) { return g }
            guard let x = translate(a, columns), let y = translate(b, columns) else { return nil }
            switch op {
            case .and: return "(\(x) AND \(y))"
            case .or: return "(\(x) OR \(y))"
            case .eq: return "(\(x) = \(y))"
            case .ne: return "(\(x) <> \(y))"
            case .lt, .le, .gt, .ge: return "(\(x) \(op.rawValue) \(y))"
            case .add, .sub, .mul: return "(\(x) \(op.rawValue) \(y))"
            // evsh divides as decimals; SQL would truncate two integers.
            case .div: return "(\(x)::float8 / NULLIF(\(y), 0))"
            case .mod: return nil
            }
        default: return nil
        }
    }

    /// A text column of grades compared with a grade (`writing >= "C"`) compares ordinals
    /// (F < E < … < A), as evsh does, not the letters' alphabetical order.
    static func gradeComparison(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ columns: [String: DatabaseColumn]) -> String? {
        func grade(_ e: Expr) -> Int? {
            guard case .string(let s) = e.kind, s.count == 1, let i = "FEDCBA".firstIndex(of: Character(s.uppercased())) else { return nil }
            return "FEDCBA".distance(from: "FEDCBA".startIndex, to: i)
        }
        func textColumn(_ e: Expr) -> String? {
            guard case .column(let n) = e.kind, let c = columns[n], c.type == .text else { return nil }
            return identifier(c.name)
        }
        let ordinal = { (c: String) in "(CASE upper(\(c)) WHEN 'F' THEN 0 WHEN 'E' THEN 1 WHEN 'D' THEN 2 WHEN 'C' THEN 3 WHEN 'B' THEN 4 WHEN 'A' THEN 5 END)" }
        if let c = textColumn(a), let g = grade(b) { return "(\(ordinal(c)) \(op.rawValue) \(g))" }
        if let g = grade(a), let c = textColumn(b) { return "(\(g) \(op.rawValue) \(ordinal(c)))" }
        return nil
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        var out = "", rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
