import EvidenceData

/// The bundled demo norms for the demo school. SYNTHETIC — invented to match the demo data's
/// scale (mean ≈ 400 + 40·year at cycle 1), not published norms. Ordinary growth in these
/// norms is 12 points per cycle for reading and maths, so the demo's class 5A (about 15 + 14
/// per cycle in reading) stands out against them, and the rest grow roughly as expected.
public enum DemoNorms {
    public static let name = "demo"
    public static let source = "demo norms (synthetic, invented for the demo school; not real national norms)"

    /// A norms table's source as a reader in `language` sees it: the demo's in their words, a
    /// loaded file's as its file says it.
    public static func source(of table: NormsTable, _ language: Language) -> String {
        table.source == source && language != .en ? SessionMessage.normsDemoSource.text(language) : table.source
    }

    public static var table: NormsTable {
        var rows: [NormsTable.Row] = []
        for (measure, sd) in [("reading", 80.0), ("maths", 85.0)] {
            for year in 3...7 {
                for k in 1...3 {
                    let mean = 400 + 40 * Double(year) + 12 * Double(k - 1)
                    rows.append(.init(measure: measure, year: year, time: "c\(k)", mean: mean, sd: sd))
                }
            }
        }
        return NormsTable(name: name, source: source, rows: rows)
    }
}
