/// What a column is being read as. Text is the fallback every other kind can fall back to.
enum ColumnKind: Sendable, Equatable {
    case number, text, grade, boolean, date

    var valueType: ValueType {
        switch self {
        case .number: .number
        case .text: .text
        case .grade: .grade
        case .boolean: .boolean
        case .date: .date
        }
    }
}

/// Recognising single tokens: markers, grades, booleans.
enum Tokens {
    /// Skolverket's markers (`.` `..` `-` `~100`), from raw bytes.
    @inline(__always)
    static func marker(_ p: UnsafePointer<UInt8>, _ n: Int) -> MissingKind? {
        switch n {
        case 1: return p[0] == UInt8(ascii: ".") ? .notAvailable : p[0] == UInt8(ascii: "-") ? .absent : nil
        case 2: return p[0] == UInt8(ascii: ".") && p[1] == UInt8(ascii: ".") ? .suppressed : nil
        case 3: return p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x93 ? .absent : nil // en dash
        case 4:
            return p[0] == UInt8(ascii: "~") && p[1] == UInt8(ascii: "1") && p[2] == UInt8(ascii: "0")
                && p[3] == UInt8(ascii: "0") ? .nearly100 : nil
        default: return nil
        }
    }

    /// A grade letter A–F (upper case only: a lone "a" is more likely a word than a grade).
    @inline(__always)
    static func grade(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt8? {
        guard n == 1 else { return nil }
        let c = p[0]
        guard c >= UInt8(ascii: "A"), c <= UInt8(ascii: "F") else { return nil }
        return c == UInt8(ascii: "F") ? 0 : 5 - (c - UInt8(ascii: "A"))
    }

    /// true/false, yes/no, ja/nej (any case). 1/0 are read as numbers, never as booleans.
    @inline(__always)
    static func boolean(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool? {
        guard n >= 2, n <= 5 else { return nil }
        var w: UInt64 = 0
        for i in 0..<n { w |= UInt64(p[i] | 0x20) << UInt64(8 * i) }
        switch w {
        case 0x6575_7274, 0x0073_6579, 0x616A: return true // "true", "yes", "ja"
        case 0x65_736C_6166, 0x6F6E, 0x6A_656E: return false // "false", "no", "nej"
        default: return nil
        }
    }
}
