import EvidenceData
import EvidenceAnalysis

/// What `let`, `select`, `drop`, `rename` and `sort` share: reading column lists, and
/// changing the current dataset's table or row order.
enum Shaping {
    /// Column names from the remaining words (spaces or commas between), checked against `table`.
    static func columns(_ ctx: inout CommandContext, in table: Table, stoppingAt stop: Set<String> = []) throws -> [(Word, Column)] {
        var out: [(Word, Column)] = []
        while let w = ctx.args.peek(), !(w.isBare && stop.contains(w.text.lowercased())) {
            _ = ctx.args.next()
            var offset = w.range.lowerBound + (w.isBare ? 0 : 1)
            for part in w.text.split(separator: ",", omittingEmptySubsequences: false) {
                defer { offset += part.count + 1 }
                if part.isEmpty { continue }
                let pw = Word(text: String(part), range: offset..<(offset + part.count), quote: w.quote)
                guard let c = table.column(named: pw.text) else {
                    throw ctx.error(CommonMessage.unknownColumn(.text(pw.text)), at: pw,
                                    hint: Suggestions.suggestion(pw.text, in: table.columnNames) ?? CommonMessage.seeDescribe())
                }
                out.append((pw, c))
            }
        }
        return out
    }

    /// Give the current dataset `table` as its columns. A loaded table is changed in place (its
    /// views see the change); a view gets its own copy of the columns (the data is shared until
    /// changed), so the table it came from keeps its columns.
    static func replaceColumns(_ ctx: CommandContext, _ table: Table) throws {
        let s = ctx.session
        guard let name = s.currentName, let ds = s.dataset(named: name), let base = s.tables[ds.baseName] else {
            throw Diagnostic(.error, category: .usage, message: CommonMessage.noDataset(), hint: ShapingMessage.loadDemoFirst())
        }
        if ds.baseName == ds.name {
            s.updateTable(ds.name, table)
        } else {
            s.addTable(LoadedTable(table: table, source: base.source), name: ds.name)
            s.addView(Dataset(name: ds.name, baseName: ds.name, selection: ds.selection, parent: ds.parent, origin: ds.origin))
        }
    }

    /// Spread a column computed over a dataset's rows back to the base table's length; rows
    /// outside the dataset are missing.
    static func scatter(_ c: Column, rows: [Int32]?, baseCount n: Int) -> Column {
        guard let rows else { return c }
        var valid = Bitmap(count: n, allSet: false)
        let data: ColumnData
        switch c.data {
        case .number(let v):
            var out = [Double](repeating: .nan, count: n)
            for (i, r) in rows.enumerated() { out[Int(r)] = v[i] }
            data = .number(Numbers(out))
        case .text(let t):
            var out = [UInt32](repeating: 0, count: n)
            for (i, r) in rows.enumerated() { out[Int(r)] = t.codes[i] }
            data = .text(TextData(codes: out, dictionary: t.dictionary))
        case .grade(let g):
            var out = [UInt8](repeating: 0, count: n)
            for (i, r) in rows.enumerated() { out[Int(r)] = g[i] }
            data = .grade(out)
        case .boolean(let b):
            var out = Bitmap(count: n, allSet: false)
            for (i, r) in rows.enumerated() where b[i] { out[Int(r)] = true }
            data = .boolean(out)
        case .date(let v):
            var out = [Double](repeating: .nan, count: n)
            for (i, r) in rows.enumerated() { out[Int(r)] = v[i] }
            data = .date(out)
        }
        for (i, r) in rows.enumerated() where c.validity[i] { valid[Int(r)] = true }
        return Column(name: c.name, data: data, validity: valid)
    }
}
