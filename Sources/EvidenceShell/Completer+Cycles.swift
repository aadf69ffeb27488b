import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// Tab inside `MEASURE A -> B` and `MEASURE at A` (compare, bands, tail, plot line|slope|heat):
/// after a measure its cycles, after a cycle the arrow, after the arrow the other cycles. The
/// cycle model says which words are measures and cycles, as the commands read them.
extension Completer {
    static let cycleCommands: Set<String> = ["compare", "bands", "tail", "plot"]

    /// The candidates for the word after `words` (command first), or nil when the words do not
    /// end inside a cycle reference.
    func cycleCandidates(after words: [String]) -> [String]? {
        guard let command = words.first, Self.cycleCommands.contains(command), words.count >= 2,
              let model = cycleModel, !model.isEmpty else { return nil }
        let lower = words.map { $0.lowercased() }
        func measure(at i: Int) -> CycleModel.Measure? {
            guard i >= 1, i < words.count else { return nil }
            return model.measure(named: words[i])
        }
        func cycles(of m: CycleModel.Measure) -> [String] { model.cycles(of: m.name) }
        let n = words.count
        // `compare reading ▮` and `tail reading at ▮`
        if let m = measure(at: n - 1) { return cycles(of: m) }
        if lower[n - 1] == "at", let m = measure(at: n - 2) { return cycles(of: m) }
        // `compare reading c1 ▮`: the arrow (tail takes no arrow).
        if n >= 3, let m = measure(at: n - 2), cycles(of: m).contains(where: { $0.lowercased() == lower[n - 1] }) {
            return command == "tail" ? nil : ["->"]
        }
        // `compare reading c1 -> ▮`: the measure's other cycles.
        if n >= 4, lower[n - 1] == "->", let m = measure(at: n - 3) {
            return cycles(of: m).filter { $0.lowercased() != lower[n - 2] }
        }
        return nil
    }
}
