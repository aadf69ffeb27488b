import Testing
@testable import EvidenceData

/// The one scanner: every form, only valid numbers, never part of a longer digit run.
struct PersonnummerScannerTests {
    static let key = [UInt8](repeating: 7, count: 32)

    @Test(arguments: [
        "20130419-5579", "201304195579", "130419-5579", "1304195579", "130419+5579", "20130419+5579",
        "130479-1237",  // samordningsnummer: day 19 + 60
    ])
    func everyFormIsFound(_ form: String) {
        let r = PersonnummerScanner.scrub("Elev 0 (\(form)) och mer")
        #expect(r == ("Elev 0 (<personnummer>) och mer", 1))
    }

    @Test(arguments: [
        "1304195578",       // wrong check digit
        "1313195579",       // month 13
        "21304195579",      // inside a longer digit run
        "2013041955791",
        "x201304195579123",
        "13041955",         // too short
        "20130419 5579",    // a space is not a separator
    ])
    func otherNumbersStay(_ text: String) {
        #expect(PersonnummerScanner.scrub(text) == (text, 0))
    }

    @Test func theKeyedPseudonymIsTheColumnRulesOne() {
        let r = PersonnummerScanner.scrub("a 20130419-5579 b 1304195579 c", key: Self.key)
        let p = Privacy.pseudonym("130419-5579", key: Self.key)
        #expect(r.count == 2)
        #expect(r.text == "a \(p) b \(p) c")
        #expect(p.hasPrefix("P-") && p.count == 12)
    }

    @Test func severalInOneTextAndNoneInPlainText() {
        #expect(PersonnummerScanner.scrub("20130419-5579,20131104-0255;161021-6929").count == 3)
        #expect(PersonnummerScanner.scrub("count by class").count == 0)
        #expect(PersonnummerScanner.scrub("åäö 20130419-5579 ü").text == "åäö <personnummer> ü")
    }
}
