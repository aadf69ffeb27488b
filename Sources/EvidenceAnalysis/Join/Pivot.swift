import EvidenceData

/// Reshaping between wide evidence (one row per student, `reading_c1 … reading_c3`) and long
/// evidence (one row per student and cycle, a `cycle` column beside `reading`, `maths`, …).
public enum Pivot {
    /// Messages one after the other, separated by ", ", each in the reader's language.
    static func listed(_ parts: [Message]) -> MessageArgument {
        guard let first = parts.first else { return .text("") }
        return parts.dropFirst().reduce(.message(first)) { .message(ReshapeMessage.listed($0, .message($1))) }
    }

    /// Wide → long. Columns outside the measure families are repeated on each of a student's rows.
    package static func longer(_ d: ResolvedDataset, families f: MeasureFamilies, cycleColumn: String,
                               cancellation: Cancellation? = nil) throws -> Table {
        let t = d.materialized()
        let n = t.rowCount, cycles = f.cycles.count
        var repeatRows = [Int32](repeating: 0, count: n * cycles)
        for i in 0..<n { for j in 0..<cycles { repeatRows[i * cycles + j] = Int32(i) } }
        let members = f.memberColumns
        var out: [Column] = []
        for c in t.columns where !members.contains(c.name) { out.append(c.gather(repeatRows)) }
        let codes = (0..<(n * cycles)).map { UInt32($0 % cycles) }
        out.append(Column(name: cycleColumn, data: .text(TextData(codes: codes, dictionary: f.cycles))))
        for fam in f.families {
            try cancellation?.check()
            let cols = fam.columns.map { $0.flatMap { t.column(named: $0) } }
            let types = Set(cols.compactMap { $0?.type })
            guard types.count == 1, let type = types.first else {
                let words = types.sorted { $0.rawValue < $1.rawValue }.map { LoadMessage.type($0)() }
                throw Diagnostic(.error, category: .data, kind: ReshapeMessage.kind(),
                                 message: ReshapeMessage.mixedTypes(.text(fam.measure), Self.listed(words)), hint: ReshapeMessage.oneTypeFirst())
            }
            var name = fam.measure
            while out.contains(where: { $0.name == name }) { name += "_value" }
            out.append(interleave(cols, type: type, rows: n, name: name))
        }
        return Table(rowCount: n * cycles, columns: out)
    }

    /// Per-cycle columns (nil = all missing) woven into one: output row i*C + j is row i of cycle j.
    package static func interleave(_ cols: [Column?], type: ValueType, rows n: Int, name: String) -> Column {
        let k = cols.count
        var valid = Bitmap(count: n * k, allSet: false)
        var markers: [Int32: MissingKind] = [:]
        for (j, c) in cols.enumerated() {
            guard let c else { continue }
            for i in 0..<n where c.validity[i] { valid[i * k + j] = true }
            for (r, m) in c.markers { markers[Int32(Int(r) * k + j)] = m }
        }
        let data: ColumnData
        switch type {
        case .number:
            var v = [Double](repeating: .nan, count: n * k)
            for (j, c) in cols.enumerated() { if case .number(let x)? = c?.data { for i in 0..<n { v[i * k + j] = x[i] } } }
            data = .number(Numbers(v))
        case .date:
            var v = [Double](repeating: .nan, count: n * k)
            for (j, c) in cols.enumerated() { if case .date(let x)? = c?.data { for i in 0..<n { v[i * k + j] = x[i] } } }
            data = .date(v)
        case .grade:
            var v = [UInt8](repeating: 0, count: n * k)
            for (j, c) in cols.enumerated() { if case .grade(let x)? = c?.data { for i in 0..<n { v[i * k + j] = x[i] } } }
            data = .grade(v)
        case .boolean:
            var v = Bitmap(count: n * k, allSet: false)
            for (j, c) in cols.enumerated() { if case .boolean(let x)? = c?.data { for i in 0..<n where x[i] { v[i * k + j] = true } } }
            data = .boolean(v)
        case .text:
            // One dictionary for all cycles; each cycle's codes translated once per entry.
            var dict: [String: UInt32] = [:]
            var words: [String] = []
            var v = [UInt32](repeating: 0, count: n * k)
            for (j, c) in cols.enumerated() {
                guard case .text(let x)? = c?.data else { continue }
                let map: [UInt32] = x.dictionary.map { w in
                    if let code = dict[w] { return code }
                    let code = UInt32(words.count)
                    dict[w] = code
                    words.append(w)
                    return code
                }
                for i in 0..<n where !x.dictionary.isEmpty { v[i * k + j] = map[Int(x.codes[i])] }
            }
            data = .text(TextData(codes: v, dictionary: words))
        }
        return Column(name: name, data: data, validity: valid, markers: markers)
    }

