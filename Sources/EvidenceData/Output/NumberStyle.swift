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

    /// A number as NumberFormat writes it (`-1234.5`, `12`, `–`), in this style; anything that
    /// is not such a number (`–`, `5A`) as it is. On UTF-8 bytes: a table calls this for every
    /// cell, and a walk over Characters cost 18 % of `compare … by school`'s instructions.
    public func apply(_ formatted: String) -> String {
        if isEnglish { return formatted }
        let u = Array(formatted.utf8)
        var i = 0
        if let f = u.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { i = 1 }
        let start = i
        while i < u.count, u[i] >= UInt8(ascii: "0"), u[i] <= UInt8(ascii: "9") { i += 1 }
        let digits = i - start
        guard digits > 0, i == u.count || u[i] == UInt8(ascii: ".") else { return formatted }
        var out: [UInt8] = []
        out.reserveCapacity(u.count + 2 * (digits / 3))
        out.append(contentsOf: u[0..<start])
        for k in start..<(start + digits) {
            // A no-break space (U+00A0, C2 A0) before each group of three, from 10 000 up.
            if groupThousands, digits >= 5, k > start, (start + digits - k) % 3 == 0 { out.append(0xC2); out.append(0xA0) }
            out.append(u[k])
        }
        if i < u.count {
            out.append(decimalComma ? UInt8(ascii: ",") : UInt8(ascii: "."))
            out.append(contentsOf: u[(i + 1)...])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `NumberFormat.fixed` in this style.
    public func fixed(_ d: Double, decimals: Int) -> String { apply(NumberFormat.fixed(d, decimals: decimals)) }

    /// `NumberFormat.plain` in this style.
    public func plain(_ d: Double) -> String { apply(NumberFormat.plain(d)) }

    /// A whole number in this style.
    public func integer(_ n: Int) -> String { isEnglish ? String(n) : apply(String(n)) }
}
