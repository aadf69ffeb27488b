import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Arrows and comma lists, the two places where one word or one expression is split further.
struct CommandLexerPartsTests {
    struct ArrowCase: Sendable, CustomStringConvertible {
        var line: String
        /// Each word as typed; an arrow's text is always `->`.
        var typed: [String]
        var description: String { line }
    }

    static let arrows: [ArrowCase] = [
        ArrowCase(line: "reading c1 -> c2", typed: ["reading", "c1", "->", "c2"]),
        ArrowCase(line: "reading c1->c2", typed: ["reading", "c1", "->", "c2"]),
        ArrowCase(line: "reading c1-> c2", typed: ["reading", "c1", "->", "c2"]),
        ArrowCase(line: "reading c1 ->c2", typed: ["reading", "c1", "->", "c2"]),
        ArrowCase(line: "reading c1→c2", typed: ["reading", "c1", "→", "c2"]),
        ArrowCase(line: "reading c1 → c2", typed: ["reading", "c1", "→", "c2"]),
        ArrowCase(line: "läsning_c1→läsning_c2", typed: ["läsning_c1", "→", "läsning_c2"]),
        ArrowCase(line: "a->b->c", typed: ["a", "->", "b", "->", "c"]),
        ArrowCase(line: "\"a->b\" x", typed: ["\"a->b\"", "x"]),
    ]

    @Test("arrows split out", arguments: arrows)
    func arrowsSplitOut(_ c: ArrowCase) {
        let words = CommandLexer.splittingArrows(CommandLexer.scan(c.line).words)
        let chars = Array(c.line)
        #expect(words.map { String(chars[$0.range]) } == c.typed)
        #expect(words.filter(\.isArrow).count == c.typed.filter { $0 == "->" || $0 == "→" }.count)
    }

    @Test func commaPartsKeepBracketsAndQuotesWhole() throws {
        let line = "count by a, f(b, c), [1, 2], \"x,y\" , d"
        let text = String(line.dropFirst(9))
        let parts = try CommandLexer.commaParts(text, offset: 9, line: line)
        #expect(parts.map(\.text) == ["a", "f(b, c)", "[1, 2]", "\"x,y\"", "d"])
        for p in parts { #expect(String(Array(line)[p.offset..<(p.offset + p.text.count)]) == p.text) }
    }

    struct EmptyPart: Sendable, CustomStringConvertible {
        var marked: String  // 1️⃣ where the caret starts, 2️⃣ where it ends
        var message: String
        var description: String { marked }
    }

    static let emptyParts: [EmptyPart] = [
        EmptyPart(marked: "class1️⃣,,2️⃣year", message: "expected an expression between two commas"),
        EmptyPart(marked: "class1️⃣, ,2️⃣year", message: "expected an expression between two commas"),
        EmptyPart(marked: "class1️⃣,2️⃣", message: "expected an expression after ','"),
        EmptyPart(marked: " 1️⃣,2️⃣ class", message: "expected an expression before ','"),
    ]

    /// An empty part is a usage error at its comma, never dropped.
    @Test("empty parts are errors", arguments: emptyParts)
    func emptyPartsAreErrors(_ c: EmptyPart) {
        let text = c.marked.replacingOccurrences(of: "1️⃣", with: "").replacingOccurrences(of: "2️⃣", with: "")
        let lo = Array(c.marked.components(separatedBy: "1️⃣")[0]).count
        let hi = Array(c.marked.components(separatedBy: "2️⃣")[0].replacingOccurrences(of: "1️⃣", with: "")).count
        #expect {
            _ = try CommandLexer.commaParts(text, offset: 0, line: text)
        } throws: { error in
            guard let d = error as? Diagnostic else { return false }
            return d.message == c.message && d.span?.range == lo..<hi && d.category == .usage
        }
    }

    @Test func countAndSummaryShareTheRule() {
        #expect(render(["load demo", "count by class,,year"]).text.contains("expected an expression between two commas"))
        #expect(render(["load demo", "summary reading_c1,"]).text.contains("expected an expression after ','"))
        #expect(render(["load demo", "count by class, year"]).text.contains("year"))
    }
}
