/// Braille patterns (U+2800…U+28FF): 2 × 4 dots per cell, the finest resolution a terminal
/// offers for points and lines.
struct BrailleCanvas: Canvas {
    let columns: Int
    let rows: Int
    static let pixelsPerColumn = 2
    static let pixelsPerRow = 4

    private var bits: [UInt8]
    private var series: [Int16]

    init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
        series = [Int16](repeating: -1, count: self.columns * self.rows)
    }

    /// Dot bit for (column within cell, row within cell counted from the top).
    private static let dot: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    mutating func set(x: Int, y: Int, series s: Int) {
        guard x >= 0, y >= 0, x < pixelWidth, y < pixelHeight else { return }
        let fromTop = pixelHeight - 1 - y
        let i = (fromTop / 4) * columns + x / 2
        bits[i] |= Self.dot[x % 2][fromTop % 4]
        series[i] = Int16(clamping: s)
    }

    func cell(row: Int, col: Int) -> (char: Character, series: Int?) {
        let i = row * columns + col
        guard bits[i] != 0, let u = Unicode.Scalar(0x2800 + UInt32(bits[i])) else { return (" ", nil) }
        return (Character(u), series[i] < 0 ? nil : Int(series[i]))
    }
}
