/// Parses a number straight from field bytes. Most evidence values are short decimals, which
/// take the exact fast path (Clinger: at most 19 significant digits, mantissa ≤ 2^53, power of
/// ten ≤ 22, one exact multiply or divide). Anything else is copied, cleaned (decimal comma to
/// point, digit grouping removed) and handed to Swift's `Double(_:)`, which reads with the C
/// locale: plain `strtod` follows LC_NUMERIC and would misread "1.5" under a Swedish locale.
struct NumberParser: Sendable {
    /// The decimal separator: `.` or `,`.
    let decimal: UInt8

    init(decimalComma: Bool) {
        decimal = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
    }

    func release() {}

    /// 1e0…1e22, all exact in a Double (an instance table: a static would cost a
    /// once-check per number).
    private let powers: [Double] = (0...22).map { e in
        var x = 1.0
        for _ in 0..<e { x *= 10 }
        return x
    }

    /// The common shape, tried first (docs/loading.md, "Speed and memory"): an optional sign and
    /// at most 15 digits with at most one decimal separator, nothing else (`612`, `94.3`, `-2`).
    /// Sets `exact` and `decimals` as `parse` would (value = exact / 10^decimals) and returns
    /// true; anything else (spaces, grouping, `%`, exponents, long mantissas) returns false
    /// and goes to `parse`. No Double is made: a column of scaled integers does not need one.
    @inline(__always)
    func parseShort(_ p: UnsafePointer<UInt8>, _ n: Int, exact: inout Int64, decimals: inout Int) -> Bool {
        guard n > 0, n <= 17 else { return false }
        var i = 0
        let first = p[0]
        let negative = first == UInt8(ascii: "-")
        if negative || first == UInt8(ascii: "+") { i = 1 }
        var m: Int64 = 0
        var point = -1
        while i < n {
            let c = p[i]
            let d = c &- 48
            if d <= 9 { m = m &* 10 &+ Int64(d) } else if c == decimal, point < 0 { point = i } else { return false }
            i += 1
        }
        let signs = negative || first == UInt8(ascii: "+") ? 1 : 0
        let digits = n - signs - (point < 0 ? 0 : 1)
        // `-0` is left to `parse`: its Double is -0.0, which the exact form cannot say.
        guard digits > 0, digits <= 15, !(negative && m == 0) else { return false }
        exact = negative ? -m : m
        decimals = point < 0 ? 0 : n - 1 - point
        return true
    }

    /// The Double `parse` gives for a value `parseShort` read: the same one exact division.
    @inline(__always)
    func value(exact: Int64, decimals: Int) -> Double {
        let v = Double(exact.magnitude) / powers[decimals]
        return exact < 0 ? -v : v
    }

    /// The value of `p[0..<n]`, or nil when it is not a number. Surrounding spaces are ignored;
    /// `usedThousands` is set when a space, U+00A0 or U+202F grouped the digits ("12 345").
    /// A trailing `%` (`94,5 %`, `88,9%`) is dropped: the value is in percent points.
    @inline(__always)
    func parse(_ p: UnsafePointer<UInt8>, _ n: Int, usedThousands: inout Bool) -> Double? {
        var exact: Int64 = 0, decimals = 0, percent = false
        return parse(p, n, usedThousands: &usedThousands, usedPercent: &percent, exact: &exact, decimals: &decimals)
    }

    /// As `parse`, also giving the value's exact decimal form when it has one that a column
    /// can keep as a scaled integer: value = exact / 10^decimals, |exact| ≤ 2^53. `decimals`
    /// is -1 when there is none (exponents, long mantissas, fractions after grouping).
    /// `usedPercent` is set when a trailing `%` was dropped (docs/loading.md, "Column types").
    @inline(__always)
    func parse(_ p: UnsafePointer<UInt8>, _ n: Int, usedThousands: inout Bool, usedPercent: inout Bool,
               exact: inout Int64, decimals: inout Int) -> Double? {
        parse(p, n, usedThousands: &usedThousands, usedPercent: &usedPercent, exact: &exact, decimals: &decimals, percent: true)
    }

