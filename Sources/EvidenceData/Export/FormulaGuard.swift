/// CSV (formula) injection: Excel, LibreOffice and Google Sheets take a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a CR as a formula (`=HYPERLINK(…)`, `+cmd|…`). Following
/// OWASP's CSV-injection guidance such a text cell is written with a leading `'`, which the
/// spreadsheet reads as "show as text", and in quotes. A number (`-3.5`) is left as it is.
/// Used for every cell of a CSV file, header names included; see docs/evidence.md, "export".
package enum FormulaGuard {
    /// What the export's report line says was done to `count` cells.
    package static func report(_ count: Int, language: Language = .en) -> String {
        (count == 1 ? WriterMessage.neutralisedOne : .neutralisedMany).text(language, .quantity(count))
    }

    /// True when a spreadsheet could run `s` as a formula: it starts with a trigger and is not
    /// a plain number such as `-3.5` or `+2`.
    package static func isTriggering(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 9, 13: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isPlainNumber(s.utf8.dropFirst())
        default: return false
        }
    }

    /// Digits, optionally a dot and more digits: what is left of `-3.5` after its sign.
    static func isPlainNumber(_ bytes: Substring.UTF8View) -> Bool {
        var digits = 0, dot = false, afterDot = 0
        for b in bytes {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if dot { afterDot += 1 } else { digits += 1 }
            case UInt8(ascii: ".") where !dot: dot = true
            default: return false
            }
        }
        return digits > 0 && (!dot || afterDot > 0)
    }
}
