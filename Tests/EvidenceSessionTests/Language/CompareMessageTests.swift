import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `compare`'s own errors in Swedish (issue 15; its report is `SwedishSessionTests`').
struct CompareMessageTests {
    let demo = ["load demo"]

    @Test func clauses() {
        SwedishCommandCheck.check(demo, "compare reading c1 -> c2 bootstrap 5", en: "error: bootstrap takes a whole number from 100 to 100000, not '5'",
              sv: "fel: 'bootstrap' ska vara ett heltal från 100 till 100 000, inte '5'")
        SwedishCommandCheck.check(demo, "compare reading c1 -> c2 bootstrap", en: "error: expected a number of resamples after 'bootstrap'",
              sv: "fel: det saknas ett antal omdragningar efter 'bootstrap'")
        SwedishCommandCheck.check(demo, "compare reading c1 -> c2 norms", en: "error: expected a norms name after 'norms'", sv: "fel: det saknas namnet på en normtabell efter 'norms'")
        SwedishCommandCheck.check(demo, "compare reading c1 -> c2 seed x", en: "error: seed takes a whole number, not 'x'", sv: "fel: 'seed' ska vara ett heltal, inte 'x'")
        SwedishCommandCheck.check(demo, "compare reading c1 -> c2 seed", en: "error: expected a number after 'seed'", sv: "fel: det saknas ett tal efter 'seed'")
        SwedishCommandCheck.check(demo, "compare reading c1 -> c2 by", en: "error: expected a column after 'by'", sv: "fel: det saknas en kolumn efter 'by'")
    }

    /// Over 200 million resampled students is refused; the demo school is too small to reach
    /// it, so the message is checked as the command fills it.
    @Test func tooMuchWork() {
        #expect(CompareMessage.tooMuchWork.text(.en, "100000", .count(3000)) == "bootstrap 100000 × 3000 students is too much work for the prompt")
        #expect(CompareMessage.tooMuchWork.text(.sv, "100000", .count(3000)) == "bootstrap 100000 × 3000 elever är för mycket arbete vid prompten")
        #expect(CompareMessage.fewerResamples.text(.sv) == "använd färre omdragningar (intervallet stabiliseras vid ungefär 2 000) eller en mindre grupp")
    }
}
