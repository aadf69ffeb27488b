import EvidenceData

/// The glyphs a chart draws with: Unicode (box drawing, blocks, Braille) or 7-bit ASCII.
/// Every glyph is one column wide, and every chart reads in black and white: series differ
/// by marker glyph, not only by colour.
package struct Charset: Sendable {
    package let ascii: Bool

    package var horizontal: Character { ascii ? "-" : "─" }
    package var vertical: Character { ascii ? "|" : "│" }
    package var corner: Character { ascii ? "+" : "└" }
    /// A tick on the y axis (the axis line with a stub to the left).
    package var yTick: Character { ascii ? "+" : "┤" }
    /// A tick on the x axis.
    package var xTick: Character { ascii ? "+" : "┬" }
    package var full: Character { ascii ? "#" : "█" }
    package var ellipsis: String { ascii ? "..." : "…" }
    package var arrow: String { ascii ? "->" : "→" }
    package var middot: String { ascii ? "-" : "·" }

    /// Vertical bar tops in eighths (index 1…8); ASCII has whole cells only.
    package func verticalEighth(_ k: Int) -> Character {
        // ASCII has whole cells only: a low top shows as "." so small counts stay visible.
        if ascii { return k >= 4 ? "#" : k > 0 ? "." : " " }
        let g: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return g[max(0, min(8, k))]
    }

    /// Horizontal bar ends in eighths (index 1…8).
    package func horizontalEighth(_ k: Int) -> Character {
        if ascii { return k >= 4 ? "#" : k > 0 ? ":" : " " }
        let g: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
        return g[max(0, min(8, k))]
    }

    /// Point markers for series 0, 1, 2, … (distinct shapes so lines read without colour).
    package func marker(_ series: Int) -> Character {
        let u: [Character] = ["●", "■", "▲", "◆", "○", "□", "△", "◇"]
        let a: [Character] = ["o", "x", "+", "*", "@", "%", "&", "="]
        let g = ascii ? a : u
        return g[((series % g.count) + g.count) % g.count]
    }

    /// Shades from light to dark for heat maps (index 0 = empty).
    package var shades: [Character] { ascii ? [" ", ".", ":", "+", "#"] : [" ", "░", "▒", "▓", "█"] }

    /// Text cut to `width` columns (ASCII-folded first in ASCII mode, so the cut mark fits too).
    package func fit(_ s: String, _ width: Int) -> String {
        guard ascii else { return DisplayWidth.truncate(s, to: width) }
        let t = ASCIIFold.fold(s)
        if t.count <= width { return t }
        if width <= 3 { return String(t.prefix(max(0, width))) }
        return String(t.prefix(width - 3)) + "..."
    }
}
