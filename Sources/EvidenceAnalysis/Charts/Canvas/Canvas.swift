import EvidenceData

/// A pixel surface drawn into text cells. Each canvas kind packs a different number of pixels
/// into one character cell (Braille 2×4, block 2×2, ASCII 1×1). Pixel (0, 0) is bottom left.
/// A cell remembers the last series drawn into it; the chart maps series to styles.
package protocol Canvas {
    /// Size in character cells.
    var columns: Int { get }
    var rows: Int { get }
    /// Pixels per cell.
    static var pixelsPerColumn: Int { get }
    static var pixelsPerRow: Int { get }

    mutating func set(x: Int, y: Int, series: Int)
    /// The cells as characters (blank where nothing was drawn) and the series per cell.
    func cell(row: Int, col: Int) -> (char: Character, series: Int?)
}

extension Canvas {
    package var pixelWidth: Int { columns * Self.pixelsPerColumn }
    package var pixelHeight: Int { rows * Self.pixelsPerRow }

    /// Set the pixel nearest to a point given in data units on the two scales.
    package mutating func point(_ x: Double, _ y: Double, xScale: Scale, yScale: Scale, series: Int) {
        let p = pixel(x, y, xScale: xScale, yScale: yScale)
        set(x: p.x, y: p.y, series: series)
    }

    package func pixel(_ x: Double, _ y: Double, xScale: Scale, yScale: Scale) -> (x: Int, y: Int) {
        (xScale.cell(x, cells: pixelWidth), yScale.cell(y, cells: pixelHeight))
    }

    /// A straight line between two pixels (Bresenham). `dotted` leaves every other pixel blank,
    /// so a second kind of line reads differently without colour.
    package mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int), series: Int, dotted: Bool = false) {
        var x = a.x, y = a.y
        let dx = abs(b.x - a.x), dy = -abs(b.y - a.y)
        let sx = a.x < b.x ? 1 : -1, sy = a.y < b.y ? 1 : -1
        var err = dx + dy
        var step = 0
        while true {
            if !dotted || step % 2 == 0 { set(x: x, y: y, series: series) }
            if x == b.x && y == b.y { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
            step += 1
        }
    }

    /// The canvas as a grid; `style` maps a series to its style (nil for none).
    package func grid(style: (Int) -> StyleSpan.Style? = { .series($0) }) -> TextGrid {
        var g = TextGrid(width: columns, height: rows)
        for r in 0..<rows {
            for c in 0..<columns {
                let cell = cell(row: r, col: c)
                g[r, c] = TextGrid.Cell(char: cell.char, style: cell.series.flatMap(style))
            }
        }
        return g
    }
}

/// Which canvas a chart draws on: Braille by default, block on request, ASCII in ASCII mode.
package enum CanvasKind: String, Sendable, CaseIterable {
    case braille, block, ascii

    package func make(columns: Int, rows: Int) -> any Canvas {
        switch self {
        case .braille: BrailleCanvas(columns: columns, rows: rows)
        case .block: BlockCanvas(columns: columns, rows: rows)
        case .ascii: ASCIICanvas(columns: columns, rows: rows)
        }
    }
}
