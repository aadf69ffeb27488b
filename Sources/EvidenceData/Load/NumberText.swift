/// A text value read as a number the way the loader reads a field (docs/language.md, `number`):
/// a decimal point or comma, digit grouping (`1 234`), a trailing `%` (percent points),
/// spaces around it. For the language's `number(x)`, on text the loader could not type.
package enum NumberText {
    private static let point = NumberParser(decimalComma: false)
    private static let comma = NumberParser(decimalComma: true)

    /// The number `text` writes, or nil: `12.5`, `12,5`, `94,5 %`, `1 234`. A comma is a decimal
    /// comma (`1,234` is 1.234): these exports group thousands with spaces, never commas.
    package static func value(_ text: String) -> Double? {
        var s = text
        return s.withUTF8 { b -> Double? in
            guard let p = b.baseAddress, b.count > 0 else { return nil }
            var t = false
            return point.parse(p, b.count, usedThousands: &t) ?? comma.parse(p, b.count, usedThousands: &t)
        }
    }
}
