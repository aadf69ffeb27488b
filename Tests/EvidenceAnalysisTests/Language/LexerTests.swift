import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct LexerTests {
    func dump(_ s: String) -> String { Lexer.tokenize(s).map(\.dump).joined(separator: " ") }

    @Test func numbersNamesAndOperators() {
        #expect(dump("year == 5 and reading_c1 < 350.5") == "name(year) == number(5) and name(reading_c1) < number(350.5) end")
        #expect(dump("a!=b<=c>=d<>e") == "name(a) != name(b) <= name(c) >= name(d) != name(e) end")
        #expect(dump("(x + 1e3) * -2 % 3 / .5") == "( name(x) + number(1e3) ) * - number(2) % number(3) / number(.5) end")
    }

    @Test func stringsBackticksAndUnicodeNames() {
        #expect(dump("class == \"5A\" or class == '5B'") == "name(class) == string(5A) or name(class) == string(5B) end")
        #expect(dump("`Läsförståelse HT24` > läsning_ht24") == "name(Läsförståelse HT24) > name(läsning_ht24) end")
        #expect(dump("x IN [1, 2] AND NOT y IS MISSING") == "name(x) in [ number(1) , number(2) ] and not name(y) is missing end")
    }

    @Test func rangesAreCharactersOfTheLineWithOffset() {
        let t = Lexer.tokenize("läsning_ht24 >= 3", offset: 7)
        #expect(t.map(\.range) == [7..<19, 20..<22, 23..<24, 24..<24])
    }

    @Test func badInputBecomesInvalidTokensNotErrors() {
        let t = Lexer.tokenize("x & 5A \"open")
        #expect(t.map(\.kind) == [.name, .invalid, .invalid, .string, .end])
        #expect(t[1].problem?.text(.en).contains("use 'and'") == true)
        #expect(t[2].problem?.text(.en).contains("\"5A\"") == true)
        #expect(t[3].problem?.text(.en).contains("unclosed quote") == true)
    }

    @Test func singleEqualsAndJoinedCommaAreTokensForTheParserToExplain() {
        let t = Lexer.tokenize("year = 3,5")
        #expect(t.map(\.kind) == [.name, .assign, .number, .comma, .number, .end])
        #expect(t[3].joined && t[4].joined)
        #expect(!Lexer.tokenize("3, 5")[2].joined)
    }
}
