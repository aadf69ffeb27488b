import EvidenceData

/// A one-line chart for table cells: ▁▂▃▄▅▆▇█ (ASCII: _.-:=+*#).
package enum Sparkline {
    package static let unicode: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    package static let ascii: [Character] = ["_", ".", "-", ":", "=", "+", "*", "#"]

    /// The distribution of `values` in `bins` equal bins (the histogram edge rule), each bin
    /// as a bar scaled to the fullest one; an empty bin is a blank. Empty input gives "".
    package static func distribution(_ values: [Double], bins: Int = 10, ascii: Bool = false) -> String {
        var lo = Double.infinity, hi = -Double.infinity
        for x in values where x.isFinite { lo = min(lo, x); hi = max(hi, x) }
        guard lo <= hi else { return "" }
        let n = max(1, bins)
        let counts = lo == hi ? [Int](repeating: 0, count: n / 2) + [values.count] + [Int](repeating: 0, count: n - n / 2 - 1)
            : Histogram.count(values, lo: lo, hi: hi, n: n)
        return bars(counts.map(Double.init), ascii: ascii, blankZero: true)
    }

    /// A value per step (e.g. a mean per cycle) as bars from the smallest to the largest;
    /// nil is a blank.
    package static func series(_ values: [Double?], ascii: Bool = false) -> String {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard let lo = present.min(), let hi = present.max() else { return String(repeating: " ", count: values.count) }
        let glyphs = ascii ? Self.ascii : Self.unicode
        return String(values.map { v -> Character in
            guard let v, v.isFinite else { return " " }
            let k = hi > lo ? Int(((v - lo) / (hi - lo) * 7).rounded()) : 3
            return glyphs[max(0, min(7, k))]
        })
    }

    package static func bars(_ counts: [Double], ascii: Bool, blankZero: Bool) -> String {
        let glyphs = ascii ? Self.ascii : Self.unicode
        let top = counts.max() ?? 0
        return String(counts.map { c -> Character in
            if c <= 0 || top <= 0 { return blankZero ? " " : glyphs[0] }
            // Any non-zero count shows at least the lowest bar.
            return glyphs[max(0, min(7, Int((c / top * 8).rounded(.up)) - 1))]
        })
    }
}
