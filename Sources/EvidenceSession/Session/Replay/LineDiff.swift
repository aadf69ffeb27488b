import EvidenceData
import EvidenceAnalysis

/// A line diff by longest common subsequence, printed as a unified diff (`@@ -a,b +c,d @@`,
/// three lines of context). Outputs are short, so the O(n·m) table is fine; past a size limit
/// the whole block is shown as replaced rather than spending memory.
public enum LineDiff {
    public enum Op: Equatable, Sendable { case same(String), removed(String), added(String) }

    public static func ops(_ a: [String], _ b: [String]) -> [Op] {
        let n = a.count, m = b.count
        if n * m > 4_000_000 { return a.map(Op.removed) + b.map(Op.added) }
        // lcs[i][j] = LCS length of a[i...] and b[j...], flattened.
        var lcs = [Int](repeating: 0, count: (n + 1) * (m + 1))
        let w = m + 1
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i * w + j] = a[i] == b[j] ? lcs[(i + 1) * w + j + 1] + 1 : max(lcs[(i + 1) * w + j], lcs[i * w + j + 1])
            }
        }
        var out: [Op] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { out.append(.same(a[i])); i += 1; j += 1 }
            else if i < n, j == m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1] { out.append(.removed(a[i])); i += 1 }
            else { out.append(.added(b[j])); j += 1 }
        }
        return out
    }

    /// Unified diff lines (without the ---/+++ header); empty when equal.
    public static func unified(_ a: [String], _ b: [String], context: Int = 3) -> [String] {
        let ops = ops(a, b)
        let changed = ops.indices.filter { if case .same = ops[$0] { false } else { true } }
        guard !changed.isEmpty else { return [] }
        // Group changes whose context overlaps into hunks.
        var hunks: [Range<Int>] = []
        for c in changed {
            let lo = max(0, c - context), hi = min(ops.count, c + context + 1)
            if let last = hunks.last, lo <= last.upperBound { hunks[hunks.count - 1] = last.lowerBound..<hi }
            else { hunks.append(lo..<hi) }
        }
        var out: [String] = []
        for h in hunks {
            // Line numbers (1-based) where the hunk starts on each side.
            var aLine = 1, bLine = 1
            for op in ops[..<h.lowerBound] {
                switch op {
                case .same: aLine += 1; bLine += 1
                case .removed: aLine += 1
                case .added: bLine += 1
                }
            }
            var aCount = 0, bCount = 0, body: [String] = []
            for op in ops[h] {
                switch op {
                case .same(let s): aCount += 1; bCount += 1; body.append(" " + s)
                case .removed(let s): aCount += 1; body.append("-" + s)
                case .added(let s): bCount += 1; body.append("+" + s)
                }
            }
            out.append("@@ -\(aCount == 0 ? aLine - 1 : aLine),\(aCount) +\(bCount == 0 ? bLine - 1 : bLine),\(bCount) @@")
            out += body
        }
        return out
    }
}
