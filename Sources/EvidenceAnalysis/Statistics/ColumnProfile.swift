import EvidenceData

/// What `describe` shows for one column: counts, range and mean for numbers, the range of
/// dates (days since 1970, `Dates`; no mean), the most common values for text, grades and
/// booleans. One pass over the selected rows.
public struct ColumnProfile: Sendable {
    public var name: String
    public var type: ValueType
    public var isID: Bool
    public var n: Int
    public var missing: Int
    /// Skolverket markers among the missing values, by kind.
    public var markers: [MissingKind: Int]
    public var min: Double?
    public var mean: Double?
    public var max: Double?
    /// Most common values first, with counts (text, grade, boolean).
    public var top: [(String, Int)]
    public var distinct: Int

    public init(column c: Column, rows: [Int32]?) {
        name = c.name
        type = c.type
        isID = c.isID
        let count = rows?.count ?? c.count
        var present = 0
        var marks: [MissingKind: Int] = [:]
        func each(_ body: (Int) -> Void) {
            if let rows { for r in rows { body(Int(r)) } } else { for r in 0..<c.count { body(r) } }
        }
        each { r in
            if c.validity[r] { present += 1 } else if let k = c.markers[Int32(r)] { marks[k, default: 0] += 1 }
        }
        n = present
        missing = count - present
        markers = marks
        top = []
        distinct = 0
        switch c.data {
        case .number(let v):
            let (lo, hi, sum, seen) = v.read(NumberRange(valid: c.validity, rows: rows))
            if present > 0 { min = lo; max = hi; mean = sum / Double(present) }
            distinct = seen
        case .date(let d):
            let (lo, hi, _, seen) = Numbers(d).read(NumberRange(valid: c.validity, rows: rows))
            if present > 0 { min = lo; max = hi }
            distinct = seen
        case .text(let t):
            var counts = [Int](repeating: 0, count: t.dictionary.count)
            each { r in if c.validity[r] { counts[Int(t.codes[r])] += 1 } }
            top = counts.enumerated().filter { $0.element > 0 }
                .sorted { $0.element != $1.element ? $0.element > $1.element : t.dictionary[$0.offset] < t.dictionary[$1.offset] }
                .map { (t.dictionary[$0.offset], $0.element) }
            distinct = top.count
        case .grade(let g):
            var counts = [Int](repeating: 0, count: 6)
            each { r in if c.validity[r] { counts[Int(g[r])] += 1 } }
            top = Grade.allCases.reversed().map { ($0.letter, counts[Int($0.rawValue)]) }.filter { $0.1 > 0 }
            distinct = top.count
        case .boolean(let b):
            var t = 0, f = 0
            each { r in if c.validity[r] { if b[r] { t += 1 } else { f += 1 } } }
            top = [("true", t), ("false", f)].filter { $0.1 > 0 }
            distinct = top.count
        }
    }
}

/// Min, max, sum and (up to 21) distinct values of the present values, read in place.
private struct NumberRange: NumbersVisitor {
    package let valid: Bitmap
    package let rows: [Int32]?
    package func visit<R: NumberReader>(_ v: R, count: Int) -> (Double, Double, Double, Int) {
        var acc = Acc()
        // A struct passed inout, not captured vars: captured vars cost a dynamic exclusivity
        // check on every access.
        if let rows {
            for r in rows where valid[Int(r)] { acc.add(v[Int(r)]) }
        } else {
            for r in 0..<count where valid[r] { acc.add(v[r]) }
        }
        return (acc.lo, acc.hi, acc.sum, acc.seen.count)
    }

    package struct Acc {
        package var lo = Double.infinity, hi = -Double.infinity, sum = 0.0
        package var seen = Set<Double>()
        @inline(__always) package mutating func add(_ x: Double) {
            lo = Swift.min(lo, x); hi = Swift.max(hi, x); sum += x
            if seen.count <= 20 { seen.insert(x) }
        }
    }
}
