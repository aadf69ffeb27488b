/// Replaces personnummer by keyed pseudonyms before anything else sees them.
///
/// A personnummer anywhere else in a text cell or a column name is replaced by its pseudonym too
/// (`Privacy+Text.swift`). A column is treated as personnummer when at least half of its present values are valid
/// (Luhn and date checked). Every value of such a column is replaced, the invalid ones too (a
/// mistyped personnummer is still personal data). The pseudonym is `P-` and the first 10 hex
/// digits of HMAC-SHA256(key, the ten digits YYMMDDNNNC), so it is stable for one key and
/// the same whichever form (10 or 12 digits, `-` or `+`) a file uses.
public enum Privacy {
    public static let pseudonymPrefix = "P-"

    /// The table with personnummer columns pseudonymised, and notes for the user (empty when
    /// nothing was found). The loader calls this on every table it reads.
    public static func pseudonymise(_ table: Table, key: [UInt8]) -> (Table, [String]) {
        var t = table
        var notes: [String] = []
        var replaced = Set<Int>()
        for i in t.columns.indices {
            guard let (col, note) = pseudonymised(t.columns[i], key: key) else { continue }
            t.columns[i] = col
            notes.append(note)
            replaced.insert(i)
        }
        // Then personnummer anywhere else: inside text cells, in partly-personnummer columns,
        // in column names (Privacy+Text.swift).
        let (scrubbed, textNotes) = pseudonymiseText(t, key: key, skipping: replaced)
        return (scrubbed, notes + textNotes)
    }

    /// True when at least half of the column's present values are valid personnummer (a
    /// column half full of personnummer leaks them, whatever the other half is).
    public static func looksLikePersonnummer(_ c: Column) -> Bool {
        switch c.data {
        case .text(let t):
            // Without one valid entry there is nothing to count (the usual case: names, ids).
            guard t.dictionary.contains(where: { Personnummer.isValid($0) }) else { return false }
            let (valid, present) = textCounts(c, t).reduce(into: (0, 0)) { acc, e in
                acc.1 += e.count
                if e.valid { acc.0 += e.count }
            }
            return present > 0 && valid * 2 >= present
        case .number(let v):
            let present = c.validity.popcount
            // No personnummer is a number under 1 010 000 (000101-NNNC without its zeros): a
            // column of scores is ruled out by one tight count, not by parsing half of it
            // (39.6 M instructions on the 100k-row file's 20 number columns).
            guard present > 0, Self.reaches(v, 1_010_000), Self.count(v, atLeast: 1_010_000) * 2 >= present else { return false }
            var valid = 0, invalid = 0
            for r in 0..<v.count where c.validity[r] {
                if Personnummer.normalized(number: v[r]) != nil { valid += 1 } else {
                    invalid += 1
                    if invalid * 2 > present { return false }
                }
            }
            return present > 0 && valid * 2 >= present
        default:
            return false
        }
    }

    /// Whether any stored value is at least `bound`: one pass with no early exit, which the
    /// compiler turns into vector operations, so a column of scores is passed over at a
    /// fraction of a count's cost (docs/privacy.md, "Where it happens"). A missing slot that
    /// reaches only sends the column on to the exact check.
    static func reaches(_ v: Numbers, _ bound: Double) -> Bool {
        var hit: UInt8 = 0
        switch v.storage {
        case .doubles(let d):
            d.withUnsafeBufferPointer { for x in $0 { hit |= x >= bound ? 1 : 0 } }
        case .scaled(let ints, let decimals):
            let scaled = bound * Numbers.divisors[decimals]
            guard scaled <= Double(Int32.max) else { return false }
            let t = Int32(scaled.rounded(.up))
            return largest(ints) >= t
        }
        return hit != 0
    }

