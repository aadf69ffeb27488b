/// Renders output as plain text lines: the medium of pipes, scripts, transcripts and tests.
/// The terminal front end adds colour on top of the same lines.
public struct RenderOptions: Sendable {
    public var width: Int
    public var ascii: Bool
    /// The reader's language: table numbers in its style, diagnostics' and the table
    /// drawer's own words in it (docs/shell.md, "Language").
    public var language: Language
    public init(width: Int = 100, ascii: Bool = false, language: Language = .en) {
        self.width = max(20, width)
        self.ascii = ascii
        self.language = language
    }
}

public enum TextRenderer {
    public static func render(_ output: Output, options: RenderOptions) -> [String] {
        var lines: [String] = []
        for block in output.blocks { lines.append(contentsOf: render(block, options: options)) }
        return lines
    }

    public static func renderString(_ output: Output, options: RenderOptions) -> String {
        render(output, options: options).joined(separator: "\n")
    }

    public static func render(_ block: Block, options: RenderOptions) -> [String] {
        let lines: [String]
        switch block {
        case .text(let s): lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .message(let s): lines = WordWrap.lines(s.text, width: options.width)
        case .warning(let s): lines = WordWrap.lines(CommonMessage.warningPrefix.text(options.language) + s.text, width: options.width)
        case .table(let t): lines = TableDrawer(options: options).draw(t)
        case .styled(let st): lines = st.lines
        case .diagnostic(let d): lines = DiagnosticRenderer.render(d, language: options.language)
        }
        return options.ascii ? lines.map(ASCIIFold.fold) : lines
    }
}

