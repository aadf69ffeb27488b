/// A locale-free collation good enough for Swedish labels: digits by value, letters case-insensitively
/// with å, ä, ö sorted after z (as in Swedish), other letters by their base.
public enum SortKey {
    public static func less(_ a: String, _ b: String) -> Bool {
        let x = key(a), y = key(b)
        return x != y ? x.lexicographicallyPrecedes(y) : a < b
    }

    /// The indices of `strings` in this order: each key made once, not once per comparison
    /// (sorting a column's labels made two keys per comparison: 6.5 M instructions for 39
    /// school names, docs/architecture.md "Speed across targets").
    package static func order(_ strings: [String]) -> [Int] {
        let keys = strings.map(key)
        return strings.indices.sorted { i, j in
            keys[i] != keys[j] ? keys[i].lexicographicallyPrecedes(keys[j]) : strings[i] < strings[j]
        }
    }

    package static func key(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        var digits: UInt64 = 0
        var inNumber = false
        func flush() {
            if inNumber { out.append(0x100); out.append(UInt32(truncatingIfNeeded: min(digits, UInt64(UInt32.max)))); inNumber = false; digits = 0 }
        }
        for u in s.unicodeScalars {
            if u.value >= 48 && u.value <= 57 {
                inNumber = true
                digits = digits &* 10 &+ UInt64(u.value - 48)
                continue
            }
            flush()
            let v = u.value
            if v < 0x80 {
                // ASCII: lower-casing is arithmetic (the Unicode mapping below costs thousands).
                out.append(0x120 + (v >= 65 && v <= 90 ? v + 32 : v))
                continue
            }
            switch u {
            case "å", "Å": out.append(0x200 + 1)
            case "ä", "Ä", "æ", "Æ": out.append(0x200 + 2)
            case "ö", "Ö", "ø", "Ø": out.append(0x200 + 3)
            default:
                let lower = u.properties.lowercaseMapping.unicodeScalars.first ?? u
                out.append(0x120 + lower.value)
            }
        }
        flush()
        return out
    }
}
