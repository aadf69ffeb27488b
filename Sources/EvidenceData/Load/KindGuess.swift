/// Guessing, from a sample of raw fields, what every text-field reader must decide before the
/// full read: each column's kind, whether numbers use a decimal comma, and whether a first row
/// is a header or data. The same rules for every source, so a column types alike wherever it
/// comes from.
struct KindGuess {
    /// The reader's buffer the fields point into.
    let base: UnsafePointer<UInt8>

    /// The kind that fits every value of a column; markers and blanks fit anything. A column
    /// of numbers (or grades) with a rare odd value keeps its kind, so that the read reports
    /// the odd value as a type error instead of the column quietly becoming text.
    func kind(of fields: [FieldRef], parser: NumberParser) -> ColumnKind {
        var numbers = 0, grades = 0, booleans = 0, dates = 0, values = 0, markers = 0
        var t = false
        var exact: Int64 = 0, decimals = 0
        for f in fields {
            let p = base + f.start, n = f.end - f.start
            if (0..<n).allSatisfy({ p[$0] == 0x20 }) { continue }
            if Tokens.marker(p, n) != nil { markers += 1; continue }
            values += 1
            // The common shape first, as on load: what it reads, `parse` reads too.
            if parser.parseShort(p, n, exact: &exact, decimals: &decimals) || parser.parse(p, n, usedThousands: &t) != nil { numbers += 1 }
            else if Tokens.grade(p, n) != nil { grades += 1 }
            else if Tokens.boolean(p, n) != nil { booleans += 1 }
            else if Dates.parse(p, n) != nil { dates += 1 }
        }
        if values == 0 { return markers > 0 ? .number : .text }
        func nearly(_ k: Int) -> Bool { k >= 20 && values - k <= max(1, k / 100) }
        if numbers == values || nearly(numbers) { return .number }
        if grades == values || nearly(grades) { return .grade }
        if booleans == values { return .boolean }
        // Every value an ISO date (a rare odd one is a type error, as for numbers).
        if dates == values || nearly(dates) { return .date }
        return .text
    }

    /// "12,5" without "12.5" in the sample means a decimal comma (also as "12,5 %").
    func decimalComma(_ rows: [[FieldRef]]) -> Bool {
        var comma = 0, point = 0
        for r in rows.prefix(1000) {
            for f in r where f.end - f.start >= 3 && f.end - f.start < 40 {
                var digitsBefore = false, sep: UInt8 = 0, digitsAfter = false, other = false
                for i in f.start..<f.end {
                    let c = base[i]
                    if c >= 48, c <= 57 { if sep == 0 { digitsBefore = true } else { digitsAfter = true } }
                    else if (c == 44 || c == 46), sep == 0 { sep = c }
                    else if c != 0x20, c != 0x2D, c != 0x25 { other = true }
                }
                guard !other, digitsBefore, digitsAfter else { continue }
                if sep == 44 { comma += 1 } else if sep == 46 { point += 1 }
            }
        }
        return comma > 0 && comma >= point
    }

    /// True when every field of a first row fits its column's kind (so it is data, not names).
    func looksLikeData(_ r: [FieldRef], kinds: [ColumnKind], parser: NumberParser) -> Bool {
        guard kinds.contains(where: { $0 != .text }) else { return false }
        var t = false
        for (j, f) in r.enumerated() where j < kinds.count {
            let p = base + f.start, n = f.end - f.start
            if n == 0 || Tokens.marker(p, n) != nil { continue }
            switch kinds[j] {
            case .text: continue
            case .number: if parser.parse(p, n, usedThousands: &t) == nil { return false }
            case .grade: if Tokens.grade(p, n) == nil { return false }
            case .boolean: if Tokens.boolean(p, n) == nil { return false }
            case .date: if Dates.parse(p, n) == nil { return false }
            }
        }
        return true
    }

    /// True for a first row whose number columns hold rising years (`Skola;2019;2020;2021`)
    /// while the data below them are not all years (for one year: above decimals): a header
    /// of years, not a row of data.
    func looksLikeYears(_ r: [FieldRef], kinds: [ColumnKind], data: [[FieldRef]], parser: NumberParser) -> Bool {
        var t = false
        var years: [Double] = []
        var columns: [Int] = []
        for (j, f) in r.enumerated() where j < kinds.count && kinds[j] == .number {
            guard let v = parser.parse(base + f.start, f.end - f.start, usedThousands: &t),
                  v == v.rounded(), v >= 1900, v <= 2100 else { return false }
            years.append(v); columns.append(j)
        }
        guard !years.isEmpty, zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else { return false }
        // Two or more rising years above values that are not all years; one above decimals.
        for row in data.prefix(1000) {
            for j in columns where j < row.count {
                let f = row[j]
                guard let v = parser.parse(base + f.start, f.end - f.start, usedThousands: &t) else { continue }
                let decimals = (f.start..<f.end).contains { base[$0] == parser.decimal }
                if v != v.rounded() || decimals || (years.count >= 2 && (v < 1900 || v > 2100)) { return true }
            }
        }
        return false
    }
}
