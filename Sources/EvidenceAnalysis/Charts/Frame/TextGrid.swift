import EvidenceData

/// A rectangle of character cells, each with an optional style. Charts are composed on grids
/// (canvas, axes, labels) and turned into `StyledText` at the end, so spans always line up
/// with the characters they colour. Every glyph a chart uses is one terminal column wide.
package struct TextGrid {
    package struct Cell: Equatable {
        package var char: Character
        package var style: StyleSpan.Style?
    }

    package private(set) var rows: [[Cell]]
    package let width: Int

    package init(width: Int, height: Int) {
        self.width = max(0, width)
        rows = Array(repeating: Array(repeating: Cell(char: " ", style: nil), count: max(0, width)), count: max(0, height))
    }

    package var height: Int { rows.count }

    package subscript(row: Int, col: Int) -> Cell {
        get { rows[row][col] }
        set { if row >= 0, row < rows.count, col >= 0, col < width { rows[row][col] = newValue } }
    }

    /// Write a string from `col`; characters outside the grid are dropped.
    package mutating func put(_ s: String, row: Int, col: Int, style: StyleSpan.Style? = nil) {
        guard row >= 0, row < rows.count else { return }
        var c = col
        for ch in s {
            if c >= 0, c < width { rows[row][c] = Cell(char: ch, style: style) }
            c += 1
        }
    }

    package mutating func appendRow() {
        rows.append(Array(repeating: Cell(char: " ", style: nil), count: width))
    }

    /// Place `other` with its top-left corner at (row, col).
    package mutating func blit(_ other: TextGrid, row: Int, col: Int) {
        for r in 0..<other.height {
            for c in 0..<other.width { self[row + r, col + c] = other[r, c] }
        }
    }

    /// Lines with trailing blanks removed, and spans for runs of equal style.
    package func styledText(colored: Bool = true) -> StyledText {
        var lines: [String] = []
        var spans: [StyleSpan] = []
        for (i, row) in rows.enumerated() {
            var end = row.count
            while end > 0, row[end - 1].char == " " { end -= 1 }
            lines.append(String(row[..<end].map(\.char)))
            guard colored else { continue }
            var c = 0
            while c < end {
                guard let st = row[c].style, row[c].char != " " else { c += 1; continue }
                var e = c + 1
                while e < end, row[e].style == st { e += 1 }
                spans.append(StyleSpan(line: i, range: c..<e, style: st))
                c = e
            }
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return StyledText(lines: lines, spans: spans)
    }
}

extension StyledText {
    /// Stack several charts (or text lines) into one block, shifting their spans.
    package mutating func append(_ other: StyledText) {
        let base = lines.count
        lines += other.lines
        spans += other.spans.map { StyleSpan(line: $0.line + base, range: $0.range, style: $0.style) }
    }

    package mutating func append(line: String, style: StyleSpan.Style? = nil) {
        let lead = line.prefix { $0 == " " }.count
        if let style, lead < line.count { spans.append(StyleSpan(line: lines.count, range: lead..<line.count, style: style)) }
        lines.append(line)
    }
}
