/// A 95 % interval in a result cell, as numbers: shown as `[0.24, 0.49]` (`[0,24; 0,49]` in Swedish) (or `12 % [5–20]`
/// with its estimate), exported as two numeric columns `KEY_lo`, `KEY_hi` (and `KEY` for the
/// estimate), never as text (docs/evidence.md, "Tidy exports").
public struct CellInterval: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        /// `[lo, hi]`
        case brackets
        /// `est % [lo–hi]`: a share shown in percent (the numbers are already ×100).
        case percent
    }
    public var estimate: Double?
    public var lower: Double
    public var upper: Double
    public var decimals: Int
    public var style: Style

    public init(estimate: Double? = nil, lower: Double, upper: Double, decimals: Int, style: Style = .brackets) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
        self.decimals = decimals
        self.style = style
    }

    public var display: String { display(.english) }

    /// As shown in `numbers`' style: `[0,24; 0,49]` in Swedish.
    public func display(_ numbers: NumberStyle) -> String {
        let lo = numbers.fixed(lower, decimals: decimals), hi = numbers.fixed(upper, decimals: decimals)
        switch style {
        case .brackets: return "[\(lo)\(numbers.listSeparator)\(hi)]"
        case .percent: return "\(estimate.map { numbers.fixed($0, decimals: decimals) } ?? "–") % [\(lo)–\(hi)]"
        }
    }
}
