/// Draws a diagnostic as text lines:
///
///     error: unknown column 'yeer'
///       filter yeer == 5
///              ^~~~
///     hint: did you mean 'year'?
///
/// or, for files, `data.csv:12:7: error: ragged row: …`.
public enum DiagnosticRenderer {
    /// The lines in `language`: the catalogue's parts of the diagnostic and the renderer's own
    /// words (`error:`, `hint:`) in it; the carets stay where they are.
    public static func render(_ diagnostic: Diagnostic, language: Language = .en) -> [String] {
        let d = diagnostic.localized(language)
        var out: [String] = []
        let kind = d.kind.map { "\($0): " } ?? ""
        let severity = language == .en ? d.severity.rawValue : CommonMessage.severity(d.severity).text(language)
        if let loc = d.location {
            out.append("\(loc): \(severity): \(kind)\(d.message)")
        } else {
            out.append("\(severity): \(kind)\(d.message)")
        }
        if let span = d.span {
            out.append("  " + span.line)
            out.append("  " + caretLine(line: span.line, range: span.range))
        }
        if let hint = d.hint { out.append(language == .en ? "hint: \(hint)" : CommonMessage.hint.text(language, .text(hint))) }
        out.append(contentsOf: d.notes)
        return out
    }

    /// Spaces up to the range, then `^` and `~` under it, measured in display columns so that
    /// carets line up under å, ä, ö and wide characters.
    public static func caretLine(line: String, range: Range<Int>) -> String {
        let chars = Array(line)
        let lower = min(max(0, range.lowerBound), chars.count)
        let upper = min(max(lower, range.upperBound), chars.count)
        let pad = DisplayWidth.of(String(chars[0..<lower]))
        let w = max(1, DisplayWidth.of(String(chars[lower..<upper])))
        return String(repeating: " ", count: pad) + "^" + String(repeating: "~", count: w - 1)
    }
}
