import Dispatch
import EvidenceData

/// One measure's values at several cycles for the same students, ready for the hot loops:
/// `values[k][i]` is student i at the k-th requested cycle, NaN when missing. Grades are
/// converted to points (Skolverket's scale), so grade measures compare on points.
/// Wide data reads the columns in place (no copy for a whole table of numbers); long data
/// gathers each student's rows by id.
public struct CycleSeries: Sendable {
    public var measure: String
    public var cycles: [String]
    /// The column each cycle came from (wide) or "measure @ cycle" (long), for messages.
    public var sources: [String]
    /// Compact columns stay compact: a whole loaded column is used in place.
    public var values: [Numbers]
    /// Per student, a dataset position to read grouping columns from; nil = student i is row i.
    public var positions: [Int32]?
    public var isGrade: Bool

    public var count: Int { values.first?.count ?? 0 }
}

extension CycleModel {
    /// Values of `measure` at `cycles` over the rows of `d`.
    /// With `allowMissingCycles`, a wide measure never observed at a cycle gives all-NaN there.
    public func series(_ measure: String, cycles wanted: [String], in d: ResolvedDataset,
                       allowMissingCycles: Bool = false) throws -> CycleSeries {
        guard let m = self.measure(named: measure) else {
            throw Diagnostic.usage(CyclesMessage.noMeasureNamed(.text(measure)),
                                   hint: Suggestions.suggestion(measure, in: measures.map(\.name)) ?? CycleSeriesMessage.seeCycles())
        }
        switch shape {
        case .wide:
            var cols: [Column?] = [], sources: [String] = []
            for c in wanted {
                if allowMissingCycles, m.columns[c] == nil { cols.append(nil); sources.append(""); continue }
                guard let name = m.columns[c], let col = d.table.column(named: name) else {
                    throw Diagnostic.usage(CycleSeriesMessage.noValueAtCycle(.text(m.name), .text(c)),
                                           hint: CyclesMessage.itsCycles(.text(cycles(of: m.name).joined(separator: " "))))
                }
                cols.append(col)
                sources.append(name)
            }
            // Gathered for a view, widened only where they are not numbers; on both cores.
            var vals = [Numbers](repeating: [], count: cols.count)
            let selection = d.selection, rows = d.rowCount, columns = cols
            vals.withUnsafeMutableBufferPointer { out in
                nonisolated(unsafe) let out = out
                let work: @Sendable (Int) -> Void = { k in
                    out[k] = columns[k].map { CycleSeries.values($0, selection: selection) } ?? Numbers([Double](repeating: .nan, count: rows))
                }
                if rows >= Kernels.parallelRows { DispatchQueue.concurrentPerform(iterations: columns.count, execute: work) } else { (0..<columns.count).forEach(work) }
            }
            return CycleSeries(measure: m.name, cycles: wanted, sources: sources, values: vals, positions: nil, isGrade: m.type == .grade)
        case .longMeasureValue(let cycleName, let measureName, let valueName):
            guard let mc = d.table.column(named: measureName), case .text(let mt) = mc.data,
                  let vc = d.table.column(named: valueName) else { throw Diagnostic.usage(CycleSeriesMessage.lostColumns()) }
            let wantedCode = mt.dictionary.firstIndex(of: m.name).map(UInt32.init)
            return try gatherLong(d, cycleColumn: cycleName, measure: m.name, cycles: wanted, value: vc, isGrade: vc.type == .grade) { r in
                mc.validity[r] && wantedCode != nil && mt.codes[r] == wantedCode
            }
        case .longColumns(let cycleName):
            guard let vc = d.table.column(named: m.name) else { throw Diagnostic.usage(CycleSeriesMessage.noColumn(.text(m.name))) }
            return try gatherLong(d, cycleColumn: cycleName, measure: m.name, cycles: wanted, value: vc, isGrade: vc.type == .grade) { _ in true }
        }
    }

