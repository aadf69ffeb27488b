import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// Renders output for a terminal: the same lines as `TextRenderer`, with ANSI colour added
/// when asked. Errors red, warnings yellow, hints dim; chart spans get their own colours.
public enum TerminalRenderer {
    /// SGR parameters per role.
    enum SGR {
        static let reset = "\u{1B}[0m"
        static func wrap(_ s: String, _ code: String) -> String {
            s.isEmpty ? s : "\u{1B}[\(code)m" + s + reset
        }
        static let error = "1;31", warning = "1;33", note = "1;36", hint = "2", caret = "31"
        static let series = ["34", "35", "36", "32", "33", "31"]

        static func code(for style: StyleSpan.Style) -> String {
            switch style {
            case .emphasis: return "1"
            case .dim: return "2"
            case .up: return "32"
            case .down: return "31"
            case .warning: return "33"
            case .error: return "31"
            case .series(let n): return series[((n % series.count) + series.count) % series.count]
            }
        }
    }

    public static func render(_ block: Block, options: RenderOptions, color: Bool) -> [String] {
        let plain = TextRenderer.render(block, options: options)
        guard color else { return plain }
        switch block {
        case .warning: return plain.map { SGR.wrap($0, SGR.warning) }
        case .diagnostic(let d): return colorDiagnostic(d, lines: plain)
        case .styled(let st): return colorStyled(st, ascii: options.ascii)
        case .text, .message, .table: return plain
        }
    }

    /// The header in the severity's colour, the caret in red, hint and notes dim. The line roles
    /// follow `DiagnosticRenderer`: header, [source, caret], [hint], notes.
    static func colorDiagnostic(_ d: Diagnostic, lines: [String]) -> [String] {
        var out = lines
        guard !out.isEmpty else { return out }
        let sev: String
        switch d.severity {
        case .error: sev = SGR.error
        case .warning: sev = SGR.warning
        case .note: sev = SGR.note
        }
        out[0] = SGR.wrap(out[0], sev)
        var i = 1
        if d.span != nil, out.count >= 3 {
            out[2] = SGR.wrap(out[2], d.severity == .error ? SGR.caret : SGR.warning)
            i = 3
        }
        while i < out.count { out[i] = SGR.wrap(out[i], SGR.hint); i += 1 }
        return out
    }

    /// Applies style spans (Character offsets) to each line; with `ascii` every run is folded
    /// on its own so the offsets stay those of the unfolded line.
    static func colorStyled(_ st: StyledText, ascii: Bool) -> [String] {
        var byLine: [Int: [StyleSpan]] = [:]
        for s in st.spans { byLine[s.line, default: []].append(s) }
        return st.lines.enumerated().map { (n, line) in
            let chars = Array(line)
            var styles = [StyleSpan.Style?](repeating: nil, count: chars.count)
            for s in byLine[n] ?? [] {
                let lo = max(0, s.range.lowerBound), hi = min(chars.count, s.range.upperBound)
                if lo < hi { for k in lo..<hi { styles[k] = s.style } }
            }
            var out = ""
            var k = 0
            while k < chars.count {
                var j = k
                while j < chars.count, styles[j] == styles[k] { j += 1 }
                var run = String(chars[k..<j])
                if ascii { run = ASCIIFold.fold(run) }
                out += styles[k].map { SGR.wrap(run, SGR.code(for: $0)) } ?? run
                k = j
            }
            return out
        }
    }
}
