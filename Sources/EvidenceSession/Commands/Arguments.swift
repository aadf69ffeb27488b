import EvidenceData
import EvidenceAnalysis

/// The words of a command line after the command name, walked by a command's `run`.
public struct Arguments: Sendable {
    public let line: String
    public private(set) var words: [Word]
    public private(set) var position = 0

    public init(line: String, skipping first: Int = 1) {
        self.line = line
        self.words = Array(Arguments.split(line).dropFirst(first))
    }

    /// The words of one command, by `CommandLexer`'s rules.
    public static func split(_ line: String) -> [Word] { CommandLexer.commandWords(line) }

    /// Arrows glued to words become words of their own (`c1->c2`), for commands that take
    /// `A -> B`; the words already taken are left as they are.
    package mutating func splitArrows() {
        words = Array(words[..<position]) + CommandLexer.splittingArrows(Array(words[position...]))
    }

    /// `bins=20` typed for `bins 20`: a bare word `KEY=VALUE` whose key is one of `keys`
    /// becomes the two words (ranges kept, so carets still point at what was typed).
    package mutating func splitAssignments(of keys: Set<String>) {
        words = Array(words[..<position]) + words[position...].flatMap { w -> [Word] in
            let chars = Array(w.text)
            guard w.isBare, chars.count == w.range.count, let eq = chars.firstIndex(of: "="), eq > 0, eq + 1 < chars.count,
                  keys.contains(String(chars[..<eq]).lowercased()) else { return [w] }
            let lo = w.range.lowerBound
            return [Word(text: String(chars[..<eq]), range: lo..<(lo + eq)),
                    Word(text: String(chars[(eq + 1)...]), range: (lo + eq + 1)..<w.range.upperBound)]
        }
    }

    public var isAtEnd: Bool { position >= words.count }
    public var remaining: [Word] { Array(words[min(position, words.count)...]) }
    public func peek(_ k: Int = 0) -> Word? { position + k < words.count ? words[position + k] : nil }

    public mutating func next() -> Word? {
        guard position < words.count else { return nil }
        defer { position += 1 }
        return words[position]
    }

    /// Take the next word if it is the keyword `k`.
    public mutating func take(_ k: String) -> Bool {
        if let w = peek(), w.isKeyword(k) { position += 1; return true }
        return false
    }

    /// The next word, or `missing` (a whole catalogue message: "expected a dataset name after
    /// 'as'") at the end of the line, with the usage as its hint.
    public mutating func expect(_ missing: Message, usage: String) throws -> Word {
        guard let w = next() else {
            throw Diagnostic.usage(missing, span: endSpan, hint: CommonMessage.usage(.text(usage)))
        }
        return w
    }

    public mutating func expectKeyword(_ k: String, usage: String) throws {
        guard let w = next() else {
            throw Diagnostic.usage(ArgumentsMessage.expectedKeyword(.text(k)), span: endSpan, hint: CommonMessage.usage(.text(usage)))
        }
        if !w.isKeyword(k) {
            throw Diagnostic.usage(ArgumentsMessage.expectedKeywordFound(.text(k), .text(w.text)), span: span(w), hint: CommonMessage.usage(.text(usage)))
        }
    }

    /// Fails when words are left over.
    public func expectEnd(usage: String) throws {
        if let w = peek() {
            let r = w.range.lowerBound..<(words.last?.range.upperBound ?? w.range.upperBound)
            throw Diagnostic.usage(CommonMessage.unexpected(.text(w.text)), span: Span(line: line, range: r), hint: CommonMessage.usage(.text(usage)))
        }
    }

    /// The raw text from the current word to the end (or up to the first of `stop` keywords,
    /// outside quotes and brackets), with its offset in the line: expressions are parsed from it.
    public mutating func rest(stoppingAt stop: Set<String> = []) -> (text: String, offset: Int)? {
        guard let first = peek() else { return nil }
        var end = words.count
        var depth = 0
        for k in position..<words.count {
            let w = words[k]
            if w.isBare {
                for ch in w.text {
                    if ch == "(" || ch == "[" { depth += 1 }
                    if ch == ")" || ch == "]" { depth -= 1 }
                }
            }
            if k > position, depth <= 0, w.isBare, stop.contains(w.text.lowercased()) { end = k; break }
        }
        let lo = first.range.lowerBound
        let hi = words[end - 1].range.upperBound
        position = end
        let chars = Array(line)
        return (String(chars[lo..<hi]), lo)
    }

    public func span(_ w: Word) -> Span { Span(line: line, range: w.range) }
    public var endSpan: Span {
        let n = line.count
        return Span(line: line, range: n..<(n + 1))
    }

    /// `with key=value …` options at the end of a command.
    public mutating func options(usage: String) throws -> [(key: String, value: String, word: Word)] {
        var out: [(String, String, Word)] = []
        guard take("with") else { return [] }
        while let w = next() {
            guard let eq = w.text.firstIndex(of: "="), eq != w.text.startIndex else {
                throw Diagnostic.usage(ArgumentsMessage.expectedOption(.text(w.text)), span: span(w), hint: CommonMessage.usage(.text(usage)))
            }
            out.append((String(w.text[..<eq]).lowercased(), String(w.text[w.text.index(after: eq)...]), w))
        }
        return out
    }
}
