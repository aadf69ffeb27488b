import EvidenceData

extension CommandLexer {
    /// A comma list of expressions ("a, f(b, c), d") split at the commas outside brackets and
    /// quotes: each part trimmed, with its offset in the line. An empty part is a usage error at
    /// its comma, never skipped silently: `count by class,,year` is a typing slip to point at.
    /// `what` is "an expression" or "a column": the missing part is named in the reader's
    /// language (`CommaListMessage`).
    package static func commaParts(_ text: String, offset: Int, line: String, what: String = "an expression",
                                   hint: Message? = nil) throws -> [(text: String, offset: Int)] {
        let column = what == "a column"
        let chars = Array(text)
        var commas: [Int] = []
        var depth = 0
        var quote: Character?
        for (i, ch) in chars.enumerated() {
            if let q = quote { if ch == q { quote = nil }; continue }
            switch ch {
            case _ where isQuote(ch): quote = ch
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 0: commas.append(i)
            default: break
            }
        }
        var parts: [(text: String, offset: Int)] = []
        var start = 0
        for (k, end) in (commas + [chars.count]).enumerated() {
            var a = start, b = end
            while a < b, chars[a].isWhitespace { a += 1 }
            while b > a, chars[b - 1].isWhitespace { b -= 1 }
            if a == b {
                guard !commas.isEmpty else {
                    throw Diagnostic.usage(column ? CommaListMessage.column() : CommaListMessage.expression(),
                                           span: Span(line: line, range: offset..<(offset + 1)), hint: hint)
                }
                // The comma after the gap; the last comma when the gap ends the list.
                let at = k < commas.count ? commas[k] : commas[k - 1]
                let from = k > 0 && k < commas.count ? commas[k - 1] : at
                let missing: CommaListMessage = switch (column, k == 0 ? 0 : k == commas.count ? 1 : 2) {
                case (false, 0): .expressionBefore
                case (false, 1): .expressionAfter
                case (false, _): .expressionBetween
                case (true, 0): .columnBefore
                case (true, 1): .columnAfter
                case (true, _): .columnBetween
                }
                throw Diagnostic.usage(missing(), span: Span(line: line, range: (offset + from)..<(offset + at + 1)), hint: hint)
            }
            parts.append((String(chars[a..<b]), offset + a))
            start = end + 1
        }
        return parts
    }
}
