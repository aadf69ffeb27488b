import EvidenceData

/// An estimate with its standard error and 95 % interval, and the name of the variant so that
/// output can always say which one it is (docs/analysis.md, "Reading an effect size honestly":
/// "Name the variant").
public struct Estimate: Sendable, Equatable {
    public var name: String
    public var value: Double
    public var se: Double
    public var lower: Double
    public var upper: Double

    public init(name: String, value: Double, se: Double, lower: Double, upper: Double) {
        self.name = name
        self.value = value
        self.se = se
        self.lower = lower
        self.upper = upper
    }

    /// A normal interval value ± z·se.
    public static func normal(_ name: String, _ value: Double, se: Double) -> Estimate {
        Estimate(name: name, value: value, se: se, lower: value - Normal.z975 * se, upper: value + Normal.z975 * se)
    }

    /// True when the interval excludes 0 (Schagen & Hodgen's "real" effect).
    public var excludesZero: Bool { lower > 0 || upper < 0 }
}

public enum Normal {
    /// The 97.5th percentile of the standard normal (scipy.stats.norm.ppf(0.975)).
    public static let z975 = 1.959963984540054
}

/// The paired effect sizes of docs/analysis.md, "compare MEASURE A -> B" (**Formulas**),
/// computed from summary numbers so that grouped passes over a million rows and the bootstrap
/// share one set of formulas.
/// n = matched students, diff = B − A. Every function returns NaN parts when n < 2 or an SD is 0.
public enum PairedEffectSize {
    /// d_z = mean(diff)/sd(diff); SE = sqrt(1/n + d_z²/(2n)) (Hedges & Olkin 1985 p86 eq 14).
    public static func dz(meanDiff: Double, sdDiff: Double, n: Int) -> Estimate {
        let nn = Double(n)
        let d = sdDiff > 0 ? meanDiff / sdDiff : .nan
        return .normal("d_z", d, se: (1 / nn + d * d / (2 * nn)).squareRoot())
    }

    /// d_av = mean(diff)/s_av, s_av = sqrt((s_A² + s_B²)/2); SE = sqrt(var(diff)/n)/s_av
    /// (Algina & Keselman 2003 eq 4).
    public static func dav(meanDiff: Double, sdDiff: Double, sdA: Double, sdB: Double, n: Int) -> Estimate {
        let sav = ((sdA * sdA + sdB * sdB) / 2).squareRoot()
        let d = sav > 0 ? meanDiff / sav : .nan
        let se = sav > 0 ? (sdDiff * sdDiff / Double(n)).squareRoot() / sav : .nan
        return .normal("d_av", d, se: se)
    }

    /// Hedges' small-sample correction for paired data, J = 1 − 3/(4(n − 1) − 1).
    public static func pairedJ(n: Int) -> Double {
        let den = 4 * Double(n - 1) - 1
        return den > 0 ? 1 - 3 / den : .nan
    }

    /// g_av = J·d_av (Hedges' g with the paired J); SE = J·SE(d_av); the CI bounds are J times
    /// d_av's bounds (as the effectsize R package does). At n = 2, J = 0: that is no estimate
    /// (0.00 would read as "no effect"), so g_av is NaN there, shown `–`.
    public static func gav(_ dav: Estimate, n: Int) -> Estimate {
        var j = pairedJ(n: n)
        if !(j > 0) { j = .nan }
        return Estimate(name: "g_av", value: j * dav.value, se: j * dav.se, lower: j * dav.lower, upper: j * dav.upper)
    }
}

/// Effect sizes against national norms (docs/analysis.md, "Against norms"; Schagen & Hodgen 2009).
public enum NormEffectSize {
    /// expected_gain = normMean(later) − normMean(earlier).
    public static func expectedGain(normMeanBefore: Double, normMeanAfter: Double) -> Double {
        normMeanAfter - normMeanBefore
    }

    /// ES_vs_expected = (observed mean gain − expected gain)/normSD, normSD at the second test.
    public static func vsExpected(gain: Double, expectedGain: Double, normSD: Double) -> Double {
        normSD > 0 ? (gain - expectedGain) / normSD : .nan
    }

    /// ES_norm = expected gain/normSD: the effect size the norms predict for ordinary growth.
    public static func norm(expectedGain: Double, normSD: Double) -> Double {
        normSD > 0 ? expectedGain / normSD : .nan
    }
}

/// Wilson score interval for a proportion k/n (docs/analysis.md, "tail MEASURE at A", still ≤ P):
/// (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) / (1 + z²/n). n = 0 gives NaNs.
public enum Wilson {
    public static func interval(successes k: Int, n: Int, z: Double = Normal.z975) -> (lower: Double, upper: Double) {
        guard n > 0 else { return (.nan, .nan) }
        let nn = Double(n), p = Double(k) / nn, z2 = z * z
        let centre = p + z2 / (2 * nn)
        let half = z * (p * (1 - p) / nn + z2 / (4 * nn * nn)).squareRoot()
        let den = 1 + z2 / nn
        return ((centre - half) / den, (centre + half) / den)
    }
}
