import EvidenceData

/// Orders rows by an evaluated column, for `sort` and `list … sort`, in the natural order that
/// `GroupCodes` groups by: numbers ascending, grades A→F, text alphabetically (Swedish å ä ö
/// after z, digits by value), true before false; missing always last.
package enum RowOrder {
    /// Positions 0..<n in sorted order (stable); missing last also when descending.
    package static func permutation(_ c: Column, descending: Bool) -> [Int] {
        // A group's code is its rank in the natural order; the last code is missing.
        let (rank, labels) = GroupCodes.localCodes(c, baseRows: nil, n: c.count)
        let missingRank = Int32(labels.count - 1)
        return (0..<c.count).sorted { a, b in
            let x = rank[a], y = rank[b]
            if x == y { return a < b }
            if x == missingRank { return false }
            if y == missingRank { return true }
            return descending ? x > y : x < y
        }
    }
}
