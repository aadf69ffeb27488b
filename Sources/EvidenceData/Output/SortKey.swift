/// A locale-free collation good enough for Swedish labels: digits by value, letters case-insensitively
/// with å, ä, ö sorted after z (as in Swedish), other letters by their base.
public enum SortKey {
    public static func less(_ a: String, _ b: String) -> Bool {
        let x = key(a), y = key(b)
        return x != y ? x.lexicographicallyPrecedes(y) : a < b
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
