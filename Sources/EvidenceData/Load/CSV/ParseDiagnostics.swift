/// Turning parse problems (byte offsets) into `file:line:column: kind: message` diagnostics.
extension ParseRun {
    func location(_ offset: Int) -> FileLocation { source.location(of: offset, file: displayPath) }

    func fieldText(at offset: Int) -> String { source.fieldText(at: offset, delimiter: plan.delimiter) }

    func diagnostic(_ p: ParseProblem, more: Int) -> Diagnostic {
        typealias M = ReaderMessage
        let notes = more > 0 ? [M.moreProblems(.quantity(more))] : []
        let kind = M.skipKind(p.kind.rawValue)
        switch p.kind {
        case .unclosedQuote:
            return Diagnostic(.error, category: .data, kind: kind, message: M.unclosedQuote(), location: location(p.offset),
                              hint: M.unclosedHint()).noting(notes)
        case .strayQuote:
            return Diagnostic(.error, category: .data, kind: kind,
                              message: M.strayQuote(.text(fieldText(at: p.offset)), CSVPlan.delimiterWords(plan.delimiter)),
                              location: location(p.offset), hint: M.strayHint()).noting(notes)
        case .raggedRow:
            return Diagnostic(.error, category: .data, kind: kind, message: M.ragged(.quantity(p.fields), .quantity(plan.columnCount)),
                              location: location(p.offset), hint: M.raggedHint(CSVPlan.delimiterWords(plan.delimiter))).noting(notes)
        }
    }
}

extension DecodedSource {
    func location(of offset: Int, file: String) -> FileLocation {
        let l = LineCount.location(of: offset, in: bytes)
        return FileLocation(file: file, line: l.line, column: l.column)
    }

    /// The text of the field starting at `offset`, shortened for a message.
    func fieldText(at offset: Int, delimiter: UInt8) -> String {
        let b = bytes
        var i = offset
        var out: [UInt8] = []
        while i < b.count, out.count < 30 {
            let c = b.base[i]
            if c == delimiter || c == 0x0A || c == 0x0D || c == 0x22 { break }
            out.append(c)
            i += 1
        }
        let s = String(decoding: out, as: UTF8.self)
        return out.count >= 30 ? s + "…" : s
    }
}

/// Line and column of a byte offset, counting every line end the scanner knows: LF, CRLF and a
/// lone CR (old Mac exports). The column counts characters, not bytes.
enum LineCount {
    static func location(of offset: Int, in bytes: FileBytes) -> (line: Int, column: Int) {
        let base = bytes.base, n = bytes.count
        let o = min(max(offset, 0), n)
        var line = 1, lineStart = 0, i = 0
        while i < o {
            let c = base[i]
            if c == 0x0A || (c == 0x0D && (i + 1 >= n || base[i + 1] != 0x0A)) { line += 1; lineStart = i + 1 }
            i += 1
        }
        var column = 1
        var k = lineStart
        while k < o { if base[k] & 0xC0 != 0x80 { column += 1 }; k += 1 }
        return (line, column)
    }
}
