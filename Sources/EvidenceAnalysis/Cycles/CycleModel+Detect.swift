import EvidenceData

extension CycleModel {
    package static let cycleColumnNames: Set<String> = ["cycle", "cykel", "period", "term", "termin", "wave", "occasion",
                                               "tillfälle", "tillfalle", "time", "omgång", "round", "cycle_id"]
    package static let measureColumnNames: Set<String> = ["measure", "variable", "test", "prov", "subject", "ämne", "mått", "assessment"]
    package static let valueColumnNames: Set<String> = ["value", "score", "värde", "resultat", "result", "poäng", "points"]
    package static let termWords: Set<String> = ["pre", "post", "before", "after", "start", "end", "mid", "baseline", "ht", "vt",
                                        "autumn", "spring", "fall", "summer", "winter", "höst", "vår", "före", "efter"]
    /// Columns that are not measures even when numeric (long data with measure columns).
    package static let notMeasures: Set<String> = ["year", "year_level", "årskurs", "ak", "åk", "age", "ålder", "grade_level"]

    /// Detect the model of a table (columns only; counts come from `counts(in:)`).
    public static func detect(_ table: Table) -> CycleModel {
        if let long = detectLong(table) { return long }
        return detectWide(table)
    }

    /// `Year Level`, `year-level` and `year_level` alike (e-asTTle writes the first).
    package static func isNotMeasure(_ name: String) -> Bool {
        notMeasures.contains(String(name.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 }))
    }

    package static func isMeasureType(_ t: ValueType) -> Bool { t == .number || t == .grade }

    /// A measure column's stem and cycle: a term token anywhere in the name (`Lärarobservation
    /// HT24` → Lärarobservation × ht24, normalised), else a cycle-like suffix after the last
    /// `_`, `-` or `.` (`reading_c1`).
    package static func split(_ name: String) -> (stem: String, suffix: String)? {
        if let t = TermToken.find(in: name), !t.stem.isEmpty { return (t.stem, t.label) }
        guard let i = name.lastIndex(where: { $0 == "_" || $0 == "-" || $0 == "." }), i != name.startIndex else { return nil }
        let stem = String(name[..<i]), suffix = String(name[name.index(after: i)...])
        guard !suffix.isEmpty, isCycleLike(suffix) else { return nil }
        return (stem, suffix)
    }

    package static func isCycleLike(_ s: String) -> Bool {
        s.contains(where: \.isNumber) || termWords.contains(s.lowercased())
    }

    package static func detectWide(_ table: Table) -> CycleModel {
        var families: [String: [(String, String, ValueType)]] = [:]
        var stems: [String] = []
        for c in table.columns where isMeasureType(c.type) && !c.isID {
            guard let (stem, suffix) = split(c.name) else { continue }
            if families[stem] == nil { stems.append(stem) }
            families[stem, default: []].append((suffix, c.name, c.type))
        }
        var measures: [Measure] = []
        var labels: [String] = []
        for stem in stems {
            guard let fam = families[stem], Set(fam.map(\.0)).count >= 2 else { continue }
            var cols: [String: String] = [:]
            for (suffix, col, _) in fam where cols[suffix] == nil { cols[suffix] = col; if !labels.contains(suffix) { labels.append(suffix) } }
            // A family mixing numbers and grades compares on points: call it a grade measure only if all are grades.
            let type: ValueType = fam.allSatisfy { $0.2 == .grade } ? .grade : .number
            measures.append(Measure(name: stem, type: type, columns: cols))
        }
        return CycleModel(shape: .wide, cycles: CycleOrder.natural(labels), measures: measures)
    }

    package static func detectLong(_ table: Table) -> CycleModel? {
        guard let cycleCol = table.columns.first(where: { cycleColumnNames.contains($0.name.lowercased()) && !$0.isID }) else { return nil }
        let labels = CycleOrder.natural(distinctLabels(cycleCol))
        guard labels.count >= 2, labels.count <= 40 else { return nil }
        if let mcol = table.columns.first(where: { measureColumnNames.contains($0.name.lowercased()) && $0.type == .text }),
           let vcol = table.columns.first(where: { valueColumnNames.contains($0.name.lowercased()) && isMeasureType($0.type) }) {
            let names = distinctLabels(mcol).sorted { SortKey.less($0, $1) }
            let ms = names.map { Measure(name: $0, type: vcol.type, columns: [:]) }
            return CycleModel(shape: .longMeasureValue(cycle: cycleCol.name, measure: mcol.name, value: vcol.name),
                              cycles: labels, measures: ms)
        }
        let ms = table.columns.filter {
            isMeasureType($0.type) && !$0.isID && $0.name != cycleCol.name && !isNotMeasure($0.name)
        }.map { Measure(name: $0.name, type: $0.type, columns: [:]) }
        guard !ms.isEmpty else { return nil }
        return CycleModel(shape: .longColumns(cycle: cycleCol.name), cycles: labels, measures: ms)
    }

    /// The distinct present values of a column as labels (numbers in their plain form).
    package static func distinctLabels(_ c: Column) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        switch c.data {
        case .text(let t):
            var used = [Bool](repeating: false, count: t.dictionary.count)
            for i in 0..<c.count where c.validity[i] { used[Int(t.codes[i])] = true }
            for (k, u) in used.enumerated() where u { out.append(t.dictionary[k]) }
        case .number(let v):
            for i in 0..<c.count where c.validity[i] {
                let s = NumberFormat.plain(v[i])
                if seen.insert(s).inserted { out.append(s) }
                if out.count > 40 { break }
            }
        default: break
        }
        return out
    }
}

extension CycleModel {
    /// Two columns compared as one measure (``compare `A col` -> `B col` ``) when the detected
    /// model does not hold them as one measure's cycles. The measure is the stem both names share
    /// around a term token (`Läsning HT24`, `Läsning VT25` → Läsning), else `A → B`; the cycles
    /// are their term tokens, else the column names themselves.
    public static func pair(_ a: Column, _ b: Column) -> CycleModel {
        let ta = TermToken.find(in: a.name), tb = TermToken.find(in: b.name)
        var measure = "\(a.name) → \(b.name)", cycles = [a.name, b.name]
        if let x = ta, let y = tb, x.label != y.label {
            cycles = [x.label, y.label]
            if x.stem == y.stem, !x.stem.isEmpty { measure = x.stem }
        }
        if cycles[0] == cycles[1] { cycles = [a.name, b.name] }
        let type: ValueType = a.type == .grade && b.type == .grade ? .grade : .number
        return CycleModel(shape: .wide, cycles: cycles, measures: [Measure(name: measure, type: type, columns: [cycles[0]: a.name, cycles[1]: b.name])])
    }
}
