/// What the loader detected and did, for the one-line summary after `load`.
public struct LoadReport: Sendable {
    public var name: String
    public var rows: Int
    public var columns: Int
    public var delimiter: UInt8
    public var decimalComma: Bool
    public var encoding: String
    public var titleLines: Int
    public var footerLines: Int
    public var hasHeader: Bool
    public var thousands: Bool
    /// Rows that ended in a delimiter with nothing after it (read as one field fewer).
    public var trailingDelimiters: Int = 0
    public var markers: [MissingKind: Int]
    /// Rows skipped by `lenient=true`, and the first few of their line numbers.
    public var skippedRows: Int
    public var skippedLines: [Int]
    public var skippedKinds: [String]
    public var kinds: [ValueType: Int]
    public var idColumn: String?
    public var threads: Int

    static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case 0x09: "tab"
        default: "'\(Character(Unicode.Scalar(d)))'"
        }
    }

    /// `ht24: 312 rows, 22 columns · ';' · decimal comma · Windows-1252 · 6 title lines skipped · …`
    public var summary: String {
        var parts = ["\(name): \(rows) rows, \(columns) columns", LoadReport.delimiterName(delimiter)]
        if decimalComma { parts.append("decimal comma") }
        parts.append(encoding)
        if !hasHeader { parts.append("no header") }
        if titleLines > 0 { parts.append("\(titleLines) title line\(titleLines == 1 ? "" : "s") skipped") }
        if footerLines > 0 { parts.append("\(footerLines) footer line\(footerLines == 1 ? "" : "s")") }
        if thousands { parts.append("thousands separators") }
        if trailingDelimiters > 0 { parts.append("\(LoadReport.delimiterName(delimiter)) at line ends ignored") }
        let m = MissingKind.allCases.compactMap { k in markers[k].map { "\(k.marker) ×\($0)" } }
        if !m.isEmpty { parts.append("markers: " + m.joined(separator: " ")) }
        return parts.joined(separator: " · ")
    }

    /// `types: 17 number, 6 text, 4 grade, 1 boolean · id: student_id`
    public var typesLine: String {
        let t = ValueType.allCases.compactMap { k in kinds[k].map { "\($0) \(k.rawValue)" } }
        var s = "types: " + t.joined(separator: ", ")
        if let idColumn { s += " · id: \(idColumn)" }
        return s
    }

    /// `skipped 3 rows (ragged row): lines 57, 203, 1004`
    public var skippedLine: String? {
        guard skippedRows > 0 else { return nil }
        let lines = skippedLines.map(String.init).joined(separator: ", ")
        let more = skippedRows > skippedLines.count ? ", …" : ""
        return "skipped \(skippedRows) row\(skippedRows == 1 ? "" : "s") (\(skippedKinds.joined(separator: ", "))): line\(skippedLines.count == 1 ? "" : "s") \(lines)\(more)"
    }
}
