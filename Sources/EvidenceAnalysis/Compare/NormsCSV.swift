import EvidenceData

/// A small reader for norms CSV files: a header naming the measure, year level, time (or
/// cycle), mean and sd columns, then one norm per line. Commas, semicolons or tabs; decimal
/// commas with semicolons; "" for a whole-year norm. Errors point at file:line:column.
public enum NormsCSV {
    package static let headers: [String: [String]] = [
        "measure": ["measure", "test", "subject", "prov", "ämne"],
        "year": ["year", "year_level", "year level", "yearlevel", "årskurs", "åk", "grade_level"],
        "time": ["time", "cycle", "time_of_year", "time of year", "term", "termin", "quarter", "cykel"],
        "mean": ["mean", "norm_mean", "medel", "medelvärde"],
        "sd": ["sd", "norm_sd", "std", "standard deviation", "standardavvikelse"],
    ]

    public static func parse(_ text: String, file: String, name: String) throws -> NormsTable {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" })
            .map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        guard let headerIndex = lines.firstIndex(where: { !$0.trimmed().isEmpty }) else {
            throw Diagnostic.data("the norms file is empty", location: FileLocation(file: file, line: 1),
                                  hint: "expected a header: measure,year,time,mean,sd")
        }
        let headerLine = lines[headerIndex]
        let sep: Character = headerLine.contains(";") ? ";" : headerLine.contains("\t") ? "\t" : ","
        let header = fields(headerLine, sep).map { $0.text.lowercased() }
        var index: [String: Int] = [:]
        for (key, names) in headers { if let i = header.firstIndex(where: { names.contains($0) }) { index[key] = i } }
        // A file that is not CSV (no separator in its first line) is not quoted back.
        if header.count < 2 {
            throw Diagnostic.data("the norms file is not a CSV file: its first line has no ',', ';' or tab", location: FileLocation(file: file, line: headerIndex + 1),
                                  hint: "expected a header like: measure,year,time,mean,sd")
        }
        for key in ["measure", "year", "mean", "sd"] where index[key] == nil {
            throw Diagnostic.data("the norms file has no '\(key)' column", location: FileLocation(file: file, line: headerIndex + 1),
                                  hint: "expected a header like: measure,year,time,mean,sd (found: \(header.joined(separator: ", ")))")
        }
        var rows: [NormsTable.Row] = []
        for li in (headerIndex + 1)..<lines.count {
            let line = lines[li]
            if line.trimmed().isEmpty || line.hasPrefix("#") { continue }
            let f = fields(line, sep)
            func field(_ key: String) throws -> (text: String, column: Int) {
                guard let i = index[key] else { return ("", 1) }
                guard i < f.count else {
                    throw Diagnostic.data("line has \(f.count) fields, the header has \(header.count)",
                                          location: FileLocation(file: file, line: li + 1, column: line.count + 1), kind: "ragged row")
                }
                return f[i]
            }
            func number(_ key: String) throws -> Double {
                let (t, col) = try field(key)
                let s = sep == ";" ? t.decimalCommaToPoint() : t
                guard let v = Double(s), v.isFinite else {
                    throw Diagnostic.data("\(key) must be a number, not '\(t)'", location: FileLocation(file: file, line: li + 1, column: col))
                }
                return v
            }
            let measure = try field("measure").text
            let (yt, ycol) = try field("year")
            let digits = yt.filter(\.isNumber)
            guard let year = Int(digits), !digits.isEmpty else {
                throw Diagnostic.data("year level must be a whole number like 5 or Y5, not '\(yt)'", location: FileLocation(file: file, line: li + 1, column: ycol))
            }
            let sd = try number("sd")
            guard sd > 0 else {
                throw Diagnostic.data("sd must be above 0, not '\(try field("sd").text)'", location: FileLocation(file: file, line: li + 1, column: try field("sd").column))
            }
            rows.append(.init(measure: measure, year: year, time: try field("time").text, mean: try number("mean"), sd: sd))
        }
        guard !rows.isEmpty else {
            throw Diagnostic.data("the norms file has a header but no rows", location: FileLocation(file: file, line: headerIndex + 1))
        }
        return NormsTable(name: name, source: file, rows: rows)
    }

    /// Fields with their 1-based start columns; "…" quotes allowed.
    package static func fields(_ line: String, _ sep: Character) -> [(text: String, column: Int)] {
        var out: [(String, Int)] = []
        var cur = "", start = 1, col = 0, quoted = false
        for ch in line {
            col += 1
            if ch == "\"" { quoted.toggle(); continue }
            if ch == sep, !quoted { out.append((cur.trimmed(), start)); cur = ""; start = col + 1; continue }
            cur.append(ch)
        }
        out.append((cur.trimmed(), start))
        return out
    }
}

extension String {
    /// "560,5" → "560.5" (decimal commas in semicolon files and typed percents).
    package func decimalCommaToPoint() -> String { String(map { $0 == "," ? "." : $0 }) }
}
