import EvidenceData

/// Adding another evidence source to a dataset by key: every row of the left side is kept; the
/// right side's columns come along where the key matches, missing where it does not. The right
/// side must have each key once (one observation row per student), or the join would
/// silently copy rows; the left may repeat keys (long data: every row gets the same values).
public struct JoinResult: Sendable {
    public var table: Table
    public var leftRows: Int
    public var matchedLeft: Int
    public var rightRows: Int
    public var usedRight: Int
    /// A few right keys that matched nothing.
    public var unusedRightKeys: [String]
    /// Left rows whose key repeats (long data).
    public var repeatedLeft: Int
    public var renamed: [(from: String, to: String)]
    public var added: Int
}

public enum Join {
    /// Each row's key as text (numbers in their plain form, so 1001 matches "1001"), or -1 when
    /// missing, with the distinct keys. Text is looked at once per dictionary entry, numbers
    /// once per distinct value, never per row.
    /// The keys of a column of doubles, each distinct value made text by `text` once.
    private static func internDistinct(_ value: (Int) -> Double, _ c: Column, _ rows: Int, _ row: (Int) -> Int, _ index: inout [Int32],
                                       _ text: (Double) -> String) -> KeyIndex {
        var distinct = KeyIndex(capacity: 1024)
        var byValue: [Double: Int32] = [:]
        for i in 0..<rows {
            let r = row(i)
            guard c.validity[r] else { continue }
            let x = value(r)
            if let k = byValue[x] { index[i] = k; continue }
            let k = distinct.intern(text(x))
            byValue[x] = k
            index[i] = k
        }
        return distinct
    }

    package static func keys(_ c: Column, rows: Int, row: (Int) -> Int) -> (index: [Int32], keys: KeyIndex) {
        var index = [Int32](repeating: -1, count: rows)
        var distinct: KeyIndex
        switch c.data {
        case .text(let t):
            distinct = KeyIndex(capacity: t.dictionary.count)
            let byCode: [Int32] = t.dictionary.map { s in
                // Most keys have no surrounding blanks: skip the copy.
                distinct.intern(mayHaveBlanks(s) ? s.trimmed() : s)
            }
            for i in 0..<rows { let r = row(i); if c.validity[r] { index[i] = byCode[Int(t.codes[r])] } }
        // Numbers in their plain form, dates as ISO text (so a key matches the same value in a
        // text column): each distinct value is formatted once.
        case .number(let v): distinct = internDistinct({ v[$0] }, c, rows, row, &index, NumberFormat.plain)
        case .date(let v): distinct = internDistinct({ v[$0] }, c, rows, row, &index, Dates.text)
        case .grade, .boolean:
            // Few values: their text once each.
            distinct = KeyIndex(capacity: 8)
            var byText: [String: Int32] = [:]
            for i in 0..<rows {
                let r = row(i)
                guard c.validity[r] else { continue }
                let s = c.value(at: r).description
                if let k = byText[s] { index[i] = k } else { index[i] = distinct.intern(s); byText[s] = index[i] }
            }
        }
        return (index, distinct)
    }

    /// A cheap byte test: an ASCII letter or digit at both ends means nothing to trim.
    @inline(__always) package static func mayHaveBlanks(_ s: String) -> Bool {
        guard let f = s.utf8.first, let l = s.utf8.last else { return false }
        func plain(_ b: UInt8) -> Bool { b > 0x20 && b < 0x80 }
        return !(plain(f) && plain(l)) && ((s.first?.isWhitespace ?? false) || (s.last?.isWhitespace ?? false))
    }

    /// Keys that occur more than once, with their counts, in order of first appearance.
    public static func duplicates(_ c: Column, in d: ResolvedDataset) -> [(key: String, count: Int)] {
        duplicates(keys(c, rows: d.rowCount, row: d.baseRow))
    }

