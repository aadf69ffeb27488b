/// Prose wrapped at word boundaries to the output width (load banners, notes, narration): a
/// sentence is never cut. Continuation lines take `indent`; a word longer than the width
/// stands on a line of its own, whole.
public enum WordWrap {
    public static func lines(_ s: String, width: Int, indent: String = "  ") -> [String] {
        guard DisplayWidth.of(s) > width else { return [s] }
        var out: [String] = []
        var line = ""
        var lineWidth = 0
        let indentWidth = DisplayWidth.of(indent)
        for word in s.split(separator: " ", omittingEmptySubsequences: false) {
            let w = DisplayWidth.of(String(word))
            let start = out.isEmpty ? 0 : indentWidth
            if lineWidth > start, lineWidth + 1 + w > width {
                out.append(line)
                line = indent
                lineWidth = indentWidth
            }
            if lineWidth > (out.isEmpty ? 0 : indentWidth) || (out.isEmpty && !line.isEmpty) {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += w
        }
        out.append(line)
        return out
    }
}
