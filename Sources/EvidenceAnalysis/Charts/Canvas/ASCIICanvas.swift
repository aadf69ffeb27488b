import EvidenceData

/// One pixel per cell in 7-bit ASCII, for `set ascii on`: the chart pastes into any e-mail.
/// Each series has its own glyph, so series stay apart without colour.
package struct ASCIICanvas: Canvas {
    package let columns: Int
    package let rows: Int
    package static let pixelsPerColumn = 1
    package static let pixelsPerRow = 1

    private var series: [Int16]
    /// Glyph per series (series beyond the list reuse it from the start): the same as the
    /// legend's markers, so a line is recognised anywhere along it.
    package var glyphs: [Character] = (0..<8).map { Charset(ascii: true).marker($0) }

    package init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        series = [Int16](repeating: -1, count: self.columns * self.rows)
    }

    package mutating func set(x: Int, y: Int, series s: Int) {
        guard x >= 0, y >= 0, x < pixelWidth, y < pixelHeight else { return }
        series[(pixelHeight - 1 - y) * columns + x] = Int16(clamping: max(0, s))
    }

    package func cell(row: Int, col: Int) -> (char: Character, series: Int?) {
        let s = series[row * columns + col]
        guard s >= 0 else { return (" ", nil) }
        return (glyphs[Int(s) % glyphs.count], Int(s))
    }
}
