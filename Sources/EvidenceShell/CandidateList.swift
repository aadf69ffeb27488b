import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// Lays out completion candidates in columns, down then across, like a shell's `ls`.
enum CandidateList {
    static let maxShown = 120

    static func layout(_ items: [String], width: Int) -> [String] {
        let shown = Array(items.prefix(maxShown))
        guard !shown.isEmpty else { return [] }
        let colWidth = (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let columns = max(1, min(shown.count, max(1, width) / max(1, colWidth)))
        let rows = (shown.count + columns - 1) / columns
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            for c in 0..<columns {
                let i = c * rows + r
                guard i < shown.count else { break }
                let last = c == columns - 1 || (c + 1) * rows + r >= shown.count
                line += last ? shown[i] : DisplayWidth.pad(shown[i], to: colWidth, right: false)
            }
            lines.append(line)
        }
        if items.count > shown.count { lines.append("(\(items.count - shown.count) more)") }
        return lines
    }
}
