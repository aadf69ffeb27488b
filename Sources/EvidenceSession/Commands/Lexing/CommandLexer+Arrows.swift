import EvidenceData

extension CommandLexer {
    /// The words with every arrow a word of its own: `c1->c2`, `c1-> c2` and `c1→c2` read like
    /// `c1 -> c2` (the arrow's text is `->`, its range the arrow as typed). Only commands that take
    /// `A -> B` ask for this, so a path or title with `->` in it is left alone elsewhere. Quoted
    /// words, and words whose quotes make the text differ from the line, are kept whole.
    package static func splittingArrows(_ words: [Word]) -> [Word] {
        var out: [Word] = []
        for w in words {
            let chars = Array(w.text)
            guard w.isBare, !w.isArrow, chars.count == w.range.count,
                  chars.contains("→") || w.text.contains("->") else { out.append(w); continue }
            var start = w.range.lowerBound
            var part = ""
            func flush() {
                if !part.isEmpty { out.append(Word(text: part, range: start..<(start + part.count))) }
                start += part.count
                part = ""
            }
            var k = 0
            while k < chars.count {
                let width = chars[k] == "→" ? 1 : chars[k] == "-" && k + 1 < chars.count && chars[k + 1] == ">" ? 2 : 0
                if width == 0 { part.append(chars[k]); k += 1; continue }
                flush()
                out.append(Word(text: "->", range: start..<(start + width)))
                start += width
                k += width
            }
            flush()
        }
        return out
    }
}
