import EvidenceData

/// The number kernels, generic over how a column's values are stored (`NumberReader`): a
/// loaded column of scaled integers is read in place, converted lane by lane, never copied
/// to Doubles first. Each specialisation is the same branch-free loop as the Double one.
extension Kernels {
    package static func compare(_ x: Numbers, _ op: BinaryOp, _ c: Double) -> Bitmap {
        x.read(CompareScalar(op: op, c: c))
    }

    package static func compare(_ a: Numbers, _ op: BinaryOp, _ b: Numbers) -> Bitmap {
        Numbers.read(a, b, CompareColumns(op: op))
    }

    /// Element-wise arithmetic in one pass that also marks which results are finite
    /// (x / 0, x % 0 and overflow give ∞ or NaN, which callers treat as missing).
    package static func arithmetic(_ a: Numbers, _ op: BinaryOp, _ b: Numbers) -> ([Double], Bitmap) {
        Numbers.read(a, b, ArithmeticColumns(op: op))
    }

    package static func arithmetic(_ a: Numbers, _ op: BinaryOp, scalar c: Double, scalarFirst: Bool) -> ([Double], Bitmap) {
        a.read(ArithmeticScalar(op: op, c: c, scalarFirst: scalarFirst))
    }

    /// Apply `f` to every value.
    package static func map(_ v: Numbers, _ f: @escaping (Double) -> Double) -> [Double] {
        v.read(MapValues(f: f))
    }

    // MARK: visitors (one per kernel; a nested pair for two columns)

    private struct CompareScalar: NumbersVisitor {
        package let op: BinaryOp, c: Double
        package func visit<R: NumberReader>(_ p: R, count n: Int) -> Bitmap { compare(p, count: n, op, c) }
    }

    private struct ArithmeticScalar: NumbersVisitor {
        package let op: BinaryOp, c: Double, scalarFirst: Bool
        package func visit<R: NumberReader>(_ p: R, count n: Int) -> ([Double], Bitmap) {
            let op = op, c = c, scalarFirst = scalarFirst
            var finite = Bitmap(count: 0, allSet: false)
            let out = [Double](unsafeUninitializedCapacity: n) { o, done in
                let dst = Shared(value: o)
                finite = words(n) { range, w in
                    let o = dst.value, w = w.value
                    switch (op, scalarFirst) {
                    case (.add, _): fill(range, n, w, o) { p[$0] + c }
                    case (.mul, _): fill(range, n, w, o) { p[$0] * c }
                    case (.sub, false): fill(range, n, w, o) { p[$0] - c }
                    case (.sub, true): fill(range, n, w, o) { c - p[$0] }
                    case (.div, false): fill(range, n, w, o) { p[$0] / c }
                    case (.div, true): fill(range, n, w, o) { c / p[$0] }
                    case (_, false): fill(range, n, w, o) { modulo(p[$0], c) }
                    case (_, true): fill(range, n, w, o) { modulo(c, p[$0]) }
                    }
                }
                done = n
            }
            return (out, finite)
        }
    }

    private struct MapValues: NumbersVisitor {
        package let f: (Double) -> Double
        package func visit<R: NumberReader>(_ p: R, count n: Int) -> [Double] {
            [Double](unsafeUninitializedCapacity: n) { out, done in
                for i in 0..<n { out[i] = f(p[i]) }
                done = n
            }
        }
    }

    private struct CompareColumns: PairVisitor {
        package let op: BinaryOp
        package func visit<A: NumberReader, B: NumberReader>(_ p: A, _ q: B, count n: Int) -> Bitmap { compare(p, op, q, count: n) }
    }

    private struct ArithmeticColumns: PairVisitor {
        package let op: BinaryOp
        package func visit<A: NumberReader, B: NumberReader>(_ p: A, _ q: B, count n: Int) -> ([Double], Bitmap) {
            let op = op
            var finite = Bitmap(count: 0, allSet: false)
            let out = [Double](unsafeUninitializedCapacity: n) { o, done in
                let dst = Shared(value: o)
                finite = words(n) { range, w in
                    let o = dst.value, w = w.value
                    switch op {
                    case .add: fill(range, n, w, o) { p[$0] + q[$0] }
                    case .sub: fill(range, n, w, o) { p[$0] - q[$0] }
                    case .mul: fill(range, n, w, o) { p[$0] * q[$0] }
                    case .div: fill(range, n, w, o) { p[$0] / q[$0] }
                    default: fill(range, n, w, o) { modulo(p[$0], q[$0]) }
                    }
                }
                done = n
            }
            return (out, finite)
        }
    }
}

