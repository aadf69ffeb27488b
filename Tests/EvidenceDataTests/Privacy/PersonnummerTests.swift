import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Check digits computed with a Python Luhn (weights 2,1,2,…; (10 − sum mod 10) mod 10):
/// 811218987→6, 640823323→4, 050101123→3, 121212121→2, 990101001→8, 870761234→0.
struct PersonnummerTests {
    @Test(arguments: ["811218-9876", "811218+9876", "8112189876", "19811218-9876", "198112189876",
                      "640823-3234", "0501011233", "20050101-1233", "121212-1212", "990101-0018",
                      "870761-2340" /* samordningsnummer: day + 60 */])
    func valid(_ s: String) {
        #expect(Personnummer.isValid(s))
    }

    @Test(arguments: ["811218-9875" /* wrong check digit */, "811318-9876" /* month 13 */, "811200-9876" /* day 0 */,
                      "81121-89876" /* separator in the wrong place */, "811218--9876", "81121898765", "E001",
                      "", "21811218-9876" /* century 21 */, "8112l89876", "12345"])
    func invalid(_ s: String) {
        #expect(!Personnummer.isValid(s))
    }

    @Test func formsOfOnePersonNormaliseAlike() {
        let ten = Personnummer.normalized("811218-9876")
        #expect(ten == [8, 1, 1, 2, 1, 8, 9, 8, 7, 6])
        #expect(Personnummer.normalized("19811218-9876") == ten)
        #expect(Personnummer.normalized("811218+9876") == ten)
    }

    @Test func luhnDigit() {
        #expect(Personnummer.luhnCheckDigit([8, 1, 1, 2, 1, 8, 9, 8, 7][...]) == 6)
        #expect(Personnummer.luhnCheckDigit([0, 5, 0, 1, 0, 1, 1, 2, 3][...]) == 3)
    }

    @Test func numbersThatLostALeadingZero() {
        #expect(Personnummer.normalized(number: 501011233) == [0, 5, 0, 1, 0, 1, 1, 2, 3, 3])
        #expect(Personnummer.normalized(number: 198112189876) != nil)
        #expect(Personnummer.normalized(number: 42) == nil)
        #expect(Personnummer.normalized(number: .nan) == nil)
        #expect(Personnummer.normalized(number: -8112189876) == nil)
    }
}

struct PersonnummerNumberRangeTests {
    @Test func smallestAndLargestForms() {
        // 000101-0008: YY 00, MM 01, DD 01, NNN 000, check digit 8 (Luhn of 000101000: sum 2 → 8).
        #expect(Personnummer.normalized(number: 1_010_008) == [0, 0, 0, 1, 0, 1, 0, 0, 0, 8])
        #expect(Personnummer.normalized(number: 200501011233) == [0, 5, 0, 1, 0, 1, 1, 2, 3, 3])
        #expect(Personnummer.normalized(number: 1_009_999) == nil)
        #expect(Personnummer.normalized(number: 512) == nil)
    }
}