/// Draws a ResultTable with box characters, fitting the width. Cells are cut only as `CellFit`
/// allows (a figure is never cut); columns that still do not fit are left out with a note.
package struct TableDrawer {
    package let options: RenderOptions

    package func draw(_ t: ResultTable) -> [String] {
        let g = options.ascii
            ? Glyphs(h: "-", v: "|", tl: "+", tm: "+", tr: "+", ml: "+", mm: "+", mr: "+", bl: "+", bm: "+", br: "+")
            : Glyphs(h: "─", v: "│", tl: "┌", tm: "┬", tr: "┐", ml: "├", mm: "┼", mr: "┤", bl: "└", bm: "┴", br: "┘")
        var out: [String] = []
        if let title = t.title { out.append(contentsOf: WordWrap.lines(title, width: options.width)) }
        let numbers = options.language.numbers
        let cells = t.rows.map { row in t.columns.indices.map { i in i < row.count ? row[i].display(numbers) : "" } }
        var widths = t.columns.indices.map { i in
            max(DisplayWidth.of(t.columns[i].name), cells.map { DisplayWidth.of($0[i]) }.max() ?? 0)
        }
        let natural = widths
        // How narrow each column may go: its cells' minimum, and a header cut to no less than 6.
        let minimum = t.columns.indices.map { i in
            let whole = t.columns[i].whole || t.columns[i].alignment == .right
            let cellMin = cells.map { CellFit.minimumWidth($0[i], whole: whole) }.max() ?? 0
            return max(cellMin, min(DisplayWidth.of(t.columns[i].name), 6))
        }
        // Total = sum(widths) + 3 per column + 1.
        func total(_ n: Int) -> Int { widths.prefix(n).reduce(0, +) + 3 * n + 1 }
        var shown = t.columns.count
        // First narrow the columns that can be cut (the widest first), then drop trailing columns.
        while total(shown) > options.width {
            guard let i = (0..<shown).filter({ widths[$0] > minimum[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[i] = max(minimum[i], widths[i] - (total(shown) - options.width))
        }
        while shown > 1 && total(shown) > options.width { shown -= 1 }
        // The width a left-out column frees goes back to the columns that were narrowed.
        for i in 0..<shown where widths[i] < natural[i] && total(shown) < options.width {
            widths[i] = min(natural[i], widths[i] + options.width - total(shown))
        }
        let cols = Array(0..<shown)
        func rule(_ l: String, _ m: String, _ r: String) -> String {
            l + cols.map { String(repeating: g.h, count: widths[$0] + 2) }.joined(separator: m) + r
        }
        func line(_ values: [String], header: Bool) -> String {
            g.v + cols.map { i in
                let v = header ? DisplayWidth.truncate(values[i], to: widths[i]) : CellFit.cut(values[i], to: widths[i])
                let right = t.columns[i].alignment == .right
                return " " + DisplayWidth.pad(v, to: widths[i], right: right) + " "
            }.joined(separator: g.v) + g.v
        }
        out.append(rule(g.tl, g.tm, g.tr))
        out.append(line(t.columns.map(\.name), header: true))
        out.append(rule(g.ml, g.mm, g.mr))
        for r in cells { out.append(line(r, header: false)) }
        out.append(rule(g.bl, g.bm, g.br))
        if shown < t.columns.count {
            let left = t.columns[shown...].map(\.name)
            let note = CommonMessage.columnsNotShown.text(options.language, .count(left.count), .text(left.joined(separator: ", ")))
            out.append(contentsOf: WordWrap.lines(note, width: options.width))
        }
        for f in t.footer { out.append(contentsOf: WordWrap.lines(f, width: options.width)) }
        return out
    }

    package struct Glyphs {
        package let h, v, tl, tm, tr, ml, mm, mr, bl, bm, br: String
    }
}

/// Folds text to 7-bit ASCII for `set ascii on`: box drawing to + - |, Swedish letters to their
/// base letters, other symbols to close ASCII forms.
public enum ASCIIFold {
    public static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 128 }) { return s }
        var out = ""
        for u in s.unicodeScalars {
            // ASCII, and the marked digits of chart counts (`ChartCount`), stay as they are.
            if u.value < 128 || (0xE030...0xE039).contains(u.value) { out.unicodeScalars.append(u); continue }
            out += map[u] ?? foldLetter(u)
        }
        return out
    }

    package static let map: [Unicode.Scalar: String] = [
        "─": "-", "│": "|", "┌": "+", "┬": "+", "┐": "+", "├": "+", "┼": "+", "┤": "+", "└": "+", "┴": "+", "┘": "+",
        "…": "...", "–": "-", "—": "-", "→": "->", "←": "<-", "≤": "<=", "≥": ">=", "±": "+/-", "·": ".",
        "Å": "A", "Ä": "A", "Ö": "O", "å": "a", "ä": "a", "ö": "o", "É": "E", "é": "e", "ü": "u", "Ü": "U",
        "\u{00A0}": " ", "×": "x", "•": "*", "▲": "^", "▼": "v", "█": "#", "▇": "#", "▆": "#", "▅": "=",
        "▄": "=", "▃": "-", "▂": "_", "▁": "_", "°": "o",
    ]

    package static func foldLetter(_ u: Unicode.Scalar) -> String {
        // Strip diacritics by decomposing; anything else becomes "?".
        let decomposed = String(u).decomposedStringWithCanonicalMappingCompat
        let base = decomposed.unicodeScalars.filter { $0.value < 128 }
        return base.isEmpty ? "?" : String(String.UnicodeScalarView(base))
    }
}

extension String {
    /// Canonical decomposition without Foundation (NFD via Unicode scalar properties is not in the
    /// standard library, so only the common Latin letters are handled; others fold to "?").
    package var decomposedStringWithCanonicalMappingCompat: String {
        var out = ""
        for u in unicodeScalars {
            switch u.value {
            case 0xC0...0xC5: out += "A"
            case 0xE0...0xE5: out += "a"
            case 0xC8...0xCB: out += "E"
            case 0xE8...0xEB: out += "e"
            case 0xCC...0xCF: out += "I"
            case 0xEC...0xEF: out += "i"
            case 0xD2...0xD6, 0xD8: out += "O"
            case 0xF2...0xF6, 0xF8: out += "o"
            case 0xD9...0xDC: out += "U"
            case 0xF9...0xFC: out += "u"
            case 0xC7: out += "C"
            case 0xE7: out += "c"
            case 0xD1: out += "N"
            case 0xF1: out += "n"
            case 0xC6: out += "AE"
            case 0xE6: out += "ae"
            case 0xDF: out += "ss"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
