/// How numbers are written for a reader: English `0.36`, `[0.24, 0.49]`, `12345`; Swedish
/// (Språkrådet's rules, docs/shell.md "Language") `0,36`, `[0,24; 0,49]`, `12 345`. The
/// English style changes nothing, so English output is exactly what it was. Expressions and
/// exports' machine text never go through this.
public struct NumberStyle: Sendable, Equatable {
    /// `,` instead of `.` before the decimals.
    public var decimalComma: Bool
    /// Digits of numbers from 10 000 up grouped in threes by a no-break space (U+00A0, one
    /// column wide; `set ascii on` folds it to a plain space). Four-digit numbers stay whole,
    /// as Språkrådet allows, so years (2025) never read as 2 025.
    public var groupThousands: Bool

    public static let english = NumberStyle(decimalComma: false, groupThousands: false)
    public static let swedish = NumberStyle(decimalComma: true, groupThousands: true)

    public var isEnglish: Bool { !decimalComma && !groupThousands }

    /// Between the bounds of an interval: `, ` in English, `; ` where the numbers hold commas.
    public var listSeparator: String { decimalComma ? "; " : ", " }

    static let groupSeparator: Character = "\u{00A0}"

    /// A number as NumberFormat writes it (`-1234.5`, `12`, `–`), in this style.
    public func apply(_ formatted: String) -> String {
        if isEnglish { return formatted }
        var sign = Substring(""), body = Substring(formatted)
        if let f = body.first, f == "-" || f == "+" { sign = body.prefix(1); body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isNumber else { return formatted }
        let dot = body.firstIndex(of: ".")
        let whole = body[..<(dot ?? body.endIndex)]
        guard whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return formatted }
        var out = String(sign)
        if groupThousands, whole.count >= 5 {
            for (i, ch) in whole.enumerated() {
                if i > 0, (whole.count - i) % 3 == 0 { out.append(Self.groupSeparator) }
                out.append(ch)
            }
        } else {
            out += whole
        }
        if let dot { out += (decimalComma ? "," : ".") + body[body.index(after: dot)...] }
        return out
    }

    /// `NumberFormat.fixed` in this style.
    public func fixed(_ d: Double, decimals: Int) -> String { apply(NumberFormat.fixed(d, decimals: decimals)) }

    /// `NumberFormat.plain` in this style.
    public func plain(_ d: Double) -> String { apply(NumberFormat.plain(d)) }

    /// A whole number in this style.
    public func integer(_ n: Int) -> String { isEnglish ? String(n) : apply(String(n)) }
}
