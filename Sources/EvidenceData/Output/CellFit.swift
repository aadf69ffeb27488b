/// How far a table cell may be cut to fit the width, and the cut itself. A table must never
/// show a wrong figure (docs/shell.md, "Output width"). A figure is a word that starts with a
/// digit, after any of `[(<>~±+-` (`591.8`, `[-0.01,`, `<5`, `5A`), and is never cut:
/// - a list (`5A 52, 6A 51, 4B 50`, items at a top-level ", ") is cut only between items;
/// - other text is cut at a word, or inside a word that is not a figure (`lang_backg…`);
///   the figures it starts with (`354 / 591.8 / 812  [markers: .×1]`) are always shown;
/// - every cell of a column marked `whole` (ids, pseudonyms) is shown whole.
/// A column that cannot be narrowed enough is left out with a note. Cut text ends in "…".
package enum CellFit {
    /// The narrowest width the cell may be shown at.
    package static func minimumWidth(_ s: String, whole: Bool = false) -> Int {
        let w = DisplayWidth.of(s)
        if whole { return w }
        if let items = listItems(s), items.count > 1 {
            let tail = items.last!.hasPrefix("…") && items.count > 2 ? DisplayWidth.of(items.last!) + 2 : 3
            return min(w, DisplayWidth.of(items[0]) + tail)
        }
        let words = s.split(separator: " ", omittingEmptySubsequences: false)
        let lead = words.prefix { isFigure($0) || $0 == "/" || $0 == "–" || $0 == "-" }
        if lead.isEmpty { return min(w, 8) }
        if lead.count == words.count { return w }
        return min(w, DisplayWidth.of(lead.joined(separator: " ")) + 2)
    }

    /// The cell cut to `width` (never narrower than its `minimumWidth`).
    package static func cut(_ s: String, to width: Int) -> String {
        if DisplayWidth.of(s) <= width || width < minimumWidth(s) { return s }
        if var items = listItems(s), items.count > 1 {
            // A closing "… (6 values)" is kept: it says how much the list leaves out.
            let tail = items.last!.hasPrefix("…") && items.count > 2 ? ", " + items.removeLast() : ", …"
            var out = items[0]
            for item in items.dropFirst() {
                let next = out + ", " + item
                if DisplayWidth.of(next + tail) > width { break }
                out = next
            }
            return out + tail
        }
        // Words that fit whole, then the next word cut unless it is a figure.
        var out = ""
        for word in s.split(separator: " ", omittingEmptySubsequences: false) {
            let sep = out.isEmpty ? "" : " "
            if DisplayWidth.of(out + sep + word) + 2 <= width {
                out += sep + word
                continue
            }
            let room = width - DisplayWidth.of(out + sep)
            if isFigure(word) || room < 4 {
                return out.isEmpty ? String(s) : out + " …"
            }
            return out + sep + DisplayWidth.truncate(String(word), to: room)
        }
        return out
    }

    /// A word that starts with a digit, after any of `[(<>~±+-−≤≥`.
    static func isFigure(_ word: Substring) -> Bool {
        word.drop { "[(<>~±+-−≤≥".contains($0) }.first?.isNumber ?? false
    }

    /// The items of a top-level comma list (", " outside brackets); nil when the text is not one.
    static func listItems(_ s: String) -> [String]? {
        guard s.contains(", ") else { return nil }
        var items: [String] = []
        var depth = 0
        var current = ""
        var previous: Character = " "
        for ch in s {
            if ch == "(" || ch == "[" { depth += 1 } else if ch == ")" || ch == "]" { depth -= 1 }
            if ch == " ", previous == ",", depth == 0 {
                current.removeLast()
                items.append(current)
                current = ""
            } else {
                current.append(ch)
            }
            previous = ch
        }
        items.append(current)
        return items.count > 1 ? items : nil
    }
}