    package static func duplicates(_ k: (index: [Int32], keys: KeyIndex)) -> [(key: String, count: Int)] {
        var counts = [Int](repeating: 0, count: k.keys.count)
        for i in k.index where i >= 0 { counts[Int(i)] += 1 }
        return counts.indices.filter { counts[$0] > 1 }.map { (k.keys.keys[$0], counts[$0]) }
    }

    /// Join `right` onto `left` by `leftKey` = `rightKey` (check `duplicates` first: a repeated
    /// right key keeps its last row).
    public static func left(_ left: ResolvedDataset, leftKey: Column, _ right: ResolvedDataset, rightKey: Column,
                            rightName: String, cancellation: Cancellation? = nil) throws -> JoinResult {
        try self.left(left, leftKey: leftKey, right, rightKey: rightKey, rightKeys: keys(rightKey, rows: right.rowCount, row: right.baseRow),
                      rightName: rightName, cancellation: cancellation)
    }

    package static func left(_ left: ResolvedDataset, leftKey: Column, _ right: ResolvedDataset, rightKey: Column,
                     rightKeys rk: (index: [Int32], keys: KeyIndex), rightName: String,
                     cancellation: Cancellation? = nil) throws -> JoinResult {
        // Ctrl-C is looked at between the passes and before each column (each pass is linear).
        try cancellation?.check()
        let lk = keys(leftKey, rows: left.rowCount, row: left.baseRow)
        try cancellation?.check()
        // Right key → right base row; then one lookup per distinct left key.
        var rightRow = [Int32](repeating: -1, count: rk.keys.count)
        for i in 0..<right.rowCount where rk.index[i] >= 0 { rightRow[Int(rk.index[i])] = Int32(right.baseRow(i)) }
        let perKey: [Int32] = lk.keys.keys.map { k in rk.keys.find(k).map { rightRow[Int($0)] } ?? -1 }
        var gather = [Int32](repeating: 0, count: left.rowCount)
        var matched = Bitmap(count: left.rowCount, allSet: false)
        var used = [Bool](repeating: false, count: right.table.rowCount)
        var leftCounts = [Int](repeating: 0, count: lk.keys.count)
        for i in 0..<left.rowCount {
            let k = lk.index[i]
            guard k >= 0 else { continue }
            leftCounts[Int(k)] += 1
            let r = perKey[Int(k)]
            if r >= 0 { gather[i] = r; matched[i] = true; used[Int(r)] = true }
        }
        var table = left.materialized()
        var renamed: [(String, String)] = []
        var added = 0
        for col in right.table.columns where col.name != rightKey.name {
            try cancellation?.check()
            var c = right.table.rowCount > 0 ? col.gather(gather) : Column(name: col.name, data: .number(Numbers([Double](repeating: .nan, count: left.rowCount))),
                                                                           validity: Bitmap(count: left.rowCount, allSet: false))
            c.validity = c.validity & matched
            c.markers = c.markers.filter { matched[Int($0.key)] }
            c.isID = false
            if table.index(of: c.name) != nil {
                var name = "\(col.name)_\(rightName)", n = 2
                while table.index(of: name) != nil { name = "\(col.name)_\(rightName)_\(n)"; n += 1 }
                renamed.append((col.name, name))
                c.name = name
            }
            table.setColumn(c)
            added += 1
        }
        var unused: [String] = []
        var usedCount = 0
        for i in 0..<right.rowCount {
            let r = right.baseRow(i)
            if used[r] { usedCount += 1 } else if unused.count < 5, rk.index[i] >= 0 { unused.append(rk.keys.keys[Int(rk.index[i])]) }
        }
        return JoinResult(table: table, leftRows: left.rowCount, matchedLeft: matched.popcount, rightRows: right.rowCount,
                          usedRight: usedCount, unusedRightKeys: unused,
                          repeatedLeft: leftCounts.reduce(0) { $0 + ($1 > 1 ? $1 : 0) }, renamed: renamed, added: added)
    }
}
