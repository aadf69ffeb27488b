/// A result's tables as tidy data for CSV, JSON and workbooks (docs/evidence.md, "Tidy
/// exports"): machine names (each column's `machineKey`), unique; an interval as numeric
/// `KEY_lo`, `KEY_hi` columns; and the tables of one result joined into one table, one row per
/// group, when their rows are the same groups. Otherwise each table stays its own, named.
package enum TidyResult {
    /// Where one exported column's values come from.
    struct Source {
        enum Part { case whole, estimate, lower, upper }
        var table: Int
        var column: Int
        var part: Part
    }

    package enum Shape {
        /// One table: the only one, or the tables joined on their group column.
        case one(ExportRows, tables: [String])
        /// Tables whose rows differ, each with its machine name.
        case several([(name: String, rows: ExportRows)])
    }

    /// The tables of a result, joined when they describe the same groups.
    package static func shape(_ tables: [ResultTable]) -> Shape {
        let names = tableNames(tables)
        if tables.count == 1 { return .one(rows(tables, rowMaps: [Array(tables[0].rows.indices)], joined: false), tables: names) }
        if let maps = joinMaps(tables) { return .one(rows(tables, rowMaps: maps, joined: true), tables: names) }
        return .several(tables.indices.map { i in (names[i], rows([tables[i]], rowMaps: [Array(tables[i].rows.indices)], joined: false)) })
    }

    /// One table, tidy.
    package static func rows(_ t: ResultTable) -> ExportRows {
        rows([t], rowMaps: [Array(t.rows.indices)], joined: false)
    }

    /// Each table's machine name (`key`, else from its title), unique.
    package static func tableNames(_ tables: [ResultTable]) -> [String] {
        MachineName.unique(tables.enumerated().map { i, t in t.key ?? t.title.map(MachineName.of) ?? "table_\(i + 1)" })
    }

    /// For each table, the row of it that each row of the first table joins (nil: none), when
    /// every table's first column has the same name and its groups are unique and among the
    /// first table's.
    static func joinMaps(_ tables: [ResultTable]) -> [[Int?]]? {
        guard let first = tables.first, let key = first.columns.first?.machineKey else { return nil }
        func labels(_ t: ResultTable) -> [String]? {
            let l = t.rows.map { $0.first?.display ?? "" }
            return Set(l).count == l.count ? l : nil
        }
        guard let base = labels(first) else { return nil }
        let place = Dictionary(uniqueKeysWithValues: base.enumerated().map { ($1, $0) })
        var maps: [[Int?]] = []
        for t in tables {
            guard t.columns.first?.machineKey == key, let l = labels(t), l.allSatisfy({ place[$0] != nil }) else { return nil }
            var map = [Int?](repeating: nil, count: base.count)
            for (r, label) in l.enumerated() { if let p = place[label] { map[p] = r } }
            maps.append(map)
        }
        return maps
    }

    static func rows(_ tables: [ResultTable], rowMaps: [[Int?]], joined: Bool) -> ExportRows {
        var sources: [Source] = []
        var names: [String] = []
        var right: [Bool] = []
        let tableNames = tableNames(tables)
        let count = rowMaps.first?.count ?? 0
        func field(_ s: Source, _ r: Int) -> ExportField {
            guard let row = rowMaps[s.table][r] else { return .missing }
            let cells = tables[s.table].rows[row]
            return value(s.column < cells.count ? cells[s.column] : .missing(.empty), s.part)
        }
        for (ti, t) in tables.enumerated() {
            for (c, spec) in t.columns.enumerated() {
                if joined, ti > 0, c == 0 { continue }
                for (part, suffix) in parts(t, column: c) {
                    let s = Source(table: ti, column: c, part: part)
                    var name = spec.machineKey + suffix
                    if let same = names.firstIndex(of: name), sources[same].table != ti {
                        // The same figure again in a later table (`n`, `gain`) is written once;
                        // a different one under the same name is named after its table. (Within
                        // one table a repeated name is numbered: `unique`.)
                        if (0..<count).allSatisfy({ field(sources[same], $0) == field(s, $0) }) { continue }
                        name = tableNames[ti] + "_" + name
                    }
                    sources.append(s)
                    names.append(name)
                    right.append(spec.alignment == .right || part != .whole)
                }
            }
        }
        names = MachineName.unique(names)
        let all = sources
        return ExportRows(
            title: joined ? nil : tables.first?.title, header: names, rightAligned: right, count: count,
            field: { r, c in c < all.count ? field(all[c], r) : .missing },
            display: { r, c in c < all.count ? (field(all[c], r).machineText ?? "") : "" },
            footer: tables.flatMap(\.footer))
    }

    /// The exported columns of one result column: an interval gives its bounds (and its
    /// estimate, when it has one).
    static func parts(_ t: ResultTable, column c: Int) -> [(Source.Part, String)] {
        var interval = t.columns[c].interval != nil, estimate = t.columns[c].interval == .withEstimate
        for row in t.rows where c < row.count {
            if case .interval(let i) = row[c] {
                interval = true
                if i.estimate != nil { estimate = true }
            }
        }
        guard interval else { return [(.whole, "")] }
        return (estimate ? [(.estimate, "")] : []) + [(.lower, "_lo"), (.upper, "_hi")]
    }

    static func value(_ cell: Cell, _ part: Source.Part) -> ExportField {
        switch cell {
        case .text(let s): return part == .whole ? .text(s) : .missing
        case .integer(let i): return part == .whole ? .integer(i) : .missing
        case .number(let d, _): return part == .whole && d.isFinite ? .number(d) : .missing
        case .missing: return .missing
        case .suppressed(let k): return .suppressed(k)
        case .interval(let i):
            let d: Double? = switch part {
            case .whole, .estimate: i.estimate
            case .lower: i.lower
            case .upper: i.upper
            }
            return d.map { $0.isFinite ? .number($0) : .missing } ?? .missing
        }
    }
}
