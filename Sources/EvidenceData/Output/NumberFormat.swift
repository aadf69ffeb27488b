import Foundation

/// Stable number formatting (independent of the locale), so transcripts check clean.
public enum NumberFormat {
    /// Fixed decimals; -0.0 prints as 0; NaN and infinities as "–".
    public static func fixed(_ d: Double, decimals: Int) -> String {
        guard d.isFinite else { return "–" }
        var s = String(format: "%.\(max(0, min(12, decimals)))f", d)
        if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { s.removeFirst() }
        return s
    }

    /// A short natural form: integers without decimals, others with up to 4 significant decimals.
    public static func plain(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "–" : (d > 0 ? "∞" : "-∞") }
        if d.rounded() == d, abs(d) < 1e15 { return String(Int(d)) }
        var s = String(format: "%.4f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Decimals that suit a column of values: 0 for integers, else 1–2 by magnitude.
    public static func decimals(for values: some Sequence<Double>) -> Int {
        var allInt = true
        var maxAbs = 0.0
        for v in values where v.isFinite {
            if v.rounded() != v { allInt = false }
            maxAbs = max(maxAbs, abs(v))
        }
        if allInt { return 0 }
        return maxAbs >= 100 ? 1 : 2
    }
}
