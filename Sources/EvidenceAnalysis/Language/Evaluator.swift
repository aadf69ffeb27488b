import EvidenceData

/// Runs a typed tree over whole columns: each node is evaluated once, producing a column (or a
/// constant), never once per row. Missing values follow the rules in docs/language.md:
/// arithmetic and comparisons with missing give missing, `and`/`or` are three-valued, and
/// results that are not finite (x / 0) are missing.
package struct Evaluator {
    /// The rows to evaluate over: a dataset's columns, gathered once for a view.
    package let rows: Int
    package let columnSource: (String) -> Column?

    package init(_ d: ResolvedDataset) {
        rows = d.rowCount
        columnSource = { d.column(named: $0) }
    }

    package init(rows: Int, columns: [Column]) {
        self.rows = rows
        columnSource = { name in columns.first { $0.name == name } }
    }

    package func eval(_ t: TypedExpr) -> Vec {
        switch t.node {
        case .constant(let v): return .constant(v)
        case .column(let name):
            guard let c = columnSource(name) else { return .constant(.missing(.empty)) }
            return .column(c.data, c.validity)
        case .negate(let a):
            switch eval(a) {
            case .constant(.number(let d)): return .constant(.number(-d))
            case .constant: return .constant(.missing(.empty))
            case .column(let d, let v):
                guard case .number(let x) = d else { return .constant(.missing(.empty)) }
                return .column(.number(Numbers(Kernels.map(x) { -$0 })), v)
            }
        case .not(let a):
            switch eval(a) {
            case .constant(.boolean(let b)): return .constant(.boolean(!b))
            case .constant: return .constant(.missing(.empty))
            case .column(let d, let valid):
                guard case .boolean(let b) = d else { return .constant(.missing(.empty)) }
                return .column(.boolean(valid & ~b), valid)
            }
        case .arithmetic(let op, let a, let b):
            return arithmetic(op, eval(a), eval(b))
        case .compare(let op, let a, let b):
            return compare(op, eval(a), eval(b))
        case .logic(let op, let a, let b):
            return logic(op, eval(a), eval(b))
        case .between(let a, let lo, let hi):
            let x = eval(a)
            return logic(.and, compare(.ge, x, eval(lo)), compare(.le, x, eval(hi)))
        case .isMissing(let a, let neg):
            switch eval(a) {
            case .constant(let v): return .constant(.boolean(v.isMissing != neg))
            case .column(_, let valid): return .column(.boolean(neg ? valid : ~valid), Bitmap(count: rows, allSet: true))
            }
        case .inList(let a, let values):
            return member(eval(a), values)
        case .call(let f, let args):
            let vs = args.map(eval)
            if let reduce = f.reduce { return aggregate(reduce, f, vs) }
            return f.row?(FunctionCall(args: vs, rows: rows, type: t.type)) ?? .constant(.missing(.empty))
        }
    }

    // MARK: operators

    package func arithmetic(_ op: BinaryOp, _ a: Vec, _ b: Vec) -> Vec {
        switch (a, b) {
        case (.constant(.number(let x)), .constant(.number(let y))):
            let r = Kernels.arithmetic([x], op, [y] as Numbers).0[0]
            return .constant(r.isFinite ? .number(r) : .missing(.empty))
        case (.constant(let x), _) where x.isMissing: return .constant(.missing(.empty))
        case (_, .constant(let y)) where y.isMissing: return .constant(.missing(.empty))
        case (.column(.number(let x), let xv), .constant(.number(let c))):
            let (v, finite) = Kernels.arithmetic(x, op, scalar: c, scalarFirst: false)
            return .column(.number(Numbers(v)), Kernels.combine(xv, .and, finite))
        case (.constant(.number(let c)), .column(.number(let y), let yv)):
            let (v, finite) = Kernels.arithmetic(y, op, scalar: c, scalarFirst: true)
            return .column(.number(Numbers(v)), Kernels.combine(yv, .and, finite))
        case (.column(.number(let x), let xv), .column(.number(let y), let yv)):
            // Missing slots hold NaN, so they are never "finite"; validity still guards them.
            let (v, finite) = Kernels.arithmetic(x, op, y)
            return .column(.number(Numbers(v)), Kernels.combine(Kernels.combine(xv, .and, yv), .and, finite))
        default:
            return .constant(.missing(.empty))
        }
    }

    package func compare(_ op: BinaryOp, _ a: Vec, _ b: Vec) -> Vec {
        switch (a, b) {
        case (.constant(let x), .constant(let y)):
            return .constant(Self.compareValues(op, x, y))
        case (.constant(let x), _) where x.isMissing: return .constant(.missing(.empty))
        case (_, .constant(let y)) where y.isMissing: return .constant(.missing(.empty))
        case (.constant, .column):
            return compare(op.flipped, b, a)
        case (.column(.number(let x), let xv), .constant(.number(let c))):
            return .column(.boolean(Kernels.combine(Kernels.compare(x, op, c), .and, xv)), xv)
        case (.column(.number(let x), let xv), .column(.number(let y), let yv)):
            let valid = xv & yv
            return .column(.boolean(Kernels.compare(x, op, y) & valid), valid)
        case (.column(.grade(let x), let xv), .constant(.grade(let g))):
            return .column(.boolean(Kernels.compare(x, op, g.rawValue) & xv), xv)
        case (.column(.grade(let x), let xv), .column(.grade(let y), let yv)):
            let valid = xv & yv
            return .column(.boolean(Kernels.compare(x, op, y) & valid), valid)
        case (.column(.date(let x), let xv), .constant(.date(let c))):
            return .column(.boolean(Kernels.combine(Kernels.compare(x, op, c), .and, xv)), xv)
        case (.column(.date(let x), let xv), .column(.date(let y), let yv)):
            let valid = xv & yv
            return .column(.boolean(Kernels.compare(x, op, y) & valid), valid)
        case (.column(.text(let t), let xv), .constant(.text(let s))):
            // Look the literal up in the dictionary once, then compare codes.
            let table = t.dictionary.map { ($0 == s) == (op == .eq) }
            return .column(.boolean(Kernels.member(t.codes, table) & xv), xv)
        case (.column(.text, let xv), .column(.text, let yv)):
            // Map both dictionaries into one code space, then compare codes.
            let lanes = Lanes([a, b], type: .text, rows: rows)
            let valid = xv & yv
            return .column(.boolean(Kernels.compare(lanes.values[0].0, op, lanes.values[1].0) & valid), valid)
        case (.column(.boolean(let x), let xv), .constant(.boolean(let c))):
            let eq = c ? x : ~x
            return .column(.boolean((op == .eq ? eq : ~eq) & xv), xv)
        case (.column(.boolean(let x), let xv), .column(.boolean(let y), let yv)):
            let valid = xv & yv
            let same = (x & y) | (~x & ~y)
            return .column(.boolean((op == .eq ? same : ~same) & valid), valid)
        default:
            return .constant(.missing(.empty))
        }
    }

    package static func compareValues(_ op: BinaryOp, _ x: Value, _ y: Value) -> Value {
        func ord<T: Comparable>(_ a: T, _ b: T) -> Bool {
            switch op {
            case .eq: a == b
            case .ne: a != b
            case .lt: a < b
            case .le: a <= b
            case .gt: a > b
            default: a >= b
            }
        }
        switch (x, y) {
        case (.number(let a), .number(let b)): return .boolean(ord(a, b))
        case (.grade(let a), .grade(let b)): return .boolean(ord(a.rawValue, b.rawValue))
        case (.date(let a), .date(let b)): return .boolean(ord(a, b))
        case (.text(let a), .text(let b)): return .boolean(op == .eq ? a == b : a != b)
        case (.boolean(let a), .boolean(let b)): return .boolean(op == .eq ? a == b : a != b)
        default: return .missing(.empty)
        }
    }

    /// Three-valued logic on (true bits, valid bits): and is true when both are true and false
    /// when either is false; or the other way round; anything else is missing.
    package func logic(_ op: BinaryOp, _ a: Vec, _ b: Vec) -> Vec {
        if case .constant(let x) = a, case .constant(let y) = b {
            let ta: Bool? = if case .boolean(let v) = x { v } else { nil }
            let tb: Bool? = if case .boolean(let v) = y { v } else { nil }
            if op == .and {
                if ta == false || tb == false { return .constant(.boolean(false)) }
                if ta == true && tb == true { return .constant(.boolean(true)) }
            } else {
                if ta == true || tb == true { return .constant(.boolean(true)) }
                if ta == false && tb == false { return .constant(.boolean(false)) }
            }
            return .constant(.missing(.empty))
        }
        let (at, av) = FunctionLibrary.booleans(a, rows), (bt, bv) = FunctionLibrary.booleans(b, rows)
        let af = Kernels.combine(av, .andNot, at), bf = Kernels.combine(bv, .andNot, bt)
        let t: Bitmap, f: Bitmap
        if op == .and {
            t = Kernels.combine(at, .and, bt); f = Kernels.combine(af, .or, bf)
        } else {
            t = Kernels.combine(at, .or, bt); f = Kernels.combine(af, .and, bf)
        }
        return .column(.boolean(t), Kernels.combine(t, .or, f))
    }

    package func member(_ a: Vec, _ values: [Value]) -> Vec {
        switch a {
        case .constant(let x):
            if x.isMissing { return .constant(.missing(.empty)) }
            return .constant(.boolean(values.contains(x)))
        case .column(.text(let t), let valid):
            let set = Set(values.compactMap { if case .text(let s) = $0 { s } else { nil } })
            return .column(.boolean(Kernels.member(t.codes, t.dictionary.map { set.contains($0) }) & valid), valid)
        case .column(.grade(let g), let valid):
            var table = [Bool](repeating: false, count: 6)
            for case .grade(let x) in values { table[Int(x.rawValue)] = true }
            return .column(.boolean(Kernels.member(g, table) & valid), valid)
        case .column(.number(let x), let valid):
            let set = Set(values.compactMap { if case .number(let d) = $0 { d } else { nil } })
            let bits = x.doubles.withUnsafeBufferPointer { p in Kernels.bits(p.count) { set.contains(p[$0]) } }
            return .column(.boolean(bits & valid), valid)
        case .column(.date(let x), let valid):
            let set = Set(values.compactMap { if case .date(let d) = $0 { d } else { nil } })
            let bits = x.withUnsafeBufferPointer { p in Kernels.bits(p.count) { set.contains(p[$0]) } }
            return .column(.boolean(bits & valid), valid)
        case .column(.boolean(let b), let valid):
            let hasT = values.contains(.boolean(true)), hasF = values.contains(.boolean(false))
            let bits = (hasT ? b : Bitmap(count: rows, allSet: false)) | (hasF ? ~b : Bitmap(count: rows, allSet: false))
            return .column(.boolean(bits & valid), valid)
        }
    }

    package func aggregate(_ reduce: @Sendable ([Double], [Double]) -> Double?, _ f: FunctionSpec, _ args: [Vec]) -> Vec {
        let xs: [Double] = args.isEmpty ? [Double](repeating: 1, count: rows) : FunctionLibrary.present(args[0], rows)
        let params: [Double] = args.dropFirst().compactMap { if case .constant(.number(let d)) = $0 { d } else { nil } }
        return reduce(xs, params).map { .constant(.number($0)) } ?? .constant(.missing(.empty))
    }
}

extension BinaryOp {
    /// The same comparison with its sides swapped (5 < x is x > 5).
    package var flipped: BinaryOp {
        switch self {
        case .lt: .gt
        case .le: .ge
        case .gt: .lt
        case .ge: .le
        default: self
        }
    }
}
