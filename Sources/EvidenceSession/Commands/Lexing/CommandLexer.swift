import EvidenceData

/// The one reader of command lines. The prompt, scripts, transcripts, replay, `Session.run` and
/// Tab completion all read lines here, so these rules hold everywhere:
///
/// - blanks separate words; "…", '…' and `…` group. A word that starts with a quote ends at the
///   closing quote; a quoted part inside a word (`path="my file.csv"`) groups too;
/// - `#` outside quotes starts a comment that runs to the end of the line;
/// - `;` outside quotes separates two commands on a line and is a word of its own (in the one
///   command `Session.run` is given, the line is split already, so a `;` is text);
/// - `\` as the last character before the comment continues the command on the next line;
/// - a quote left open ends with the line;
/// - a lone `→` (as evsh prints it) reads as `->`.
///
/// Positions are Character offsets in the line, for carets. The lexer never fails: an open
/// quote is reported (`endsInOpenQuote`) and the command decides what it means.
package enum CommandLexer {
    package static func scan(_ line: String) -> ScannedLine {
        let r = read(Array(line), marks: [.comments, .separators])
        return ScannedLine(line: line, words: r.words, commentStart: r.commentStart, endsInOpenQuote: r.open)
    }

    /// Words only: `#` and `;` are ordinary characters (for data lines such as a script's
    /// `# data: …` header, whose paths may hold either).
    package static func words(in text: String) -> [Word] {
        read(Array(text), marks: []).words
    }

    /// The one command `Session.run` is given: its text without the comment and surrounding
    /// blanks, the words of that text (positions in it) and the comment. The front ends have
    /// split their lines at `;` already, so a `;` still here is text (`delimiter=;`).
    package static func command(_ line: String) -> LexedCommand {
        let r = read(Array(line), marks: [.comments])
        let code = r.commentStart.map { String(line.prefix($0)) } ?? line
        let text = code.trimmed()
        return LexedCommand(text: text, words: commandWords(text), comment: comment(in: line, at: r.commentStart))
    }

    /// The text after the `#` at `start`, trimmed; nil when there is none or it is blank.
    static func comment(in line: String, at start: Int?) -> String? {
        guard let start else { return nil }
        let t = String(line.dropFirst(start + 1)).trimmed()
        return t.isEmpty ? nil : t
    }

    /// The words of one command, as `command` reads them.
    package static func commandWords(_ text: String) -> [Word] {
        read(Array(text), marks: [.comments]).words
    }

    static func isQuote(_ c: Character) -> Bool { c == "\"" || c == "'" || c == "`" }

    /// The characters that mean something beyond a word.
    struct Marks: OptionSet {
        let rawValue: Int
        static let comments = Marks(rawValue: 1)
        static let separators = Marks(rawValue: 2)
    }

    private static func read(_ chars: [Character], marks: Marks) -> (words: [Word], commentStart: Int?, open: Bool) {
        let comments = marks.contains(.comments), separators = marks.contains(.separators)
        var words: [Word] = []
        var open = false
        var i = 0
        func ends(_ c: Character) -> Bool { c.isWhitespace || (comments && c == "#") || (separators && c == ";") }
        // The text up to the closing `mark` (taken); false when the line ends first.
        func quoted(_ mark: Character, into text: inout String) -> Bool {
            i += 1
            while i < chars.count, chars[i] != mark { text.append(chars[i]); i += 1 }
            guard i < chars.count else { return false }
            i += 1
            return true
        }
        while i < chars.count {
            let ch = chars[i]
            if ch.isWhitespace { i += 1; continue }
            if comments, ch == "#" { return (words, i, false) }
            if separators, ch == ";" { words.append(Word(text: ";", range: i..<(i + 1))); i += 1; continue }
            let start = i
            var text = ""
            if isQuote(ch) {
                open = !quoted(ch, into: &text)
                words.append(Word(text: text, range: start..<i, quote: Word.Quote(ch)))
                continue
            }
            while i < chars.count, !ends(chars[i]) {
                let c = chars[i]
                guard isQuote(c) else { text.append(c); i += 1; continue }
                if c == "`" { text.append(c) }
                if quoted(c, into: &text) { if c == "`" { text.append(c) } } else { open = true }
            }
            words.append(Word(text: text == "→" ? "->" : text, range: start..<i))
        }
        return (words, nil, open)
    }
}

/// One command line as `Session.run` takes it apart.
package struct LexedCommand: Sendable, Equatable {
    /// The command without its comment, trimmed: carets point into this text.
    package var text: String
    package var words: [Word]
    /// The `# comment` after the command (trimmed), nil when there is none.
    package var comment: String?
}