    /// The largest value, eight at a time (the loop written plainly was not vectorised: 2
    /// instructions a value). Missing slots hold Int32.min, so they never count.
    static func largest(_ ints: [Int32]) -> Int32 {
        ints.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return Int32.min }
            var lanes = SIMD8<Int32>(repeating: Int32.min)
            var i = 0
            while i + 8 <= b.count {
                lanes = pointwiseMax(lanes, UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<Int32>.self))
                i += 8
            }
            var m = lanes.max()
            while i < b.count { m = Swift.max(m, base[i]); i += 1 }
            return m
        }
    }

    /// Values at least `bound` (missing slots never are). Slots a validity bit marks missing
    /// may hold anything: counting them only sends a column on to the exact check.
    static func count(_ v: Numbers, atLeast bound: Double) -> Int {
        var n = 0
        switch v.storage {
        case .doubles(let d):
            d.withUnsafeBufferPointer { for x in $0 { n &+= x >= bound ? 1 : 0 } }
        case .scaled(let ints, let decimals):
            let scaled = bound * Numbers.divisors[decimals]
            guard scaled <= Double(Int32.max) else { return 0 }
            let t = Int32(scaled.rounded(.up))
            ints.withUnsafeBufferPointer { for x in $0 { n &+= x >= t ? 1 : 0 } }
        }
        return n
    }

    /// The pseudonym for one value: ten digits when valid, else the raw text.
    public static func pseudonym(_ value: String, key: [UInt8], hexDigits: Int = 10) -> String {
        let message = Personnummer.normalized(value).map { $0.map { $0 + UInt8(ascii: "0") } }
            ?? Array(("x:" + value.trimmed()).utf8)
        return pseudonymPrefix + String(SHA256Hasher.hex(SHA256Hasher.hmac(key: key, message: message)).prefix(hexDigits))
    }

    // MARK: columns

    /// Counts per dictionary entry (one pass over the codes) and whether the entry is valid.
    package static func textCounts(_ c: Column, _ t: TextData) -> [(count: Int, valid: Bool)] {
        var counts = [Int](repeating: 0, count: t.dictionary.count)
        for r in 0..<t.codes.count where c.validity[r] { counts[Int(t.codes[r])] += 1 }
        return counts.indices.map { (counts[$0], counts[$0] > 0 && Personnummer.isValid(t.dictionary[$0])) }
    }

    package static func pseudonymised(_ c: Column, key: [UInt8]) -> (Column, String)? {
        guard looksLikePersonnummer(c) else { return nil }
        // The distinct raw values, and for each row the index of its raw value.
        var raws: [String] = []
        var rowRaw: [UInt32]
        switch c.data {
        case .text(let t):
            raws = t.dictionary
            rowRaw = t.codes
        case .number(let v):
            var index: [Double: UInt32] = [:]
            rowRaw = [UInt32](repeating: 0, count: v.count)
            for r in 0..<v.count where c.validity[r] {
                if let k = index[v[r]] { rowRaw[r] = k; continue }
                let k = UInt32(raws.count)
                index[v[r]] = k
                // Numbers lost a leading zero: restore the ten digits when that makes it valid.
                raws.append(Personnummer.normalized(number: v[r]).map { String($0.map { Character(String($0)) }) }
                            ?? NumberFormat.plain(v[r]))
                rowRaw[r] = k
            }
        default:
            return nil
        }
        var invalid = 0
        var used = [Bool](repeating: false, count: raws.count)
        for r in 0..<rowRaw.count where c.validity[r] { used[Int(rowRaw[r])] = true }
        for (i, s) in raws.enumerated() where used[i] && !Personnummer.isValid(s) { invalid += 1 }
        // 10 hex digits (40 bits) suit a school; widen when two people would share one.
        var digits = 10
        var names = raws.map { pseudonym($0, key: key, hexDigits: digits) }
        var people = Set<String>(), pseudonyms = Set<String>()
        for i in raws.indices where used[i] {
            people.insert(normalizedKey(raws[i]))
            pseudonyms.insert(names[i])
        }
        if pseudonyms.count < people.count {
            digits = 16
            names = raws.map { pseudonym($0, key: key, hexDigits: digits) }
        }
        // Two forms of one number (10 and 12 digits) become one dictionary entry.
        var dict: [String: UInt32] = [:]
        var words: [String] = []
        var remap = [UInt32](repeating: 0, count: names.count)
        for (i, n) in names.enumerated() where used[i] {
            if let k = dict[n] { remap[i] = k } else {
                remap[i] = UInt32(words.count)
                dict[n] = remap[i]
                words.append(n)
            }
        }
        var codes = [UInt32](repeating: 0, count: rowRaw.count)
        for r in 0..<rowRaw.count where c.validity[r] { codes[r] = remap[Int(rowRaw[r])] }
        let out = Column(name: c.name, data: .text(TextData(codes: codes, dictionary: words)), validity: c.validity,
                         markers: c.markers, isID: c.isID)
        var note = "column '\(c.name)' holds personnummer: replaced by \(words.count) pseudonyms (\(pseudonymPrefix)…, keyed HMAC-SHA256)"
        if invalid > 0 { note += "; \(invalid) value\(invalid == 1 ? "" : "s") failed the check and were pseudonymised too" }
        if digits > 10 { note += "; pseudonyms widened to \(digits) hex digits to keep them distinct" }
        return (out, note)
    }

    package static func normalizedKey(_ s: String) -> String {
        Personnummer.normalized(s).map { String($0.map { Character(String($0)) }) } ?? "x:" + s.trimmed()
    }
}
