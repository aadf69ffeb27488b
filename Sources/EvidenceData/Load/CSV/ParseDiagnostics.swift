/// Turning parse problems (byte offsets) into `file:line:column: kind: message` diagnostics.
extension ParseRun {
    func location(_ offset: Int) -> FileLocation {
        let l = source.bytes.location(of: offset)
        return FileLocation(file: displayPath, line: l.line, column: l.column)
    }

    func diagnostic(_ p: ParseProblem, more: Int) -> Diagnostic {
        let notes = more > 0 ? ["(and \(more) more problem\(more == 1 ? "" : "s") after this one)"] : []
        switch p.kind {
        case .unclosedQuote:
            return Diagnostic(.error, category: .data, kind: p.kind.rawValue,
                              message: "the quoted field that starts here never ends",
                              location: location(p.offset),
                              hint: "close the quote (a quote inside a quoted field is written twice: \"5\"\" ruler\"), or use 'with lenient=true' to skip that line",
                              notes: notes)
        case .strayQuote:
            return Diagnostic(.error, category: .data, kind: p.kind.rawValue,
                              message: "'\(fieldText(at: p.offset))' follows a closing quote; expected a \(LoadReport.delimiterName(plan.delimiter)) or the end of the line",
                              location: location(p.offset),
                              hint: "quote the whole field and write inner quotes twice (\"ab\"\"c\"), or use 'with lenient=true' to skip such rows",
                              notes: notes)
        case .raggedRow:
            return Diagnostic(.error, category: .data, kind: p.kind.rawValue,
                              message: "this row has \(p.fields) field\(p.fields == 1 ? "" : "s"), expected \(plan.columnCount) like the header",
                              location: location(p.offset),
                              hint: "check for a missing or extra \(LoadReport.delimiterName(plan.delimiter)), or use 'with lenient=true' to load the other rows",
                              notes: notes)
        case .type:
            return Diagnostic(.error, category: .data, kind: "type", message: "unexpected value '\(fieldText(at: p.offset))'",
                              location: location(p.offset), notes: notes)
        }
    }

    func typeError(column j: Int, parts: [PartParser], good: Int) -> Diagnostic {
        let first = parts.lazy.compactMap { $0.builders[j].firstMisfit }.first
        let offset = first?.offset ?? plan.dataStart
        let kind = plan.kinds[j]
        let what = kind == .number ? "numbers" : kind == .grade ? "grades A–F" : "true/false values"
        let misfits = parts.reduce(0) { $0 + $1.builders[j].misfits }
        return Diagnostic(.error, category: .data, kind: "type",
                          message: "'\(fieldText(at: offset))' in column '\(plan.names[j])', where the other \(good) values are \(what)",
                          location: location(offset),
                          hint: "correct the value (or leave it empty), or use 'with lenient=true' to skip such rows",
                          notes: misfits > 1 ? ["(\(misfits) such values in this column)"] : [])
    }

    /// The text of the field starting at `offset`, shortened for a message.
    func fieldText(at offset: Int) -> String {
        let b = source.bytes
        var i = offset
        var out: [UInt8] = []
        while i < b.count, out.count < 30 {
            let c = b.base[i]
            if c == plan.delimiter || c == 0x0A || c == 0x0D || c == 0x22 { break }
            out.append(c)
            i += 1
        }
        let s = String(decoding: out, as: UTF8.self)
        return out.count >= 30 ? s + "…" : s
    }
}
