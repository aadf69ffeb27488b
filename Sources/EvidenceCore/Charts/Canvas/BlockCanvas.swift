/// Quadrant block elements (▘ ▝ ▖ ▗ and their unions): 2 × 2 pixels per cell. Coarser than
/// Braille but heavier, so it reads better on a projector or a printed handout.
struct BlockCanvas: Canvas {
    let columns: Int
    let rows: Int
    static let pixelsPerColumn = 2
    static let pixelsPerRow = 2

    private var bits: [UInt8]
    private var series: [Int16]

    init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
        series = [Int16](repeating: -1, count: self.columns * self.rows)
    }

    /// Glyph by mask: bit 0 top left, bit 1 top right, bit 2 bottom left, bit 3 bottom right.
    private static let glyphs: [Character] = [" ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█"]

    mutating func set(x: Int, y: Int, series s: Int) {
        guard x >= 0, y >= 0, x < pixelWidth, y < pixelHeight else { return }
        let fromTop = pixelHeight - 1 - y
        let i = (fromTop / 2) * columns + x / 2
        bits[i] |= UInt8(1) << UInt8((fromTop % 2) * 2 + x % 2)
        series[i] = Int16(clamping: s)
    }

    func cell(row: Int, col: Int) -> (char: Character, series: Int?) {
        let i = row * columns + col
        guard bits[i] != 0 else { return (" ", nil) }
        return (Self.glyphs[Int(bits[i])], series[i] < 0 ? nil : Int(series[i]))
    }
}
