/// Personnummer inside text: in a cell among other words (`Elev 0 (20130419-5579)`), in a
/// column that is only partly personnummer (the whole-column rule needs half; a number column
/// then becomes text), or in a column name. Each is replaced by its keyed pseudonym
/// (`PersonnummerScanner`), so the same person gets the same `P-…` here as in a personnummer
/// column.
extension Privacy {
    /// True when some text cell or column name holds a personnummer, or a number column a 10- or
    /// 12-digit one (a cheap pass: most text has too few digits to be looked at).
    public static func holdsPersonnummerText(_ table: Table) -> Bool {
        for c in table.columns {
            if PersonnummerScanner.contains(c.name) || holdsPersonnummerNumbers(c) { return true }
            guard case .text(let t) = c.data else { continue }
            if t.dictionary.contains(where: PersonnummerScanner.contains) { return true }
        }
        return false
    }

    /// The column with every personnummer in its text replaced, and how many cells changed
    /// (nil when none did). Entries that become equal are merged into one dictionary entry.
    package static func scrubbedText(_ c: Column, key: [UInt8]) -> (Column, cells: Int)? {
        guard case .text(let t) = c.data else { return nil }
        var changed = [Bool](repeating: false, count: t.dictionary.count)
        var words: [String] = []
        var index: [String: UInt32] = [:]
        var remap = [UInt32](repeating: 0, count: t.dictionary.count)
        for (i, w) in t.dictionary.enumerated() {
            let (s, n) = PersonnummerScanner.scrub(w, key: key)
            changed[i] = n > 0
            if let k = index[s] { remap[i] = k } else {
                remap[i] = UInt32(words.count)
                index[s] = remap[i]
                words.append(s)
            }
        }
        guard changed.contains(true) else { return nil }
        var cells = 0
        var codes = t.codes
        for r in 0..<codes.count {
            if c.validity[r], changed[Int(codes[r])] { cells += 1 }
            codes[r] = remap[Int(codes[r])]
        }
        let out = Column(name: c.name, data: .text(TextData(codes: codes, dictionary: words)), validity: c.validity,
                         markers: c.markers, isID: c.isID)
        return (out, cells)
    }

    /// A number column under the whole-column rule's half that still holds personnummer of ten
    /// or twelve digits (a 9-digit one lost its leading zero and is judged only by that rule):
    /// it becomes text, each personnummer its pseudonym and every other value its plain digits.
    package static func scrubbedNumbers(_ c: Column, key: [UInt8]) -> (Column, cells: Int)? {
        guard case .number(let v) = c.data, holdsPersonnummerNumbers(c) else { return nil }
        var cells = 0
        var values: [String?] = []
        values.reserveCapacity(v.count)
        for r in 0..<v.count {
            guard c.validity[r] else { values.append(nil); continue }
            if let ten = tenOrTwelveDigitPersonnummer(v[r]) {
                values.append(PersonnummerScanner.pseudonym(ten, key: key))
                cells += 1
            } else {
                values.append(NumberFormat.plain(v[r]))
            }
        }
        let (text, _) = TextData.encode(values)
        return (Column(name: c.name, data: .text(text), validity: c.validity, markers: c.markers, isID: c.isID), cells)
    }

    static func tenOrTwelveDigitPersonnummer(_ d: Double) -> [UInt8]? {
        d >= 1e9 ? Personnummer.normalized(number: d) : nil
    }

    static func holdsPersonnummerNumbers(_ c: Column) -> Bool {
        guard case .number(let v) = c.data else { return false }
        // Only a value of ten digits or more can be one: most columns are ruled out by one
        // cheap pass over the storage (scaled integers with decimals never reach 10^9).
        switch v.storage {
        case .scaled(_, let decimals) where decimals > 0: return false
        case .scaled, .doubles: guard Privacy.reaches(v, 1e9) else { return false }
        }
        return (0..<v.count).contains { c.validity[$0] && tenOrTwelveDigitPersonnummer(v[$0]) != nil }
    }

    /// Personnummer in text cells and column names replaced; the note says how many cells.
    package static func pseudonymiseText(_ table: Table, key: [UInt8], skipping replaced: Set<Int>) -> (Table, [String]) {
        var t = table
        var notes: [String] = []
        var perColumn: [String] = []
        var total = 0
        var names = 0
        for i in t.columns.indices {
            let (name, n) = PersonnummerScanner.scrub(t.columns[i].name, key: key)
            if n > 0 { t.columns[i].name = name; names += 1 }
            guard !replaced.contains(i),
                  let (col, cells) = scrubbedText(t.columns[i], key: key) ?? scrubbedNumbers(t.columns[i], key: key) else { continue }
            t.columns[i] = col
            total += cells
            perColumn.append("\(cells) in '\(col.name)'")
        }
        if total > 0 {
            notes.append("personnummer inside text: \(total) cell\(total == 1 ? "" : "s") changed (\(perColumn.joined(separator: ", "))), each replaced by its pseudonym (\(pseudonymPrefix)…)")
        }
        if names > 0 {
            notes.append("\(names) column name\(names == 1 ? "" : "s") held a personnummer: replaced by its pseudonym")
        }
        return (t, notes)
    }
}
