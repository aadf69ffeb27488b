/// Tables stacked one under the other, aligned by column name: the one way several files
/// (`load A B`, a folder, a glob) and several datasets (`append`) become one long table
/// (docs/loading.md, "Several files at once").
///
/// - The columns are the first part's, then those later parts add, in the order they appear.
///   A column a part lacks is missing (empty) for its rows.
/// - A column whose kind differs between parts becomes text (numbers written plainly, grades as
///   letters), and the stack says so: nothing is read as a number that was text somewhere. A
///   part where the column has no value does not count (its rows are missing there).
/// - Skolverket's markers keep their rows; a column that is the id anywhere is the id.
/// - With `sourceColumn`, a text column holds each row's part name; with `cycleColumn`, one holds
///   the part's cycle label (each part's `cycle`).
package enum TableStack {
    package struct Part: Sendable {
        package var name: String
        package var table: Table
        package var cycle: String?

        package init(name: String, table: Table, cycle: String? = nil) {
            self.name = name
            self.table = table
            self.cycle = cycle
        }
    }

    /// A column whose kinds disagreed: the kind in each part that has it.
    package struct Reconciled: Sendable, Equatable {
        package var column: String
        package var kinds: [(part: String, type: ValueType)]

        package static func == (a: Reconciled, b: Reconciled) -> Bool {
            a.column == b.column && a.kinds.map(\.part) == b.kinds.map(\.part) && a.kinds.map(\.type) == b.kinds.map(\.type)
        }
    }

    package struct Result: Sendable {
        package var table: Table
        /// Per part: the stack's columns it has not (missing for its rows).
        package var lacks: [[String]]
        /// Per part: the columns it has that the first part has not (empty for the first).
        package var adds: [[String]]
        /// Columns that became text because their kinds differed.
        package var reconciled: [Reconciled]
        /// The names the source and cycle columns got (nil when not added).
        package var sourceColumn: String?
        package var cycleColumn: String?
    }

    package static func stack(_ parts: [Part], sourceColumn: String? = "source", cycleColumn: String? = nil) -> Result {
        var names: [String] = []
        var seen = Set<String>()
        for p in parts { for c in p.table.columns where seen.insert(c.name).inserted { names.append(c.name) } }
        let first = Set(parts.first?.table.columnNames ?? [])
        let lacks = parts.map { p in names.filter { p.table.index(of: $0) == nil } }
        let adds = parts.enumerated().map { i, p in i == 0 ? [] : p.table.columnNames.filter { !first.contains($0) } }
        let total = parts.reduce(0) { $0 + $1.table.rowCount }

        var columns: [Column] = []
        var reconciled: [Reconciled] = []
        for name in names {
            let pieces = parts.map { $0.table.column(named: name) }
            // A column with no value in a part (all empty or markers) says nothing about its
            // kind: an empty Närvaro in one term does not make the other term's numbers text.
            let kinds = zip(parts, pieces).compactMap { p, c in c.flatMap { $0.validity.popcount > 0 ? (p.name, $0.type) : nil } }
            let types = Set(kinds.map(\.1))
            var col: Column
            if types.count <= 1, let t = types.first ?? pieces.compactMap({ $0?.type }).first {
                col = concatenate(name, pieces, counts: parts.map(\.table.rowCount), type: t)
            } else {
                reconciled.append(Reconciled(column: name, kinds: kinds))
                col = concatenate(name, pieces.map { $0.map(asText) }, counts: parts.map(\.table.rowCount), type: .text)
            }
            col.isID = pieces.contains { $0?.isID == true }
            if col.isID, col.type != .text { col = Column.texts(name, (0..<col.count).map { col.isPresent($0) ? col.value(at: $0).description : nil }, isID: true) }
            columns.append(col)
        }
        var front: [Column] = []
        var taken = Set(names)
        func free(_ base: String) -> String {
            var n = base, k = 2
            while taken.contains(n) { n = "\(base)_\(k)"; k += 1 }
            taken.insert(n)
            return n
        }
        var sourceName: String?, cycleName: String?
        if let s = sourceColumn {
            let n = free(s)
            sourceName = n
            front.append(labels(n, parts.map { $0.name }, counts: parts.map(\.table.rowCount)))
        }
        if let c = cycleColumn {
            let n = free(c)
            cycleName = n
            front.append(labels(n, parts.map { $0.cycle }, counts: parts.map(\.table.rowCount)))
        }
        let table = Table(rowCount: total, columns: front + columns)
        return Result(table: table, lacks: lacks, adds: adds, reconciled: reconciled, sourceColumn: sourceName, cycleColumn: cycleName)
    }

    /// A text column holding `labels[k]` on every row of part k.
    static func labels(_ name: String, _ labels: [String?], counts: [Int]) -> Column {
        var dict: [String] = [], index: [String: UInt32] = [:]
        var codes: [UInt32] = [], valid: [Bool] = []
        codes.reserveCapacity(counts.reduce(0, +))
        for (l, n) in zip(labels, counts) {
            var code: UInt32 = 0
            if let l {
                if let c = index[l] { code = c } else { code = UInt32(dict.count); index[l] = code; dict.append(l) }
            }
            codes.append(contentsOf: repeatElement(code, count: n))
            valid.append(contentsOf: repeatElement(l != nil, count: n))
        }
        return Column(name: name, data: .text(TextData(codes: codes, dictionary: dict)), validity: Bitmap(valid))
    }

    /// A column as text: numbers in their plain form, grades as letters, booleans as true/false.
    static func asText(_ c: Column) -> Column {
        if case .text = c.data { return c }
        var t = Column.texts(c.name, (0..<c.count).map { c.isPresent($0) ? c.value(at: $0).description : nil }, isID: c.isID)
        t.markers = c.markers
        return t
    }

    /// The pieces one under the other (a nil piece: that many missing rows), all of `type`.
    static func concatenate(_ name: String, _ pieces: [Column?], counts: [Int], type: ValueType) -> Column {
        let total = counts.reduce(0, +)
        var valid: [Bool] = []
        valid.reserveCapacity(total)
        var markers: [Int32: MissingKind] = [:]
        var offset = 0
        for (p, n) in zip(pieces, counts) {
            if let p {
                for i in 0..<n { valid.append(p.validity[i]) }
                for (r, k) in p.markers { markers[Int32(offset) + r] = k }
            } else {
                valid.append(contentsOf: repeatElement(false, count: n))
            }
            offset += n
        }
        let data: ColumnData
        switch type {
        case .number:
            var v: [Double] = []
            v.reserveCapacity(total)
            for (p, n) in zip(pieces, counts) {
                if let p, case .number(let x) = p.data { v.append(contentsOf: x.doubles) } else { v.append(contentsOf: repeatElement(.nan, count: n)) }
            }
            data = .number(Numbers(v))
        case .text:
            var dict: [String] = [], index: [String: UInt32] = [:]
            var codes: [UInt32] = []
            codes.reserveCapacity(total)
            for (p, n) in zip(pieces, counts) {
                guard let p, case .text(let t) = p.data else { codes.append(contentsOf: repeatElement(0, count: n)); continue }
                // Each piece's dictionary mapped once into the stack's.
                let map = t.dictionary.map { w -> UInt32 in
                    if let c = index[w] { return c }
                    let c = UInt32(dict.count)
                    index[w] = c
                    dict.append(w)
                    return c
                }
                for i in 0..<n { codes.append(p.validity[i] && Int(t.codes[i]) < map.count ? map[Int(t.codes[i])] : 0) }
            }
            data = .text(TextData(codes: codes, dictionary: dict))
        case .grade:
            var g: [UInt8] = []
            g.reserveCapacity(total)
            for (p, n) in zip(pieces, counts) {
                if let p, case .grade(let x) = p.data { g.append(contentsOf: x) } else { g.append(contentsOf: repeatElement(0, count: n)) }
            }
            data = .grade(g)
        case .boolean:
            var b: [Bool] = []
            b.reserveCapacity(total)
            for (p, n) in zip(pieces, counts) {
                if let p, case .boolean(let x) = p.data { for i in 0..<n { b.append(x[i]) } } else { b.append(contentsOf: repeatElement(false, count: n)) }
            }
            data = .boolean(Bitmap(b))
        case .date:
            var v: [Double] = []
            v.reserveCapacity(total)
            for (p, n) in zip(pieces, counts) {
                if let p, case .date(let x) = p.data { v.append(contentsOf: x) } else { v.append(contentsOf: repeatElement(.nan, count: n)) }
            }
            data = .date(v)
        }
        return Column(name: name, data: data, validity: Bitmap(valid), markers: markers)
    }
}
