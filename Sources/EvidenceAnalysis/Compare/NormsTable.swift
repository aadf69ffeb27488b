import EvidenceData

/// A table of national norms: per measure and year level (and optionally time of year or
/// cycle), the norm mean and SD. Used for the expected gain and the norm-referenced effect
/// sizes of docs/analysis.md, "Against norms" (Schagen & Hodgen 2009).
public struct NormsTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var measure: String
        public var year: Int
        /// Time of year or cycle label; "" for a norm of the whole year level.
        public var time: String
        public var mean: Double
        public var sd: Double

        public init(measure: String, year: Int, time: String, mean: Double, sd: Double) {
            self.measure = measure
            self.year = year
            self.time = time
            self.mean = mean
            self.sd = sd
        }
    }

    public var name: String
    public var source: String
    public var rows: [Row]

    public init(name: String, source: String, rows: [Row]) {
        self.name = name
        self.source = source
        self.rows = rows
    }

    public var measures: [String] { Array(Set(rows.map(\.measure))).sorted() }

    public func row(_ measure: String, year: Int, time: String) -> Row? {
        let m = measure.lowercased(), t = time.lowercased()
        return rows.first { $0.measure.lowercased() == m && $0.year == year && $0.time.lowercased() == t }
    }

    /// What the norms expect for a student in year level `year` (at the second test) going from
    /// cycle `a` to cycle `b`, and the SD to divide by:
    /// - rows keyed by time: expected = mean(Y, b) - mean(Y, a), σ = sd(Y, b);
    /// - rows for whole year levels: expected = mean(Y) - mean(Y - 1), σ = sd(Y) (A1's formula).
    public func expectation(_ measure: String, year: Int, from a: String, to b: String) -> (expectedGain: Double, sd: Double)? {
        if let ra = row(measure, year: year, time: a), let rb = row(measure, year: year, time: b) {
            return (NormEffectSize.expectedGain(normMeanBefore: ra.mean, normMeanAfter: rb.mean), rb.sd)
        }
        if let now = row(measure, year: year, time: ""), let before = row(measure, year: year - 1, time: "") {
            return (NormEffectSize.expectedGain(normMeanBefore: before.mean, normMeanAfter: now.mean), now.sd)
        }
        return nil
    }

    /// Does the table know `measure` at all?
    public func covers(_ measure: String) -> Bool { rows.contains { $0.measure.lowercased() == measure.lowercased() } }
}

/// The norms loaded in a session (`norms load`, `norms demo`), in the order they came.
public struct NormsRegistry: Sendable {
    public var tables: [String: NormsTable] = [:]
    public var order: [String] = []

    public init() {}

    /// Add a table, or replace one of the same name (keeping its place).
    public mutating func add(_ t: NormsTable) {
        if tables[t.name] == nil { order.append(t.name) }
        tables[t.name] = t
    }
}