    @inline(__always)
    private func parse(_ p: UnsafePointer<UInt8>, _ n: Int, usedThousands: inout Bool, usedPercent: inout Bool,
                       exact: inout Int64, decimals: inout Int, percent: Bool) -> Double? {
        var i = 0
        var end = n
        while i < end, p[i] == 0x20 { i += 1 }
        while end > i, p[end - 1] == 0x20 { end -= 1 }
        if i == end { return nil }
        var negative = false
        if p[i] == UInt8(ascii: "-") { negative = true; i += 1 } else if p[i] == UInt8(ascii: "+") { i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var sawDigit = false
        while i < end {
            let d = p[i] &- 48
            if d > 9 { break }
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); if mantissa != 0 { digits += 1 } } else { scale += 1 }
            sawDigit = true
            i += 1
        }
        if i < end, p[i] == decimal {
            i += 1
            while i < end {
                let d = p[i] &- 48
                if d > 9 { break }
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); if mantissa != 0 { digits += 1 }; scale -= 1 }
                sawDigit = true
                i += 1
            }
        }
        if i == end, sawDigit, digits < 19, mantissa <= (1 << 53), scale >= -22, scale <= 22 {
            var v = Double(mantissa)
            if scale < 0 { v /= powers[-scale] } else if scale > 0 { v *= powers[scale] }
            if scale <= 0 {
                exact = negative ? -Int64(mantissa) : Int64(mantissa)
                decimals = -scale
            } else {
                decimals = -1
            }
            return negative ? -v : v
        }
        // Only a field the fast path refused is looked at for a `%`, so numbers pay nothing.
        if percent, p[end - 1] == UInt8(ascii: "%") {
            return percentPoints(p, end - 1, usedThousands: &usedThousands, usedPercent: &usedPercent,
                                 exact: &exact, decimals: &decimals)
        }
        let v = slowPath(p, n, usedThousands: &usedThousands)
        // Grouped whole numbers ("12 345") still have an exact form.
        if let v, v.rounded() == v, abs(v) <= 9_007_199_254_740_992 {
            exact = Int64(v)
            decimals = 0
        } else {
            decimals = -1
        }
        return v
    }

    /// `94,5 %` without its sign (and the space, no-break space or narrow no-break space before
    /// it): the number before it, once (`5 %%` is not a number).
    @inline(never)
    private func percentPoints(_ p: UnsafePointer<UInt8>, _ n: Int, usedThousands: inout Bool, usedPercent: inout Bool,
                               exact: inout Int64, decimals: inout Int) -> Double? {
        var e = n
        while e > 0, p[e - 1] == 0x20 { e -= 1 }
        if e >= 2, p[e - 2] == 0xC2, p[e - 1] == 0xA0 { e -= 2 } else if e >= 3, p[e - 3] == 0xE2, p[e - 2] == 0x80, p[e - 1] == 0xAF { e -= 3 }
        guard e > 0 else { return nil }
        var percent = false
        let v = parse(p, e, usedThousands: &usedThousands, usedPercent: &percent, exact: &exact, decimals: &decimals, percent: false)
        if v != nil { usedPercent = true }
        return v
    }

    /// Exponents, long mantissas and digit grouping: clean into a NUL-terminated buffer.
    private func slowPath(_ p: UnsafePointer<UInt8>, _ n: Int, usedThousands: inout Bool) -> Double? {
        guard n < 120 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buf -> Double? in
            var i = 0, end = n, k = 0
            while i < end, p[i] == 0x20 { i += 1 }
            while end > i, p[end - 1] == 0x20 { end -= 1 }
            var grouped = false
            var sawE = false, sawDigit = false
            while i < end {
                let c = p[i]
                if c >= 48 && c <= 57 { sawDigit = true; buf[k] = c; k += 1; i += 1; continue }
                if c == decimal { buf[k] = UInt8(ascii: "."); k += 1; i += 1; continue }
                if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                    if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { if sawE || !sawDigit { return nil }; sawE = true }
                    buf[k] = c; k += 1; i += 1; continue
                }
                // A thousands separator must sit between digits and be followed by three digits.
                var w = 0
                if c == 0x20 { w = 1 } else if c == 0xC2, i + 1 < end, p[i + 1] == 0xA0 { w = 2 } else if c == 0xE2, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0xAF { w = 3 }
                guard w > 0, !sawE, k > 0, buf[k - 1] >= 48, buf[k - 1] <= 57, i + w + 3 <= end else { return nil }
                for j in 0..<3 where p[i + w + j] < 48 || p[i + w + j] > 57 { return nil }
                if i + w + 3 < end { let after = p[i + w + 3]; if after >= 48 && after <= 57 { return nil } }
                grouped = true
                i += w
            }
            guard sawDigit, k > 0 else { return nil }
            guard let v = Double(String(decoding: UnsafeBufferPointer(rebasing: buf[0..<k]), as: UTF8.self)), v.isFinite else { return nil }
            if grouped { usedThousands = true }
            return v
        }
    }
}
