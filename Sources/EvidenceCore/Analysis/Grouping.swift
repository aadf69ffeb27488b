/// Rows grouped by the values of one column, in a natural order (numbers ascending, grades
/// A→F, text alphabetically), missing last. Groups keep their row indices for later work.
public struct Grouping: Sendable {
    public struct Group: Sendable {
        public var label: String
        public var value: Value
        public var rows: [Int32]
        public var count: Int { rows.count }
    }
    public var groups: [Group]

    public init(column c: Column, rows: [Int32]?) {
        var buckets: [Int: [Int32]] = [:]
        var missing: [Int32] = []
        // Key each row by a small integer: the text code, the grade code, the bool, or the number's bits.
        var numberKeys: [Double: Int] = [:]
        var numbers: [Double] = []
        func add(_ r: Int) {
            guard c.validity[r] else { missing.append(Int32(r)); return }
            let key: Int
            switch c.data {
            case .text(let t): key = Int(t.codes[r])
            case .grade(let g): key = Int(g[r])
            case .boolean(let b): key = b[r] ? 1 : 0
            case .number(let v):
                if let k = numberKeys[v[r]] { key = k } else {
                    key = numbers.count
                    numberKeys[v[r]] = key
                    numbers.append(v[r])
                }
            }
            buckets[key, default: []].append(Int32(r))
        }
        if let rows { for r in rows { add(Int(r)) } } else { for r in 0..<c.count { add(r) } }
        var out: [Group] = []
        switch c.data {
        case .text(let t):
            for (k, rs) in buckets { out.append(Group(label: t.dictionary[k], value: .text(t.dictionary[k]), rows: rs)) }
            out.sort { $0.label.localizedStandardLess($1.label) }
        case .grade:
            for (k, rs) in buckets { let g = Grade(rawValue: UInt8(k)) ?? .F; out.append(Group(label: g.letter, value: .grade(g), rows: rs)) }
            out.sort { if case .grade(let a) = $0.value, case .grade(let b) = $1.value { return a > b }; return false }
        case .boolean:
            for (k, rs) in buckets { out.append(Group(label: k == 1 ? "true" : "false", value: .boolean(k == 1), rows: rs)) }
            out.sort { $0.label > $1.label }
        case .number:
            for (k, rs) in buckets { out.append(Group(label: NumberFormat.plain(numbers[k]), value: .number(numbers[k]), rows: rs)) }
            out.sort { if case .number(let a) = $0.value, case .number(let b) = $1.value { return a < b }; return false }
        }
        if !missing.isEmpty { out.append(Group(label: "(missing)", value: .missing(.empty), rows: missing)) }
        groups = out
    }
}

extension String {
    /// Alphabetical with numbers compared by value ("4B" < "10A"), case-insensitive, å ä ö after z.
    func localizedStandardLess(_ other: String) -> Bool {
        SortKey.less(self, other)
    }
}

/// A locale-free collation good enough for Swedish labels: digits by value, letters case-insensitively
/// with å, ä, ö sorted after z (as in Swedish), other letters by their base.
public enum SortKey {
    public static func less(_ a: String, _ b: String) -> Bool {
        let x = key(a), y = key(b)
        return x != y ? x.lexicographicallyPrecedes(y) : a < b
    }

    static func key(_ s: String) -> [UInt32] {
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
