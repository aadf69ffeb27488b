import EvidenceData

/// A canvas whose cells are made of sub-pixels, one bit each: the cell's glyph is chosen by its
/// bit mask. Braille and quadrant blocks differ only in the cell's size, which bit a pixel
/// sets and which glyph a mask draws (`MaskGlyphs`).
package struct MaskCanvas<Glyphs: MaskGlyphs>: Canvas {
    package let columns: Int
    package let rows: Int
    package static var pixelsPerColumn: Int { Glyphs.pixelsPerColumn }
    package static var pixelsPerRow: Int { Glyphs.pixelsPerRow }

    private var bits: [UInt8]
    private var series: [Int16]

    package init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
        series = [Int16](repeating: -1, count: self.columns * self.rows)
    }

    package mutating func set(x: Int, y: Int, series s: Int) {
        guard x >= 0, y >= 0, x < pixelWidth, y < pixelHeight else { return }
        let fromTop = pixelHeight - 1 - y
        let i = (fromTop / Glyphs.pixelsPerRow) * columns + x / Glyphs.pixelsPerColumn
        bits[i] |= Glyphs.bit(column: x % Glyphs.pixelsPerColumn, row: fromTop % Glyphs.pixelsPerRow)
        series[i] = Int16(clamping: s)
    }

    package func cell(row: Int, col: Int) -> (char: Character, series: Int?) {
        let i = row * columns + col
        guard bits[i] != 0 else { return (" ", nil) }
        return (Glyphs.glyph(bits[i]), series[i] < 0 ? nil : Int(series[i]))
    }
}

/// The sub-pixels of one cell: how many, the bit of each (row counted from the top), and the
/// glyph of a mask.
package protocol MaskGlyphs {
    static var pixelsPerColumn: Int { get }
    static var pixelsPerRow: Int { get }
    static func bit(column: Int, row: Int) -> UInt8
    static func glyph(_ mask: UInt8) -> Character
}

/// Braille patterns (U+2800…U+28FF): 2 × 4 dots per cell, the finest resolution a terminal
/// offers for points and lines.
package enum BrailleGlyphs: MaskGlyphs {
    package static let pixelsPerColumn = 2
    package static let pixelsPerRow = 4
    private static let dot: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
    package static func bit(column: Int, row: Int) -> UInt8 { dot[column][row] }
    package static func glyph(_ mask: UInt8) -> Character { Character(Unicode.Scalar(0x2800 + UInt16(mask)) ?? " ") }
}

/// Quadrant block elements (▘ ▝ ▖ ▗ and their unions): 2 × 2 pixels per cell. Coarser than
/// Braille but heavier, so it reads better on a projector or a printed handout.
package enum BlockGlyphs: MaskGlyphs {
    package static let pixelsPerColumn = 2
    package static let pixelsPerRow = 2
    /// Glyph by mask: bit 0 top left, bit 1 top right, bit 2 bottom left, bit 3 bottom right.
    private static let glyphs: [Character] = [" ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█"]
    package static func bit(column: Int, row: Int) -> UInt8 { UInt8(1) << UInt8(row * 2 + column) }
    package static func glyph(_ mask: UInt8) -> Character { glyphs[Int(mask)] }
}

package typealias BrailleCanvas = MaskCanvas<BrailleGlyphs>
package typealias BlockCanvas = MaskCanvas<BlockGlyphs>
