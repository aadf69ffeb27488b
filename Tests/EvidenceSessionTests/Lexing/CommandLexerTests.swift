import Testing
@testable import EvidenceData
@testable import EvidenceSession

/// The command-line rules as a table: each case is a line and what the lexer must read in it.
/// A word is given as typed (its range must cover exactly that) and, when they differ, its text.
struct CommandLexerTests {
    struct W: Sendable, ExpressibleByStringLiteral {
        var typed: String
        var text: String
        init(_ typed: String, _ text: String) { self.typed = typed; self.text = text }
        init(stringLiteral s: String) { self.init(s, s) }
    }

    struct Case: Sendable, CustomStringConvertible {
        var line: String
        var words: [W]
        var comment: String? = nil
        var continues = false
        var open = false
        var description: String { line }
    }

    static let cases: [Case] = [
        // blanks and quotes
        Case(line: "count by class", words: ["count", "by", "class"]),
        Case(line: "  count   by\tclass  ", words: ["count", "by", "class"]),
        Case(line: "load \"my file.csv\" as x", words: ["load", W("\"my file.csv\"", "my file.csv"), "as", "x"]),
        Case(line: "load 'say \"hi\".csv'", words: ["load", W("'say \"hi\".csv'", "say \"hi\".csv")]),
        Case(line: "filter `my col` > 3", words: ["filter", W("`my col`", "my col"), ">", "3"]),
        Case(line: "\"a\"b", words: [W("\"a\"", "a"), "b"]),
        // a quoted part inside a word groups; backticks (the expression language's) stay
        Case(line: "with title=\"a b\" x", words: ["with", W("title=\"a b\"", "title=a b"), "x"]),
        Case(line: "count by f(`a b`)", words: ["count", "by", "f(`a b`)"]),
        // comments
        Case(line: "count # by class", words: ["count"], comment: "by class"),
        Case(line: "count#x", words: ["count"], comment: "x"),
        Case(line: "# only a comment", words: [], comment: "only a comment"),
        Case(line: "count #", words: ["count"]),
        Case(line: "note \"a # b\" # c", words: ["note", W("\"a # b\"", "a # b")], comment: "c"),
        Case(line: "filter name == `x#y`", words: ["filter", "name", "==", W("`x#y`", "x#y")]),
        // separators
        Case(line: "load demo; count", words: ["load", "demo", ";", "count"]),
        Case(line: "count;count", words: ["count", ";", "count"]),
        Case(line: "filter name == \"a;b\"", words: ["filter", "name", "==", W("\"a;b\"", "a;b")]),
        Case(line: "count # a; b", words: ["count"], comment: "a; b"),
        // `\` continuation: the last character before the comment
        Case(line: "count \\", words: ["count", "\\"], continues: true),
        Case(line: "count by\\", words: ["count", "by\\"], continues: true),
        Case(line: "count \\# by class", words: ["count", "\\"], comment: "by class", continues: true),
        Case(line: "count \\ ", words: ["count", "\\"]),
        Case(line: "count # a comment \\", words: ["count"], comment: "a comment \\"),
        // an open quote ends with the line, and hides what follows
        Case(line: "load \"my fi", words: ["load", W("\"my fi", "my fi")], open: true),
        Case(line: "note it's # not a comment; nor a separator", words: ["note", W("it's # not a comment; nor a separator", "its # not a comment; nor a separator")], open: true),
        // arrows: spaced `->` and `→` are words; glued ones are split only where `A -> B` is taken
        Case(line: "compare reading c1 -> c2", words: ["compare", "reading", "c1", "->", "c2"]),
        Case(line: "compare reading c1 → c2", words: ["compare", "reading", "c1", W("→", "->"), "c2"]),
        Case(line: "compare reading c1->c2", words: ["compare", "reading", "c1->c2"]),
        Case(line: "title \"→\"", words: ["title", W("\"→\"", "→")]),
        // positions are Characters, not bytes
        Case(line: "läs \"å ä\" → x", words: ["läs", W("\"å ä\"", "å ä"), W("→", "->"), "x"]),
        Case(line: "", words: []),
    ]

    @Test("lexer rules", arguments: cases)
    func reads(_ c: Case) {
        let scanned = CommandLexer.scan(c.line)
        let chars = Array(c.line)
        #expect(scanned.words.map { String(chars[$0.range]) } == c.words.map(\.typed))
        #expect(scanned.words.map(\.text) == c.words.map(\.text))
        #expect(scanned.comment == c.comment)
        #expect(scanned.continues == c.continues)
        #expect(scanned.endsInOpenQuote == c.open)
    }

    @Test func theCodeIsTheLineBeforeItsComment() {
        #expect(CommandLexer.scan("count  # rows").code == "count  ")
        #expect(CommandLexer.scan("note \"#1\"").code == "note \"#1\"")
        #expect(CommandLexer.scan("count \\").continuedText == "count  ")
    }

    @Test func commandsBetweenSeparators() {
        #expect(CommandLexer.scan("load demo; count ;; filter x == \"a;b\" # c; d").commandTexts
                == ["load demo", "count", "filter x == \"a;b\""])
        #expect(CommandLexer.scan("use demo; count by ye").lastCommandWords.map(\.text) == ["count", "by", "ye"])
        #expect(CommandLexer.scan("count;").lastCommandWords.isEmpty)
    }

    /// `Session.run` gets one command: the front ends split at `;` already, so one left is text.
    @Test func oneCommandKeepsItsSemicolonsAsText() {
        let c = CommandLexer.command("  load a.csv with delimiter=;  # semicolons ")
        #expect(c.text == "load a.csv with delimiter=;")
        #expect(c.words.map(\.text) == ["load", "a.csv", "with", "delimiter=;"])
        #expect(c.words.last?.range == 16..<27)  // positions in the text, for carets
        #expect(c.comment == "semicolons")
        #expect(CommandLexer.command("# nothing").text.isEmpty)
    }

    /// Data lines: neither `#` nor `;` means anything there.
    @Test func wordsOnlyForDataLines() {
        #expect(CommandLexer.words(in: "x path=a#b;c.csv rows=3").map(\.text) == ["x", "path=a#b;c.csv", "rows=3"])
    }
}
