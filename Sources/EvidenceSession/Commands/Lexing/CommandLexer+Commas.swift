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
        if what == "an expression", let d = commas.lazy.compactMap({ decimalComma(chars, at: $0) }).first {
            // `summary reading_c1 * 0,5`: a decimal comma or two expressions? Refused with a caret.
            let (l, r) = (String(chars[d.lowerBound..<d.comma]), String(chars[(d.comma + 1)..<d.upperBound]))
            throw Diagnostic.usage(ExpressionMessage.ambiguousInList(.text(l), .text(r)),
                                   span: Span(line: line, range: (offset + d.lowerBound)..<(offset + d.upperBound)),
                                   hint: ExpressionMessage.pointOrSpaceInList(.text(l), .text(r)), kind: ExpressionMessage.kindNumber())
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

    /// Digits, the comma at `i` and digits with no space between (`0,5`), the digits before it a
    /// number of their own (not the end of a name such as `reading_c1`): the range and the comma.
    static func decimalComma(_ chars: [Character], at i: Int) -> (lowerBound: Int, comma: Int, upperBound: Int)? {
        func digit(_ k: Int) -> Bool { k >= 0 && k < chars.count && chars[k].isASCII && chars[k].isNumber }
        guard digit(i - 1), digit(i + 1) else { return nil }
        var a = i - 1
        while digit(a - 1) { a -= 1 }
        if a > 0, chars[a - 1].isLetter || chars[a - 1] == "_" || chars[a - 1] == "." || chars[a - 1] == "`" { return nil }
        var b = i + 1
        while digit(b) { b += 1 }
        return (a, i, b)
    }
}
