import Foundation
import EvidenceData

/// The implementations behind the function table. Each works on whole columns: constants stay
/// constants, columns are mapped with one loop, and text is transformed through its dictionary
/// (once per distinct value, not once per row).
package enum FunctionLibrary {
    // MARK: numbers

    package static func math(_ c: FunctionCall, _ f: @escaping (Double) -> Double) -> Vec {
        switch c.args[0] {
        case .constant(.number(let x)):
            let y = f(x)
            return .constant(y.isFinite ? .number(y) : .missing(.empty))
        case .constant: return .constant(.missing(.empty))
        case .column(let d, let valid):
            guard case .number(let v) = d else { return .constant(.missing(.empty)) }
            let out = Kernels.map(v, f)
            return .column(.number(Numbers(out)), valid & Kernels.finite(out))
        }
    }

    package static func round(_ c: FunctionCall) -> Vec {
        var digits = 0.0
        if c.args.count > 1, case .constant(.number(let d)) = c.args[1] { digits = Swift.max(0, Swift.min(12, d.rounded())) }
        let scale = (0..<Int(digits)).reduce(1.0) { a, _ in a * 10 }
        return math(c) { ($0 * scale).rounded(.toNearestOrAwayFromZero) / scale }
    }

    package static func extreme(_ c: FunctionCall, less: Bool) -> Vec {
        var out = [Double](repeating: .nan, count: c.rows)
        for a in c.args {
            let (v, valid) = numbers(a, c.rows)
            for i in 0..<c.rows where valid[i] {
                let x = v[i]
                if out[i].isNaN || (less ? x < out[i] : x > out[i]) { out[i] = x }
            }
        }
        return .column(.number(Numbers(out)), Kernels.finite(out))
    }

    // MARK: choice and missing values

    package static func ifThenElse(_ c: FunctionCall) -> Vec {
        let (cv, cValid) = booleans(c.args[0], c.rows)
        let cFalse = cValid & ~cv
        let lanes = Lanes(c.args[1...], type: c.type, rows: c.rows)
        let (a, aValid) = lanes.values[0], (b, bValid) = lanes.values[1]
        var out = b
        for i in cv.setIndices() { out[Int(i)] = a[Int(i)] }
        return lanes.rebuild(out, (cv & aValid) | (cFalse & bValid))
    }

    package static func coalesce(_ c: FunctionCall) -> Vec {
        let lanes = Lanes(c.args[...], type: c.type, rows: c.rows)
        var (out, valid) = lanes.values[0]
        for (v, vValid) in lanes.values.dropFirst() {
            let take = ~valid & vValid
            for i in take.setIndices() { out[Int(i)] = v[Int(i)] }
            valid = valid | vValid
        }
        return lanes.rebuild(out, valid)
    }

    package static func isMissing(_ c: FunctionCall) -> Vec {
        switch c.args[0] {
        case .constant(let v): return .constant(.boolean(v.isMissing))
        case .column(_, let valid): return .column(.boolean(~valid), Bitmap(count: c.rows, allSet: true))
        }
    }

    // MARK: text

    package static func mapText(_ c: FunctionCall, _ f: (String) -> String) -> Vec {
        switch c.args[0] {
        case .constant(.text(let s)): return .constant(.text(f(s)))
        case .constant(let v): return .constant(v)
        case .column(let d, let valid):
            guard case .text(let t) = d else { return .constant(.missing(.empty)) }
            return .column(.text(recode(t, f)), valid)
        }
    }

    /// Map a dictionary through `f`, merging entries that become equal ("A" and "a" → "a").
    package static func recode(_ t: TextData, _ f: (String) -> String) -> TextData {
        var index: [String: UInt32] = [:]
        var dict: [String] = []
        var map = [UInt32](repeating: 0, count: t.dictionary.count)
        for (k, s) in t.dictionary.enumerated() {
            let m = f(s)
            if let j = index[m] { map[k] = j } else {
                index[m] = UInt32(dict.count)
                map[k] = UInt32(dict.count)
                dict.append(m)
            }
        }
        let codes = t.codes.map { Int($0) < map.count ? map[Int($0)] : 0 }
        return TextData(codes: codes, dictionary: dict)
    }

    /// A test of text against text, ignoring case: per dictionary entry when the second argument
    /// is a constant, per row otherwise.
    package static func textTest(_ c: FunctionCall, _ test: @escaping (String, String) -> Bool) -> Vec {
        let t: (String, String) -> Bool = { test($0.lowercased(), $1.lowercased()) }
        switch (c.args[0], c.args[1]) {
        case (.constant(.text(let a)), .constant(.text(let b))): return .constant(.boolean(t(a, b)))
        case (.constant, .constant): return .constant(.missing(.empty))
        case (.column(.text(let a), let valid), .constant(.text(let b))):
            let table = a.dictionary.map { t($0, b) }
            return .column(.boolean(Kernels.member(a.codes, table) & valid), valid)
        default:
            let (x, xv) = texts(c.args[0], c.rows), (y, yv) = texts(c.args[1], c.rows)
            let valid = xv & yv
            let out = Bitmap.build(count: c.rows) { i in valid[i] && t(x.dictionary[Int(x.codes[i])], y.dictionary[Int(y.codes[i])]) }
            return .column(.boolean(out), valid)
        }
    }

    package static func length(_ c: FunctionCall) -> Vec {
        switch c.args[0] {
        case .constant(.text(let s)): return .constant(.number(Double(s.count)))
        case .constant: return .constant(.missing(.empty))
        case .column(let d, let valid):
            guard case .text(let t) = d else { return .constant(.missing(.empty)) }
            let lengths = t.dictionary.map { Double($0.count) }
            return .column(.number(Numbers(t.codes.map { Int($0) < lengths.count ? lengths[Int($0)] : .nan })), valid)
        }
    }

    /// Every `old` in the text replaced by `new`: per dictionary entry when both are constants.
    package static func replace(_ c: FunctionCall) -> Vec {
        func swap(_ s: String, _ old: String, _ new: String) -> String { old.isEmpty ? s : s.replacingOccurrences(of: old, with: new) }
        switch (c.args[1], c.args[2]) {
        case (.constant(.text(let old)), .constant(.text(let new))):
            return mapText(c) { swap($0, old, new) }
        case (.constant(let old), _) where old.isMissing: return .constant(.missing(.empty))
        case (_, .constant(let new)) where new.isMissing: return .constant(.missing(.empty))
        default:
            let (t, tv) = texts(c.args[0], c.rows), (o, ov) = texts(c.args[1], c.rows), (w, wv) = texts(c.args[2], c.rows)
            let valid = tv & ov & wv
            var index: [String: UInt32] = [:], dict: [String] = []
            let codes = (0..<c.rows).map { i -> UInt32 in
                guard valid[i] else { return 0 }
                let s = swap(t.dictionary[Int(t.codes[i])], o.dictionary[Int(o.codes[i])], w.dictionary[Int(w.codes[i])])
                if let k = index[s] { return k }
                index[s] = UInt32(dict.count); dict.append(s)
                return UInt32(dict.count - 1)
            }
            return .column(.text(TextData(codes: codes, dictionary: dict.isEmpty ? [""] : dict)), valid)
        }
    }

    /// Text read as the loader reads a field (`NumberText`), once per distinct value.
    package static func number(_ c: FunctionCall) -> Vec {
        switch c.args[0] {
        case .constant(.text(let s)): return .constant(NumberText.value(s).map { .number($0) } ?? .missing(.empty))
        case .constant: return .constant(.missing(.empty))
        case .column(let d, let valid):
            guard case .text(let t) = d else { return .constant(.missing(.empty)) }
            let table = t.dictionary.map { NumberText.value($0) ?? .nan }
            let out = t.codes.map { Int($0) < table.count ? table[Int($0)] : .nan }
            return .column(.number(Numbers(out)), valid & Kernels.finite(out))
        }
    }

    // MARK: evidence

    package static func points(_ c: FunctionCall) -> Vec {
        switch c.args[0] {
        case .constant(.grade(let g)): return .constant(.number(g.points))
        case .constant: return .constant(.missing(.empty))
        case .column(let d, let valid):
            guard case .grade(let g) = d else { return .constant(.missing(.empty)) }
            let table = Grade.pointsTable
            return .column(.number(Numbers(g.map { Int($0) < table.count ? table[Int($0)] : .nan })), valid)
        }
    }

    package static func band(_ c: FunctionCall) -> Vec {
        let cuts: [Double] = c.args.dropFirst().compactMap { if case .constant(.number(let d)) = $0 { d } else { nil } }
        return math(c) { x in
            var b = 1.0
            for cut in cuts where x >= cut { b += 1 }
            return x.isNaN ? .nan : b
        }
    }

    package static func zScore(_ c: FunctionCall) -> Vec {
        let xs = present(c.args[0], c.rows)
        guard let m = Aggregates.mean(xs), let s = Aggregates.sd(xs), s > 0 else { return .constant(.missing(.empty)) }
        return math(c) { ($0 - m) / s }
    }

    /// Average ranks (1-based) of the present values; missing stays missing.
    package static func averageRanks(_ c: FunctionCall) -> (ranks: [Double], valid: Bitmap, n: Int) {
        let (v, valid) = numbers(c.args[0], c.rows)
        var idx = valid.setIndices()
        idx.sort { v[Int($0)] < v[Int($1)] }
        var ranks = [Double](repeating: .nan, count: c.rows)
        var i = 0
        while i < idx.count {
            var j = i
            while j + 1 < idx.count, v[Int(idx[j + 1])] == v[Int(idx[i])] { j += 1 }
            let r = Double(i + j) / 2 + 1
            for k in i...j { ranks[Int(idx[k])] = r }
            i = j + 1
        }
        return (ranks, valid, idx.count)
    }

    package static func rank(_ c: FunctionCall) -> Vec {
        let (r, valid, _) = averageRanks(c)
        return .column(.number(Numbers(r)), valid)
    }

    package static func percentile(_ c: FunctionCall) -> Vec {
        let (r, valid, n) = averageRanks(c)
        let scale = 100 / Double(Swift.max(n, 1))
        return .column(.number(Numbers(Kernels.map(Numbers(r)) { ($0 - 0.5) * scale })), valid)
    }

    // MARK: conversions

    package static func numbers(_ v: Vec, _ n: Int) -> ([Double], Bitmap) {
        switch v {
        case .column(.number(let d), let valid): (d.doubles, valid)
        case .column(.grade(let g), let valid): (g.map { Double($0) }, valid)
        case .column(.boolean(let b), let valid): ((0..<n).map { b[$0] ? 1 : 0 }, valid)
        case .column(.date(let d), let valid): (d, valid)
        case .column: ([Double](repeating: .nan, count: n), Bitmap(count: n, allSet: false))
        case .constant(.number(let d)): ([Double](repeating: d, count: n), Bitmap(count: n, allSet: true))
        case .constant(.boolean(let b)): ([Double](repeating: b ? 1 : 0, count: n), Bitmap(count: n, allSet: true))
        case .constant(.grade(let g)): ([Double](repeating: Double(g.rawValue), count: n), Bitmap(count: n, allSet: true))
        case .constant(.date(let d)): ([Double](repeating: d, count: n), Bitmap(count: n, allSet: true))
        case .constant: ([Double](repeating: .nan, count: n), Bitmap(count: n, allSet: false))
        }
    }

    package static func booleans(_ v: Vec, _ n: Int) -> (Bitmap, Bitmap) {
        switch v {
        case .column(.boolean(let b), let valid): (Kernels.combine(b, .and, valid), valid)
        case .constant(.boolean(let b)): (Bitmap(count: n, allSet: b), Bitmap(count: n, allSet: true))
        default: (Bitmap(count: n, allSet: false), Bitmap(count: n, allSet: false))
        }
    }

    package static func texts(_ v: Vec, _ n: Int) -> (TextData, Bitmap) {
        switch v {
        case .column(.text(let t), let valid): (t, valid)
        case .constant(.text(let s)): (TextData(codes: [UInt32](repeating: 0, count: n), dictionary: [s]), Bitmap(count: n, allSet: true))
        default: (TextData(codes: [UInt32](repeating: 0, count: n), dictionary: [""]), Bitmap(count: n, allSet: false))
        }
    }

    /// The present values of a number-like vector, for aggregates.
    package static func present(_ v: Vec, _ n: Int) -> [Double] {
        switch v {
        case .constant(let c):
            if c.isMissing { return [] }
            let (d, _) = numbers(v, 1)
            return [Double](repeating: d[0], count: n)
        case .column(.number(let d), let valid):
            if valid.popcount == n { return d.doubles }
            return d.finiteValues(where: valid)
        case .column(.text, let valid):
            return [Double](repeating: 0, count: valid.popcount)
        case .column:
            let (d, valid) = numbers(v, n)
            return valid.setIndices().map { d[Int($0)] }
        }
    }
}
