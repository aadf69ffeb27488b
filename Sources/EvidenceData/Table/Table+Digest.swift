/// A digest of a table's column names and values, for data that has no file (the demo school):
/// what a saved script's `# data:` line records for it. Per-cell boxing is fine: it runs once
/// per process for the demo, and once per save otherwise.
extension Table {
    package var contentDigest: String {
        var d = SHA256Hasher()
        for c in columns {
            d.update(c.name + "\u{1f}")
            for r in 0..<rowCount { d.update(c.value(at: r).description + "\u{1e}") }
        }
        return d.finish()
    }
}
