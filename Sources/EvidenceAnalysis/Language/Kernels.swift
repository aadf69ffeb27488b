import Dispatch
import EvidenceData

/// Tight loops over contiguous arrays: the only places that touch every row. Bitmaps are built
/// 64 rows per word so a comparison over a million rows is a few thousand word stores.
package enum Kernels {
    /// Read-only inputs and disjoint parts of an output, shared by the two halves of a kernel.
    package struct Shared<T>: @unchecked Sendable { let value: T }

    /// Rows from which a kernel is split over the two cores (smaller columns stay on one).
    package static let parallelRows = 1 << 18

    /// Build an n-row bitmap by running `body` over ranges of its words: the first and second
    /// half on two threads when the column is large. Each half writes only its own words.
    package static func words(_ n: Int, _ body: @Sendable (Range<Int>, Shared<UnsafeMutablePointer<UInt64>>) -> Void) -> Bitmap {
        let nw = (n + 63) >> 6
        let words = [UInt64](unsafeUninitializedCapacity: nw) { w, done in
            if let base = w.baseAddress {
                let out = Shared(value: base)
                if n < parallelRows {
                    body(0..<nw, out)
                } else {
                    DispatchQueue.concurrentPerform(iterations: 2) { k in body((nw * k / 2)..<(nw * (k + 1) / 2), out) }
                }
            }
            done = nw
        }
        return Bitmap(words: words, count: n)
    }

    /// Fill words `range` of an n-row bitmap with pred(row), branch-free.
    @inline(__always)
    package static func fillWords(_ range: Range<Int>, _ n: Int, _ w: UnsafeMutablePointer<UInt64>, _ pred: (Int) -> Bool) {
        for wi in range {
            let base = wi &<< 6
            var word: UInt64 = 0
            if base &+ 64 <= n {
                for j in 0..<64 { word |= UInt64(pred(base &+ j) ? 1 : 0) &<< UInt64(j) }
            } else {
                for j in 0..<(n - base) { word |= UInt64(pred(base &+ j) ? 1 : 0) &<< UInt64(j) }
            }
            w[wi] = word
        }
    }

    /// Bits where `pred(i)` holds (unmasked; callers AND with validity). Branch-free: each
    /// test becomes a 0/1 shifted into its word; full words run a fixed 64-step loop.
    @inline(__always)
    package static func bits(_ n: Int, _ pred: (Int) -> Bool) -> Bitmap {
        let nw = (n + 63) >> 6
        let full = n >> 6
        let words = [UInt64](unsafeUninitializedCapacity: nw) { w, done in
            for wi in 0..<full {
                let base = wi &<< 6
                var word: UInt64 = 0
                for j in 0..<64 { word |= UInt64(pred(base &+ j) ? 1 : 0) &<< UInt64(j) }
                w[wi] = word
            }
            if full < nw {
                let base = full &<< 6
                var word: UInt64 = 0
                for j in 0..<(n - base) { word |= UInt64(pred(base &+ j) ? 1 : 0) &<< UInt64(j) }
                w[full] = word
            }
            done = nw
        }
        return Bitmap(words: words, count: n)
    }

    package static func compare<T: Comparable & Sendable>(_ v: [T], _ op: BinaryOp, _ c: T) -> Bitmap {
        v.withUnsafeBufferPointer { p in compare(PointerReader(p), count: p.count, op, c) }
    }

    package static func compare<T: Comparable & Sendable>(_ a: [T], _ op: BinaryOp, _ b: [T]) -> Bitmap {
        a.withUnsafeBufferPointer { p in
            b.withUnsafeBufferPointer { q in compare(PointerReader(p), op, PointerReader(q), count: min(p.count, q.count)) }
        }
    }

    /// Bits where row op c, for any storage (codes, Doubles, scaled integers read in place).
    package static func compare<R: ColumnReader>(_ p: R, count n: Int, _ op: BinaryOp, _ c: R.Element) -> Bitmap {
        words(n) { range, out in
            let w = out.value
            switch op {
            case .eq: fillWords(range, n, w) { p[$0] == c }
            case .ne: fillWords(range, n, w) { p[$0] != c }
            case .lt: fillWords(range, n, w) { p[$0] < c }
            case .le: fillWords(range, n, w) { p[$0] <= c }
            case .gt: fillWords(range, n, w) { p[$0] > c }
            default: fillWords(range, n, w) { p[$0] >= c }
            }
        }
    }

    /// Bits where a[row] op b[row].
    package static func compare<A: ColumnReader, B: ColumnReader>(_ p: A, _ op: BinaryOp, _ q: B, count n: Int) -> Bitmap
        where A.Element == B.Element {
        words(n) { range, out in
            let w = out.value
            switch op {
            case .eq: fillWords(range, n, w) { p[$0] == q[$0] }
            case .ne: fillWords(range, n, w) { p[$0] != q[$0] }
            case .lt: fillWords(range, n, w) { p[$0] < q[$0] }
            case .le: fillWords(range, n, w) { p[$0] <= q[$0] }
            case .gt: fillWords(range, n, w) { p[$0] > q[$0] }
            default: fillWords(range, n, w) { p[$0] >= q[$0] }
            }
        }
    }

    /// 64 bits at a time: logic on bitmaps of equal length: a & b, a | b, a & ~b.
    package enum Logic { case and, or, andNot }
    package static func combine(_ a: Bitmap, _ op: Logic, _ b: Bitmap) -> Bitmap {
        let n = min(a.words.count, b.words.count)
        let words = a.words.withUnsafeBufferPointer { p in
            b.words.withUnsafeBufferPointer { q in
                [UInt64](unsafeUninitializedCapacity: n) { w, done in
                    switch op {
                    case .and: for i in 0..<n { w[i] = p[i] & q[i] }
                    case .or: for i in 0..<n { w[i] = p[i] | q[i] }
                    case .andNot: for i in 0..<n { w[i] = p[i] & ~q[i] }
                    }
                    done = n
                }
            }
        }
        return Bitmap(words: words, count: a.count)
    }

    /// Rows whose code is in `set` (a lookup table indexed by code).
    package static func member(_ codes: [UInt32], _ table: [Bool]) -> Bitmap {
        codes.withUnsafeBufferPointer { p in
            table.withUnsafeBufferPointer { t in bits(p.count) { let c = Int(p[$0]); return c < t.count && t[c] } }
        }
    }

    package static func member(_ codes: [UInt8], _ table: [Bool]) -> Bitmap {
        codes.withUnsafeBufferPointer { p in
            table.withUnsafeBufferPointer { t in bits(p.count) { let c = Int(p[$0]); return c < t.count && t[c] } }
        }
    }

    /// Write f(row) to out[row] for the rows of words `range`, marking the finite results.
    @inline(__always)
    package static func fill(_ range: Range<Int>, _ n: Int, _ w: UnsafeMutablePointer<UInt64>,
                     _ out: UnsafeMutableBufferPointer<Double>, _ f: (Int) -> Double) {
        fillWords(range, n, w) { i in
            let v = f(i)
            out[i] = v
            return v.isFinite
        }
    }

    /// Remainder with the sign of the divisor (like Python and spreadsheets); x % 0 is NaN.
    @inline(__always) package static func modulo(_ x: Double, _ y: Double) -> Double {
        let r = x.truncatingRemainder(dividingBy: y)
        return r != 0 && (r < 0) != (y < 0) ? r + y : r
    }

    /// Bits where the value is finite (NaN and ±∞ become missing). |x| < ∞ is false for NaN.
    package static func finite(_ v: [Double]) -> Bitmap {
        v.withUnsafeBufferPointer { p in bits(p.count) { p[$0].isFinite } }
    }
}