    package func gatherLong(_ d: ResolvedDataset, cycleColumn: String, measure: String, cycles wanted: [String], value vc: Column,
                    isGrade: Bool, keep: (Int) -> Bool) throws -> CycleSeries {
        guard let idc = d.table.idColumn ?? d.table.columns.first(where: { ["student_id", "id", "elev_id", "elevid"].contains($0.name.lowercased()) }) else {
            throw Diagnostic(.error, category: .data, message: CycleSeriesMessage.needsId(), hint: CycleSeriesMessage.nameId())
        }
        guard let cc = d.table.column(named: cycleColumn) else { throw Diagnostic.usage(CycleSeriesMessage.noColumn(.text(cycleColumn))) }
        let values = CycleSeries.numbers(vc, selection: nil)
        // Per-row small integer keys, no boxed values: the cycle as an index into `wanted`
        // (−1 = not wanted) and the student as a dense key (text code, or a number's index).
        let cycleIndex = Dictionary(wanted.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let cycleOf = CycleSeries.keys(cc) { label in cycleIndex[label] ?? -1 }
        let idKey = CycleSeries.keys(idc, nil as ((String) -> Int)?)
        var studentOf = [Int32](repeating: -1, count: idKey.distinct)
        var positions: [Int32] = []
        var out = [[Double]](repeating: [], count: wanted.count)
        for i in 0..<d.rowCount {
            let r = d.baseRow(i)
            guard idc.validity[r], cc.validity[r], keep(r) else { continue }
            let k = cycleOf.keys[r]
            guard k >= 0 else { continue }
            let id = Int(idKey.keys[r])
            var s = Int(studentOf[id])
            if s < 0 {
                s = positions.count
                studentOf[id] = Int32(s)
                positions.append(Int32(i))
                for j in out.indices { out[j].append(.nan) }
            }
            if vc.validity[r] { out[Int(k)][s] = values[r] }
        }
        return CycleSeries(measure: measure, cycles: wanted, sources: wanted.map { "\(measure) @ \($0)" },
                           values: out.map(Numbers.init), positions: positions, isGrade: isGrade)
    }
}

extension CycleSeries {
    /// A small integer per row for a text or number column: for text the dictionary code, for
    /// numbers the index of the distinct value. With `map`, each distinct label is mapped once
    /// (e.g. a cycle label to its place in the wanted cycles, -1 when not wanted).
    package static func keys(_ c: Column, _ map: ((String) -> Int)?) -> (keys: [Int32], distinct: Int) {
        switch c.data {
        case .text(let t):
            guard let map else { return (t.codes.map { Int32(truncatingIfNeeded: $0) }, max(1, t.dictionary.count)) }
            let m = t.dictionary.map { Int32(map($0)) }
            return (t.codes.map { m[Int($0)] }, max(1, t.dictionary.count))
        case .number(let v):
            var index: [Double: Int32] = [:]
            var labels: [String] = []
            var keys = [Int32](repeating: 0, count: v.count)
            for i in 0..<v.count where c.validity[i] {
                if let k = index[v[i]] { keys[i] = k; continue }
                let k = Int32(labels.count)
                index[v[i]] = k
                labels.append(NumberFormat.plain(v[i]))
                keys[i] = k
            }
            guard let map else { return (keys, max(1, labels.count)) }
            let m = labels.map { Int32(map($0)) }
            return (keys.indices.map { c.validity[$0] ? m[Int(keys[$0])] : -1 }, max(1, labels.count))
        default:
            // Grades and booleans as ids or cycles (rare): by their displayed value.
            var index: [String: Int32] = [:]
            var keys = [Int32](repeating: -1, count: c.count)
            for i in 0..<c.count where c.validity[i] {
                let label = c.value(at: i).description
                let k = index[label] ?? Int32(index.count)
                index[label] = k
                keys[i] = map.map { Int32($0(label)) } ?? k
            }
            return (keys, max(1, index.count))
        }
    }

    /// True when the missing slots hold the filler (`isFiller(row)`), as Column's contract
    /// says. Only the first 256 missing rows are looked at: a loader that broke the contract
    /// would fill every missing slot the same way (0, say), and visiting all of them costs a
    /// cache miss each.
    package static func missingAreFillers(_ c: Column, _ isFiller: (Int) -> Bool) -> Bool {
        var seen = 0
        return c.validity.words.withUnsafeBufferPointer { wb in
            for wi in 0..<wb.count where wb[wi] != ~0 {
                var inv = ~wb[wi]
                while inv != 0 {
                    let r = wi << 6 + inv.trailingZeroBitCount
                    if r >= c.count { break }
                    if !isFiller(r) { return false }
                    seen += 1
                    if seen >= 256 { return true }
                    inv &= inv - 1
                }
            }
            return true
        }
    }

    /// A column's values over `selection` for a series: scaled integers stay scaled (a whole
    /// column is used as it is when its missing slots hold the filler); anything else as
    /// `numbers` gives it.
    package static func values(_ c: Column, selection: [Int32]?) -> Numbers {
        guard case .number(let v) = c.data, case .scaled(let ints, let k) = v.storage else {
            return Numbers(numbers(c, selection: selection))
        }
        if selection == nil, missingAreFillers(c, { ints[$0] == Numbers.missingSlot }) { return v }
        let n = selection?.count ?? c.count
        let out = ints.withUnsafeBufferPointer { p in
            [Int32](unsafeUninitializedCapacity: n) { o, done in
                for j in 0..<n {
                    let r = selection.map { Int($0[j]) } ?? j
                    o[j] = c.validity[r] ? p[r] : Numbers.missingSlot
                }
                done = n
            }
        }
        return Numbers(scaled: out, decimals: k)
    }

    /// A column as doubles over `selection` (NaN = missing; grades as points). A whole number
    /// column of Doubles with NaN fillers is returned without copying.
    public static func numbers(_ c: Column, selection: [Int32]?) -> [Double] {
        switch c.data {
        case .number(let v):
            if selection == nil { let d = v.doubles; if d.withUnsafeBufferPointer({ p in missingAreFillers(c) { p[$0].isNaN } }) { return d } }
            var out = [Double](repeating: .nan, count: selection?.count ?? c.count)
            if let sel = selection {
                for (j, r) in sel.enumerated() where c.validity[Int(r)] { out[j] = v[Int(r)] }
            } else {
                for i in 0..<c.count where c.validity[i] { out[i] = v[i] }
            }
            return out
        case .grade(let g):
            let pts = Grade.pointsTable
            let n = selection?.count ?? c.count
            var out = [Double](repeating: .nan, count: n)
            for j in 0..<n {
                let r = selection.map { Int($0[j]) } ?? j
                if c.validity[r] { out[j] = pts[Int(min(g[r], 5))] }
            }
            return out
        case .boolean(let b):
            let n = selection?.count ?? c.count
            var out = [Double](repeating: .nan, count: n)
            for j in 0..<n {
                let r = selection.map { Int($0[j]) } ?? j
                if c.validity[r] { out[j] = b[r] ? 1 : 0 }
            }
            return out
        case .text, .date:
            return [Double](repeating: .nan, count: selection?.count ?? c.count)
        }
    }
}
