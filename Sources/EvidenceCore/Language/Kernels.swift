/// Tight loops over contiguous arrays: the only places that touch every row. Bitmaps are built
/// 64 rows per word so a comparison over a million rows is a few thousand word stores.
enum Kernels {
    /// Bits where `pred(values[i])` holds (unmasked; callers AND with validity).
    @inline(__always)
    static func bits(_ n: Int, _ pred: (Int) -> Bool) -> Bitmap {
        let nw = (n + 63) >> 6
        var words = [UInt64](repeating: 0, count: nw)
        words.withUnsafeMutableBufferPointer { w in
            for wi in 0..<nw {
                let base = wi << 6
                let end = min(64, n - base)
                var word: UInt64 = 0
                for j in 0..<end where pred(base + j) { word |= 1 << UInt64(j) }
                w[wi] = word
            }
        }
        return Bitmap(words: words, count: n)
    }

    static func compare(_ v: [Double], _ op: BinaryOp, _ c: Double) -> Bitmap {
        v.withUnsafeBufferPointer { p in
            switch op {
            case .eq: bits(p.count) { p[$0] == c }
            case .ne: bits(p.count) { p[$0] != c }
            case .lt: bits(p.count) { p[$0] < c }
            case .le: bits(p.count) { p[$0] <= c }
            case .gt: bits(p.count) { p[$0] > c }
            default: bits(p.count) { p[$0] >= c }
            }
        }
    }

    static func compare(_ a: [Double], _ op: BinaryOp, _ b: [Double]) -> Bitmap {
        a.withUnsafeBufferPointer { p in
            b.withUnsafeBufferPointer { q in
                switch op {
                case .eq: bits(p.count) { p[$0] == q[$0] }
                case .ne: bits(p.count) { p[$0] != q[$0] }
                case .lt: bits(p.count) { p[$0] < q[$0] }
                case .le: bits(p.count) { p[$0] <= q[$0] }
                case .gt: bits(p.count) { p[$0] > q[$0] }
                default: bits(p.count) { p[$0] >= q[$0] }
                }
            }
        }
    }

    static func compare(_ v: [UInt8], _ op: BinaryOp, _ c: UInt8) -> Bitmap {
        v.withUnsafeBufferPointer { p in
            switch op {
            case .eq: bits(p.count) { p[$0] == c }
            case .ne: bits(p.count) { p[$0] != c }
            case .lt: bits(p.count) { p[$0] < c }
            case .le: bits(p.count) { p[$0] <= c }
            case .gt: bits(p.count) { p[$0] > c }
            default: bits(p.count) { p[$0] >= c }
            }
        }
    }

    static func compare(_ a: [UInt8], _ op: BinaryOp, _ b: [UInt8]) -> Bitmap {
        a.withUnsafeBufferPointer { p in
            b.withUnsafeBufferPointer { q in
                switch op {
                case .eq: bits(p.count) { p[$0] == q[$0] }
                case .ne: bits(p.count) { p[$0] != q[$0] }
                case .lt: bits(p.count) { p[$0] < q[$0] }
                case .le: bits(p.count) { p[$0] <= q[$0] }
                case .gt: bits(p.count) { p[$0] > q[$0] }
                default: bits(p.count) { p[$0] >= q[$0] }
                }
            }
        }
    }

    /// Rows whose code is in `set` (a lookup table indexed by code).
    static func member(_ codes: [UInt32], _ table: [Bool]) -> Bitmap {
        codes.withUnsafeBufferPointer { p in
            table.withUnsafeBufferPointer { t in bits(p.count) { let c = Int(p[$0]); return c < t.count && t[c] } }
        }
    }

    static func member(_ codes: [UInt8], _ table: [Bool]) -> Bitmap {
        codes.withUnsafeBufferPointer { p in
            table.withUnsafeBufferPointer { t in bits(p.count) { let c = Int(p[$0]); return c < t.count && t[c] } }
        }
    }

    /// Element-wise arithmetic; results that are not finite (x / 0) are marked missing by callers.
    static func arithmetic(_ a: [Double], _ op: BinaryOp, _ b: [Double]) -> [Double] {
        let n = a.count
        return [Double](unsafeUninitializedCapacity: n) { out, done in
            a.withUnsafeBufferPointer { p in
                b.withUnsafeBufferPointer { q in
                    switch op {
                    case .add: for i in 0..<n { out[i] = p[i] + q[i] }
                    case .sub: for i in 0..<n { out[i] = p[i] - q[i] }
                    case .mul: for i in 0..<n { out[i] = p[i] * q[i] }
                    case .div: for i in 0..<n { out[i] = p[i] / q[i] }
                    default: for i in 0..<n { out[i] = modulo(p[i], q[i]) }
                    }
                }
            }
            done = n
        }
    }

    static func arithmetic(_ a: [Double], _ op: BinaryOp, scalar c: Double, scalarFirst: Bool) -> [Double] {
        let n = a.count
        return [Double](unsafeUninitializedCapacity: n) { out, done in
            a.withUnsafeBufferPointer { p in
                switch (op, scalarFirst) {
                case (.add, _): for i in 0..<n { out[i] = p[i] + c }
                case (.mul, _): for i in 0..<n { out[i] = p[i] * c }
                case (.sub, false): for i in 0..<n { out[i] = p[i] - c }
                case (.sub, true): for i in 0..<n { out[i] = c - p[i] }
                case (.div, false): for i in 0..<n { out[i] = p[i] / c }
                case (.div, true): for i in 0..<n { out[i] = c / p[i] }
                case (_, false): for i in 0..<n { out[i] = modulo(p[i], c) }
                case (_, true): for i in 0..<n { out[i] = modulo(c, p[i]) }
                }
            }
            done = n
        }
    }

    /// Remainder with the sign of the divisor (like Python and spreadsheets); x % 0 is NaN.
    @inline(__always) static func modulo(_ x: Double, _ y: Double) -> Double {
        let r = x.truncatingRemainder(dividingBy: y)
        return r != 0 && (r < 0) != (y < 0) ? r + y : r
    }

    /// Bits where the value is finite (NaN and ±∞ become missing).
    static func finite(_ v: [Double]) -> Bitmap {
        v.withUnsafeBufferPointer { p in bits(p.count) { p[$0].isFinite } }
    }

    /// Apply `f` to every value.
    static func map(_ v: [Double], _ f: (Double) -> Double) -> [Double] {
        let n = v.count
        return [Double](unsafeUninitializedCapacity: n) { out, done in
            v.withUnsafeBufferPointer { p in for i in 0..<n { out[i] = f(p[i]) } }
            done = n
        }
    }
}
