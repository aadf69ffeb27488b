import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// What the session says of personnummer turned into pseudonyms, in Swedish (issue 15).
struct PseudonymMessageTests {
    @Test func lookedUp() {
        for (language, one, many) in [
            (Language.en, "note: 1 personnummer in quotes looked up by its pseudonym (P-…); the number itself is not kept",
             "note: 2 personnummer in quotes looked up by their pseudonym (P-…); the number itself is not kept"),
            (.sv, "obs: 1 personnummer inom citattecken slogs upp med sin pseudonym (P-…); själva numret sparas inte",
             "obs: 2 personnummer inom citattecken slogs upp med sina pseudonymer (P-…); själva numren sparas inte"),
        ] {
            #expect(PseudonymMessage.lookedUpOne.text(language, .quantity(1), .text("P-")) == one)
            #expect(PseudonymMessage.lookedUpMany.text(language, .quantity(2), .text("P-")) == many)
        }
    }
}
