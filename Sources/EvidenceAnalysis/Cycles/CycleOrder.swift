import EvidenceData

/// The natural order of cycle labels, and where `cycles order` keeps a fixed one.
public enum CycleOrder {
    /// Order labels: Swedish terms by school year (vt24 < ht24 < vt25), pre/before/start before
    /// post/after/end, otherwise digits by value (c2 < c10) and text alphabetically.
    public static func natural(_ labels: [String]) -> [String] {
        labels.sorted { a, b in
            let ka = key(a), kb = key(b)
            if let x = ka, let y = kb, x != y { return x < y }
            if (ka == nil) != (kb == nil) { return ka != nil }
            return SortKey.less(a, b)
        }
    }

    /// A numeric key for term-like labels, or nil.
    package static func key(_ label: String) -> Int? {
        let s = label.lowercased()
        let words: [String: Int] = ["pre": 0, "before": 0, "före": 0, "baseline": 0, "start": 0,
                                    "mid": 1, "post": 2, "after": 2, "efter": 2, "end": 2]
        if let k = words[s] { return k }
        // ht24 / vt2025: year·2 + (vt 0, ht 1).
        for (prefix, half) in [("vt", 0), ("ht", 1)] where s.hasPrefix(prefix) {
            let digits = s.dropFirst(2)
            if let y = Int(digits), digits.count == 2 || digits.count == 4 {
                return 1000 + (y < 100 ? 2000 + y : y) * 2 + half
            }
        }
        return nil
    }

    /// The model of a dataset, with a fixed order (`cycles order`) applied when there is one.
    public static func model(for d: ResolvedDataset, fixed order: [String]?) -> CycleModel {
        let m = CycleModel.detect(d.table)
        if let o = order { return m.ordered(o) }
        return m
    }
}
