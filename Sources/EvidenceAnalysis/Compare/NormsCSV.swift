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
            throw Self.error(NormsFileMessage.empty(), FileLocation(file: file, line: 1), hint: NormsFileMessage.expectedHeader())
        }
        let headerLine = lines[headerIndex]
        let sep: Character = headerLine.contains(";") ? ";" : headerLine.contains("\t") ? "\t" : ","
        let header = fields(headerLine, sep).map { $0.text.lowercased() }
        var index: [String: Int] = [:]
        for (key, names) in headers { if let i = header.firstIndex(where: { names.contains($0) }) { index[key] = i } }
        // A file that is not CSV (no separator in its first line) is not quoted back.
        if header.count < 2 {
            throw Self.error(NormsFileMessage.notCSV(), FileLocation(file: file, line: headerIndex + 1), hint: NormsFileMessage.expectedHeaderLike())
        }
        for key in ["measure", "year", "mean", "sd"] where index[key] == nil {
            throw Self.error(NormsFileMessage.noColumn(.text(key)), FileLocation(file: file, line: headerIndex + 1),
                             hint: NormsFileMessage.expectedHeaderFound(.text(header.joined(separator: ", "))))
        }
        var rows: [NormsTable.Row] = []
        for li in (headerIndex + 1)..<lines.count {
            let line = lines[li]
            if line.trimmed().isEmpty || line.hasPrefix("#") { continue }
            let f = fields(line, sep)
            func field(_ key: String) throws -> (text: String, column: Int) {
                guard let i = index[key] else { return ("", 1) }
                guard i < f.count else {
                    throw Self.error(NormsFileMessage.ragged(.quantity(f.count), .quantity(header.count)),
                                     FileLocation(file: file, line: li + 1, column: line.count + 1), kind: NormsFileMessage.raggedKind())
                }
                return f[i]
            }
            func number(_ key: String) throws -> Double {
                let (t, col) = try field(key)
                let s = sep == ";" ? t.decimalCommaToPoint() : t
                guard let v = Double(s), v.isFinite else {
                    throw Self.error(NormsFileMessage.notNumber(.text(key), .text(t)), FileLocation(file: file, line: li + 1, column: col))
                }
                return v
            }
            let measure = try field("measure").text
            let (yt, ycol) = try field("year")
            let digits = yt.filter(\.isNumber)
            guard let year = Int(digits), !digits.isEmpty else {
                throw Self.error(NormsFileMessage.yearLevel(.text(yt)), FileLocation(file: file, line: li + 1, column: ycol))
            }
            let sd = try number("sd")
            guard sd > 0 else {
                throw Self.error(NormsFileMessage.sdPositive(.text(try field("sd").text)), FileLocation(file: file, line: li + 1, column: try field("sd").column))
            }
            rows.append(.init(measure: measure, year: year, time: try field("time").text, mean: try number("mean"), sd: sd))
        }
        guard !rows.isEmpty else {
            throw Self.error(NormsFileMessage.noRows(), FileLocation(file: file, line: headerIndex + 1))
        }
        return NormsTable(name: name, source: file, rows: rows)
    }

    /// A data error at a place in the file, worded by the catalogue (`NormsFileMessage`).
    static func error(_ message: Message, _ location: FileLocation, kind: Message? = nil, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.error, category: .data, kind: kind, message: message, location: location, hint: hint)
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