    /// Long → wide: one row per id (in order of first appearance); columns that never vary
    /// within an id are kept once, the others spread to `column_cycle`.
    package static func wider(_ d: ResolvedDataset, id: Column, cycle: Column,
                              cancellation: Cancellation? = nil) throws -> (table: Table, spread: [String], cycles: [String]) {
        let n = d.rowCount
        try cancellation?.check()
        let ids = Join.keys(id, rows: n, row: d.baseRow)
        try cancellation?.check()
        let cyc = Join.keys(cycle, rows: n, row: d.baseRow)
        if let bad = (0..<n).first(where: { ids.index[$0] < 0 || cyc.index[$0] < 0 }) {
            let which = ids.index[bad] < 0 ? id.name : cycle.name
            throw Diagnostic(.error, category: .data, kind: ReshapeMessage.kind(), message: ReshapeMessage.noKey(.quantity(bad + 1), .text(which)),
                             hint: ReshapeMessage.filterOut(.text(which)))
        }
        // Output row per id, in order of first appearance.
        var outRow = [Int32](repeating: -1, count: ids.keys.count)
        var firstRow: [Int32] = []
        for i in 0..<n where outRow[Int(ids.index[i])] < 0 {
            outRow[Int(ids.index[i])] = Int32(firstRow.count)
            firstRow.append(Int32(d.baseRow(i)))
        }
        let people = firstRow.count, k = cyc.keys.count
        var cell = [Int32](repeating: -1, count: people * k)
        var dups: [Message] = []
        for i in 0..<n {
            let slot = Int(outRow[Int(ids.index[i])]) * k + Int(cyc.index[i])
            if cell[slot] >= 0 {
                if dups.count < 5 { dups.append(ReshapeMessage.duplicateAt(.text(ids.keys.keys[Int(ids.index[i])]), .text(cyc.keys.keys[Int(cyc.index[i])]))) }
                continue
            }
            cell[slot] = Int32(d.baseRow(i))
        }
        if !dups.isEmpty {
            throw Diagnostic(.error, category: .data, kind: ReshapeMessage.duplicateKind(), message: ReshapeMessage.duplicates(Self.listed(dups)),
                             hint: ReshapeMessage.oneRowPer(.text(cycle.name)))
        }
        // The spread columns in the cycles' natural order (ht24 before vt25), as `cycles` lists them.
        let labels = cyc.keys.keys
        let position = Dictionary(labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let order = CycleOrder.natural(labels).compactMap { position[$0] }
        var out: [Column] = [id.gather(firstRow)]
        var spread: [Column] = []
        var spreadNames: [String] = []
        for c in d.table.columns where c.name != id.name && c.name != cycle.name {
            if constantWithinID(c, d: d, ids: ids.index, firstRow: firstRow, outRow: outRow) {
                out.append(c.gather(firstRow))
                continue
            }
            spreadNames.append(c.name)
            for j in order {
                var present = Bitmap(count: people, allSet: false)
                var rows = [Int32](repeating: firstRow.first ?? 0, count: people)
                for p in 0..<people where cell[p * k + j] >= 0 { rows[p] = cell[p * k + j]; present[p] = true }
                var g = c.gather(rows)
                g.validity = g.validity & present
                g.markers = g.markers.filter { present[Int($0.key)] }
                g.isID = false
                g.name = "\(c.name)_\(cyc.keys.keys[j])"
                spread.append(g)
            }
        }
        return (Table(rowCount: people, columns: out + spread), spreadNames, order.map { labels[$0] })
    }

    /// True when every row of an id has the same value (or the same missingness) as its first row.
    package static func constantWithinID(_ c: Column, d: ResolvedDataset, ids: [Int32], firstRow: [Int32], outRow: [Int32]) -> Bool {
        for i in 0..<d.rowCount {
            let r = d.baseRow(i), f = Int(firstRow[Int(outRow[Int(ids[i])])])
            if r == f { continue }
            if c.validity[r] != c.validity[f] { return false }
            guard c.validity[r] else { continue }
            switch c.data {
            case .number(let v): if v[r] != v[f] { return false }
            case .text(let t): if t.codes[r] != t.codes[f] { return false }
            case .grade(let g): if g[r] != g[f] { return false }
            case .boolean(let b): if b[r] != b[f] { return false }
            case .date(let v): if v[r] != v[f] { return false }
            }
        }
        return true
    }
}
