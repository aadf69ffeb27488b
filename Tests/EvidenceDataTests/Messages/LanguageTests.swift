import Testing
@testable import EvidenceData

/// The language from the environment, and Swedish numbers (docs/shell.md, "Language").
struct LanguageTests {
    @Test(arguments: [
        ([:], Language.en),
        (["LANG": "sv_SE.UTF-8"], .sv),
        (["LANG": "sv"], .sv),
        (["LANG": "sv_FI.UTF-8@euro"], .sv),
        (["LANG": "C.UTF-8"], .en),
        (["LANG": "en_GB.UTF-8"], .en),
        (["LANG": "sv_SE.UTF-8", "LC_ALL": "C"], .en),
        (["LANG": "C", "LC_MESSAGES": "sv_SE.UTF-8"], .sv),
        (["LANG": "sv_SE.UTF-8", "LC_ALL": ""], .sv),
        (["LANG": "svenska"], .en),
    ] as [([String: String], Language)])
    func fromEnvironment(_ env: [String: String], _ expected: Language) {
        #expect(Language.from(environment: env) == expected)
    }

    @Test func typedNames() {
        #expect(Language(word: "SV") == .sv)
        #expect(Language(word: "svenska") == .sv)
        #expect(Language(word: "en") == .en)
        #expect(Language(word: "fi") == nil)
    }

    static let nbsp = "\u{00A0}"

    @Test(arguments: [
        ("0.36", "0,36"), ("-0.01", "-0,01"), ("12", "12"), ("2025", "2025"), ("1234.5", "1234,5"),
        ("12345", "12\u{00A0}345"), ("1234567", "1\u{00A0}234\u{00A0}567"), ("-1234567.25", "-1\u{00A0}234\u{00A0}567,25"),
        ("100000", "100\u{00A0}000"), ("–", "–"), ("∞", "∞"), ("5A", "5A"),
    ])
    func swedishNumbers(_ english: String, _ swedish: String) {
        #expect(NumberStyle.swedish.apply(english) == swedish)
        #expect(NumberStyle.english.apply(english) == english)
    }

    @Test func cellsAndIntervals() {
        #expect(Cell.number(0.3612, decimals: 2).display(.swedish) == "0,36")
        #expect(Cell.integer(1_234_567).display(.swedish) == "1\(Self.nbsp)234\(Self.nbsp)567")
        #expect(Cell.integer(1_234_567).display == "1234567")
        let ci = Cell.interval(CellInterval(lower: 0.24, upper: 0.49, decimals: 2))
        #expect(ci.display == "[0.24, 0.49]")
        #expect(ci.display(.swedish) == "[0,24; 0,49]")
        let pct = CellInterval(estimate: 12, lower: 5, upper: 20.5, decimals: 1, style: .percent)
        #expect(pct.display(.swedish) == "12,0 % [5,0–20,5]")
        // Text cells are never touched, even when they look like numbers.
        #expect(Cell.text("0.5").display(.swedish) == "0.5")
    }

    /// The layout stays aligned: a no-break space is one column, and ASCII mode writes a plain one.
    @Test func tablesStayAlignedAndFoldToASCII() {
        let t = ResultTable(header: ["grupp", "n", "medel"], rows: [
            [.text("a"), .integer(123_456), .number(0.5, decimals: 2)],
            [.text("b"), .integer(7), .number(1234.25, decimals: 2)],
        ])
        let lines = TextRenderer.render(Block.table(t), options: RenderOptions(width: 80, language: .sv))
        #expect(Set(lines.map(DisplayWidth.of)).count == 1, "\(lines)")
        #expect(lines.contains { $0.contains("123\(Self.nbsp)456") && $0.contains("0,50") })
        let ascii = TextRenderer.render(Block.table(t), options: RenderOptions(width: 80, ascii: true, language: .sv))
        #expect(ascii.contains { $0.contains("123 456") })
        #expect(ascii.allSatisfy { $0.utf8.allSatisfy { $0 < 128 } })
    }
}
