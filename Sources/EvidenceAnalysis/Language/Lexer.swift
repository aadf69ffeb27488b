import EvidenceData

/// Splits expression text into tokens. It never throws: text it cannot read becomes an
/// `.invalid` token carrying a message, and the parser turns that into a diagnostic, so one
/// pass reports every problem in a line.
public enum Lexer {
    /// Tokens of `text`, which starts at Character `offset` of its line. Ends with `.end`.
    public static func tokenize(_ text: String, offset: Int = 0) -> [Token] {
        let c = Array(text)
        var out: [Token] = []
        var i = 0
        var lastEnd = -1
        func add(_ t: Token) {
            var t = t
            t.joined = t.range.lowerBound - offset == lastEnd
            lastEnd = t.range.upperBound - offset
            out.append(t)
        }
        func r(_ a: Int, _ b: Int) -> Range<Int> { (offset + a)..<(offset + b) }
        while i < c.count {
            let ch = c[i]
            if ch.isWhitespace { i += 1; continue }
            let start = i
            if ch.isNumber, ch.isASCII {
                // number → digits [ "." digits ] [ ("e"|"E") ["+"|"-"] digits ]
                while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
                if i + 1 < c.count, c[i] == ".", c[i + 1].isASCII, c[i + 1].isNumber {
                    i += 1
                    while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
                }
                if i + 1 < c.count, c[i] == "e" || c[i] == "E" {
                    var j = i + 1
                    if j < c.count, c[j] == "+" || c[j] == "-" { j += 1 }
                    if j < c.count, c[j].isASCII, c[j].isNumber {
                        i = j
                        while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
                    }
                }
                let s = String(c[start..<i])
                // Letters glued to a number (`5A`, `3x`) are not a number and not a name.
                if i < c.count, c[i].isLetter || c[i] == "_" {
                    while i < c.count, isNameChar(c[i]) { i += 1 }
                    let w = String(c[start..<i])
                    add(Token(.invalid, w, r(start, i), problem: ExpressionMessage.notNumberOrName(.text(w))))
                    continue
                }
                add(Token(.number, s, r(start, i), number: Double(s) ?? .nan))
                continue
            }
            if ch == "." , i + 1 < c.count, c[i + 1].isASCII, c[i + 1].isNumber {
                i += 1
                while i < c.count, c[i].isASCII, c[i].isNumber { i += 1 }
                let s = "0" + String(c[start..<i])
                add(Token(.number, String(c[start..<i]), r(start, i), number: Double(s) ?? .nan))
                continue
            }
            if ch.isLetter || ch == "_" {
                while i < c.count, isNameChar(c[i]) { i += 1 }
                let w = String(c[start..<i])
                if let k = Token.keywords[w.lowercased()] {
                    add(Token(k, w, r(start, i)))
                } else {
                    add(Token(.name, w, r(start, i)))
                }
                continue
            }
            if ch == "\"" || ch == "'" || ch == "`" || ch == "“" || ch == "”" || ch == "‘" || ch == "’" {
                let close: Character = ch == "“" ? "”" : ch == "‘" ? "’" : ch
                i += 1
                var s = ""
                while i < c.count, c[i] != close, !(ch == "“" && c[i] == "\"") { s.append(c[i]); i += 1 }
                let closed = i < c.count
                if closed { i += 1 }
                let kind: Token.Kind = ch == "`" ? .name : .string
                if !closed {
                    let what: ExpressionMessage = ch == "`" ? .unclosedBacktick : .unclosedQuote
                    add(Token(kind, s, r(start, i), problem: what(.text(String(close)))))
                } else if kind == .name && s.isEmpty {
                    add(Token(.invalid, "``", r(start, i), problem: ExpressionMessage.emptyBackticks()))
                } else {
                    add(Token(kind, s, r(start, i)))
                }
                continue
            }
            i += 1
            let next: Character? = i < c.count ? c[i] : nil
            var kind: Token.Kind?
            switch ch {
            case "+": kind = .plus
            case "-", "−", "–": kind = .minus
            case "*": kind = .star
            case "/": kind = .slash
            case "%": kind = .percent
            case "(": kind = .lparen
            case ")": kind = .rparen
            case "[": kind = .lbracket
            case "]": kind = .rbracket
            case ",": kind = .comma
            case "=":
                if next == "=" { i += 1; kind = .eq } else { kind = .assign }
            case "!":
                if next == "=" { i += 1; kind = .ne }
            case "<":
                if next == "=" { i += 1; kind = .le } else if next == ">" { i += 1; kind = .ne } else { kind = .lt }
            case ">":
                if next == "=" { i += 1; kind = .ge } else { kind = .gt }
            case "≤": kind = .le
            case "≥": kind = .ge
            case "≠": kind = .ne
            default: break
            }
            let s = String(c[start..<i])
            if let kind {
                add(Token(kind, s, r(start, i)))
            } else {
                let why = ch == "!" ? ExpressionMessage.bang()
                    : ch == "&" ? ExpressionMessage.ampersand()
                    : ch == "|" ? ExpressionMessage.pipe()
                    : ExpressionMessage.unexpectedCharacter(.text(s))
                add(Token(.invalid, s, r(start, i), problem: why))
            }
        }
        add(Token(.end, "", r(c.count, c.count)))
        return out
    }

    package static func isNameChar(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" }
}
