/// How many terminal columns a string takes: combining marks take none, East Asian wide and
/// emoji take two, the rest (å ä ö included) one. Tables and carets line up by this.
public enum DisplayWidth {
    public static func of(_ s: String) -> Int {
        var w = 0
        for u in s.unicodeScalars { w += width(u) }
        return w
    }

    public static func width(_ u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Cut to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        if of(s) <= width { return s }
        if width <= 0 { return "" }
        var out = ""
        var w = 0
        for ch in s {
            let cw = of(String(ch))
            if w + cw > width - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }

    public static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
        let n = max(0, width - of(s))
        let fill = String(repeating: " ", count: n)
        return right ? fill + s : s + fill
    }
}
