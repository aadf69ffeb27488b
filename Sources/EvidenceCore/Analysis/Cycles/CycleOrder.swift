/// The natural order of cycle labels, and where `cycles order` keeps a fixed one.
public enum CycleOrder {
    /// Session state key: [base table name: [cycle label]].
    public static let stateKey = "cycles.order"

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
    static func key(_ label: String) -> Int? {
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

    /// The fixed order for a table, if `cycles order` set one.
    public static func fixed(in session: Session, table: String) -> [String]? {
        (session.state[stateKey] as? [String: [String]])?[table]
    }

    public static func setFixed(_ order: [String], in session: Session, table: String) {
        var all = session.state[stateKey] as? [String: [String]] ?? [:]
        all[table] = order
        session.state[stateKey] = all
    }

    /// The model of the session's dataset, with a fixed order applied.
    public static func model(for d: ResolvedDataset, baseName: String, in session: Session) -> CycleModel {
        let m = CycleModel.detect(d.table)
        if let o = fixed(in: session, table: baseName) { return m.ordered(o) }
        return m
    }
}
