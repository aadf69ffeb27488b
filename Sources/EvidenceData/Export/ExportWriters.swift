/// The file formats of `export`. Each writer turns rows into text; AtomicFile puts it on disk.
package enum ExportFormat: String, CaseIterable {
    case csv, markdown, json, text, xlsx

    package init?(path: String) {
        let ext = path.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }
        switch ext.map({ $0.lowercased() }) {
        case "csv": self = .csv
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "txt", "text": self = .text
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    package var label: String {
        switch self {
        case .csv: "CSV"
        case .markdown: "Markdown"
        case .json: "JSON"
        case .text: "text"
        case .xlsx: "xlsx workbook"
        }
    }

    /// The label in `language` (only the workbook's has words).
    package func label(_ language: Language) -> String { self == .xlsx ? WriterMessage.xlsxWorkbook.text(language) : label }
}

package enum CSVWriter {
    /// RFC 4180 by default: CRLF line ends; a field with the separator, a quote, CR or LF is
    /// quoted and its quotes doubled. Numbers with dot decimals (comma in `excel-sv`, whose
    /// separator is `;`); missing values as empty fields; a BOM first in the Excel dialects
    /// (`CSVDialect`). A text cell (or header name) a spreadsheet would run as a formula gets a
    /// leading `'` and quotes (FormulaGuard); `neutralised` counts them for the report line.
    package static func write(_ rows: ExportRows, dialect: CSVDialect = .rfc4180) -> (text: String, neutralised: Int) {
        var out = dialect.byteOrderMark ? "\u{FEFF}" : ""
        var neutralised = 0
        let sep = dialect.separator
        let separator = String(UnicodeScalar(sep))
        func text(_ s: String) -> String {
            guard FormulaGuard.isTriggering(s) else { return quote(s, separator: sep) }
            neutralised += 1
            return "\"'" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        out.reserveCapacity(rows.count * rows.header.count * 6)
        out += rows.header.map(text).joined(separator: separator) + "\r\n"
        for r in 0..<rows.count {
            for c in rows.header.indices {
                if c > 0 { out += separator }
                let f = rows.field(r, c)
                if case .text(let s) = f {
                    out += text(s)
                } else if dialect.decimalComma, case .number = f {
                    // Only a number's own point becomes a comma (`-1.5e-07` → `-1,5e-07`).
                    out += quote(String((f.machineText ?? "").map { $0 == "." ? "," : $0 }), separator: sep)
                } else {
                    out += quote(f.machineText ?? "", separator: sep)
                }
            }
            out += "\r\n"
        }
        return (out, neutralised)
    }

    package static func quote(_ s: String, separator: UInt8 = UInt8(ascii: ",")) -> String {
        // Bytes, not Characters: the test runs on every field.
        guard s.utf8.contains(where: { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

package enum JSONWriter {
    /// An array of objects, one per row, keyed by column name (a repeated name gets " (2)").
    /// Numbers as numbers, booleans as booleans, missing as null, suppressed as the text "<K".
    package static func write(_ rows: ExportRows) -> String {
        var keys: [String] = []
        for h in rows.header {
            var k = h, i = 2
            while keys.contains(k) { k = "\(h) (\(i))"; i += 1 }
            keys.append(k)
        }
        let quotedKeys = keys.map(quote)
        var out = "["
        for r in 0..<rows.count {
            out += r == 0 ? "\n  {" : ",\n  {"
            for c in keys.indices {
                if c > 0 { out += ", " }
                out += quotedKeys[c] + ": "
                switch rows.field(r, c) {
                case .text(let s): out += quote(s)
                case .integer(let i): out += String(i)
                case .number(let d): out += ExportField.format(d) ?? "null"
                case .boolean(let b): out += b ? "true" : "false"
                case .date(let v): out += quote(Dates.text(v))
                case .missing: out += "null"
                case .suppressed(let k): out += quote("<\(k)")
                }
            }
            out += "}"
        }
        out += rows.count == 0 ? "]\n" : "\n]\n"
        return out
    }

    /// Tables whose rows differ, each under its name: `{"matching": [...], "norms": [...]}`.
    package static func write(named tables: [(name: String, rows: ExportRows)]) -> String {
        let parts = tables.map { "  " + quote($0.name) + ": " + write($0.rows).trimmingSuffixNewline }
        return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
    }

    package static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

package enum MarkdownWriter {
    /// A GitHub-style pipe table as shown on screen (rounded numbers, `<K` for small groups),
    /// with the title in bold above and footer lines below.
    package static func write(_ rows: ExportRows) -> String {
        var out = ""
        if let t = rows.title { out += "**\(escape(t))**\n\n" }
        out += "| " + rows.header.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + rows.rightAligned.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for r in 0..<rows.count {
            out += "| " + rows.header.indices.map { escape(rows.display(r, $0)) }.joined(separator: " | ") + " |\n"
        }
        if !rows.footer.isEmpty { out += "\n" + rows.footer.map { escape($0) + "  " }.joined(separator: "\n") + "\n" }
        return out
    }

    package static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// A whole result: tables as pipe tables, charts and plain text in fenced blocks.
    package static func write(_ o: Output) -> String {
        var parts: [String] = []
        for b in o.blocks {
            switch b {
            case .table(let t): parts.append(write(ExportRows.table(t)))
            case .styled(let s): parts.append("```\n" + s.lines.joined(separator: "\n") + "\n```\n")
            case .text(let s): parts.append("```\n" + s + "\n```\n")
            case .message(let s): parts.append(escape(s.text) + "\n")
            case .warning(let s): parts.append("> **warning:** " + escape(s.text) + "\n")
            case .diagnostic(let d): parts.append("```\n" + DiagnosticRenderer.render(d).joined(separator: "\n") + "\n```\n")
            }
        }
        return parts.joined(separator: "\n")
    }
}

private extension String {
    var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
