import EvidenceData

/// The natural order of cycle labels, and where `cycles order` keeps a fixed one.
public enum CycleOrder {
    /// Order labels: terms by time (vt24 < ht24 < vt25, t1_2025 < t2_2025; see `TermToken`), pre/before/start before
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
        // ht24, vt2025, t1_2025, 2025-05, v12: their place in time (TermToken).
        if let t = TermToken.whole(label) { return t.key }
        return nil
    }

    /// The model of a dataset, with a fixed order (`cycles order`) applied when there is one.
    public static func model(for d: ResolvedDataset, fixed order: [String]?) -> CycleModel {
        let m = CycleModel.detect(d.table)
        if let o = order { return m.ordered(o) }
        return m
    }
}
