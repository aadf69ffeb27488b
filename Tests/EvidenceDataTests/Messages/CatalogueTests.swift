import Testing
@testable import EvidenceData
import EvidenceTestSupport

/// The message catalogue (docs/architecture.md, "Messages"): every key in every language, the
/// same arguments in each, and the Swedish entries Swedish.
struct CatalogueTests {
    static let keys = Catalogue.all

    @Test func everyAreaIsListed() {
        #expect(Self.keys.contains { $0.id == "CommonMessage.unknownCommand" })
        #expect(Self.keys.contains { $0.id == "CompareMessage.dzDav" })
        #expect(Self.keys.contains { $0.id == "LoadMessage.summaryHead" })
        #expect(Self.keys.contains { $0.id == "ExportMessage.dialectExcelSv" })
        #expect(Self.keys.contains { $0.id == "HelpPart.load.arg.PATH …" })
        #expect(Self.keys.contains { $0.id == "HelpPart.function.points" })
        #expect(Self.keys.contains { $0.id == "WorkbookMessage.aboutSheet" })
    }

    @Test("every key has every language", arguments: keys.map(\.id))
    func everyLanguage(_ id: String) throws {
        let entries = try #require(Self.keys.first { $0.id == id }).entries
        for l in Language.allCases {
            let t = try #require(entries[l], "\(id) has no \(l.rawValue) entry")
            #expect(!t.isEmpty, "\(id): the \(l.rawValue) entry is empty")
        }
    }

    /// A language may reorder the arguments but uses the same ones as English.
    @Test("every language fills the same arguments", arguments: keys.map(\.id))
    func sameArguments(_ id: String) throws {
        let entries = try #require(Self.keys.first { $0.id == id }).entries
        let english = Message.placeholders(in: entries[.en] ?? "")
        for (l, t) in entries { #expect(Message.placeholders(in: t) == english, "\(id) in \(l.rawValue): \(t)") }
    }

    @Test("Swedish entries hold no English words", arguments: keys.map(\.id))
    func swedishIsSwedish(_ id: String) throws {
        let sv = try #require(Self.keys.first { $0.id == id }?.entries[.sv])
        // Quoted words are commands and options the user types ('set width N'): not translated.
        let unquoted = sv.split(separator: "'", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        #expect(EnglishWords.found(in: unquoted).isEmpty, "\(id): \(sv)")
    }

    @Test func argumentsFillInOrderAndAnyOrder() {
        let m = Message.fill("{2} före {1}", [.text("a"), .text("b")], .swedish)
        #expect(m.text == "b före a")
        #expect(Message.fill("{{1}} {1}", [.text("x")], .english).text == "{1} x")
        // An unknown argument number stays visible rather than vanishing.
        #expect(Message.fill("{3}", [.text("x")], .english).text == "{3}")
    }

    @Test func countsStayTypedWithTheirNoun() {
        let one = CompareMessage.normsUncovered.prose(.sv, .count(1))
        #expect(one.counts == [1])
        let p = Message.fill("{1:elev|elever}", [.count(3)], .swedish)
        #expect(p.text == "3 elever")
        #expect(Message.fill("{1:elev|elever}", [.count(1)], .swedish).text == "1 elev")
        // Hidden by the privacy step: the noun agrees with "<10".
        #expect(p.suppressing(k: 10).text == "<10 elever")
        // A quantity (groups) is plain text, never hidden.
        let g = Message.fill("{1:grupp|grupper}", [.quantity(2)], .swedish)
        #expect(g.counts.isEmpty && g.text == "2 grupper")
    }

    @Test func numbersInTheLanguagesStyle() {
        let en = CompareMessage.dzDav.text(.en, .statistic(0.3612, decimals: 2, of: 50), .statistic(0.19, decimals: 2, of: 50),
                                           .statistic(0.86, decimals: 2, of: 50))
        #expect(en.hasPrefix("d_z (0.36) and d_av (0.19) differ because r = 0.86"))
        let sv = CompareMessage.dzDav.text(.sv, .statistic(0.3612, decimals: 2, of: 50), .statistic(0.19, decimals: 2, of: 50),
                                           .statistic(0.86, decimals: 2, of: 50))
        #expect(sv.hasPrefix("d_z (0,36) och d_av (0,19)"))
        // A statistic of fewer than K students is hidden with them, its unit too.
        let p = Message.fill("{1}", [.statistic(75, decimals: 0, of: 4, unit: " %")], .swedish).suppressing(k: 10)
        #expect(!p.text.contains("75"))
    }

    @Test func aDiagnosticIsShownInTheReadersLanguage() {
        let d = Diagnostic.usage(CommonMessage.unknownColumn(.text("klass")), span: Span(line: "count by klass", range: 9..<14),
                                 hint: Suggestions.suggestion("klass", in: ["class", "year"]))
        #expect(d.message == "unknown column 'klass'")
        #expect(d.hint == "did you mean 'class'?")
        #expect(DiagnosticRenderer.render(d) == ["error: unknown column 'klass'", "  count by klass", "           ^~~~~", "hint: did you mean 'class'?"])
        #expect(DiagnosticRenderer.render(d, language: .sv) == ["fel: okänd kolumn 'klass'", "  count by klass", "           ^~~~~", "tips: menade du 'class'?"])
    }

    @Test func interruptedInSwedish() throws {
        let c = Cancellation()
        c.cancel()
        #expect(throws: Diagnostic.self) { try c.check() }
        do { try c.check() } catch let d as Diagnostic {
            #expect(DiagnosticRenderer.render(d, language: .sv) == ["fel: avbrutet: stoppat med Ctrl-C; sessionen är som den var före kommandot"])
            #expect(DiagnosticRenderer.render(d) == ["error: interrupted: stopped by Ctrl-C; the session is as it was before this command"])
        }
    }
}
