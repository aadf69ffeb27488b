import EvidenceData

/// Which measures were observed at which inquiry cycles, in a wide or a long table.
///
/// Wide: columns that share a stem and differ by a cycle-like suffix after the last `_`, `-` or
/// `.` (`reading_c1 … reading_c3`, `maths_ht24`/`maths_vt25`, `läsning_t1`, `writing_grade_c2`).
/// A suffix is cycle-like when it holds a digit or is a term word (pre, post, ht, vt, …).
/// A term token anywhere in the name comes first (`Lärarobservation HT24`, `Reading T1 2025
/// (aRs)`, `Poäng_ma_ht24`): its normalised label is the cycle (`TermToken`).
/// Long: a cycle column (cycle, cykel, period, term, termin, wave, occasion, tillfälle, time)
/// beside either a measure column and a value column, or beside measure columns.
///
/// Charts use it too (`plot line MEASURE over cycles`, `plot slope`): `column(for:cycle:)` for
/// wide data, and `series(_:cycles:in:)` for either shape.
public struct CycleModel: Sendable, Equatable {
    public enum Shape: Sendable, Equatable {
        case wide
        /// cycle column + measure-name column + value column
        case longMeasureValue(cycle: String, measure: String, value: String)
        /// cycle column + one column per measure
        case longColumns(cycle: String)
    }

    public struct Measure: Sendable, Equatable {
        public var name: String
        public var type: ValueType
        /// Wide data: the column of each cycle the measure was observed at.
        public var columns: [String: String]
    }

    public var shape: Shape
    /// Cycle labels in order (detected or set with `cycles order`).
    public var cycles: [String]
    public var measures: [Measure]
    /// True when the order came from `cycles order` rather than from the labels.
    public var orderIsFixed = false

    public var isEmpty: Bool { measures.isEmpty }

    public func measure(named name: String) -> Measure? {
        measures.first { $0.name == name } ?? measures.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The column holding `measure` at `cycle` (wide data), or nil.
    public func column(for measure: String, cycle: String) -> String? {
        self.measure(named: measure)?.columns[cycle]
    }

    /// The (measure, cycle) a wide column belongs to, or nil.
    public func locate(column: String) -> (measure: String, cycle: String)? {
        for m in measures { for (c, col) in m.columns where col == column { return (m.name, c) } }
        return nil
    }

    /// Cycles the measure was observed at, in model order.
    public func cycles(of measure: String) -> [String] {
        guard let m = self.measure(named: measure) else { return [] }
        if case .wide = shape { return cycles.filter { m.columns[$0] != nil } }
        return cycles
    }

    /// The model with `order` first (labels not named keep their relative order after it).
    public func ordered(_ order: [String]) -> CycleModel {
        var m = self
        let named = order.filter { cycles.contains($0) }
        m.cycles = named + cycles.filter { !named.contains($0) }
        m.orderIsFixed = true
        return m
    }
}
