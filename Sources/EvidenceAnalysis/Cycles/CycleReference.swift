import EvidenceData

/// How commands name a measure at cycles: `reading c1 -> c2` (family and cycles) or
/// `reading_c1 -> reading_c2` (columns); `reading at c1` or `reading_c1` for one cycle.
/// The command layer reads it from words against a `CycleModel` (Commands/CycleReference+Words.swift).
public struct CycleReference: Sendable, Equatable {
    public var measure: String
    public var cycles: [String]

    public init(measure: String, cycles: [String]) {
        self.measure = measure
        self.cycles = cycles
    }
}
