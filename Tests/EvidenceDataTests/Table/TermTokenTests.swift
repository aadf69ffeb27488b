import Testing
@testable import EvidenceData

struct TermTokenTests {
    /// name → (normalised label, stem); nil = no term token.
    static let cases: [(String, String?, String?)] = [
        ("HT24", "ht24", ""),
        ("HT2024", "ht24", ""),
        ("VT2025", "vt25", ""),
        ("vt25", "vt25", ""),
        ("ht 2024", "ht24", ""),
        ("Höst 2024", "ht24", ""),
        ("våren 2025", "vt25", ""),
        ("T1 2025", "t1_2025", ""),
        ("Term 1 2025", "t1_2025", ""),
        ("termin 3 2024", "t3_2024", ""),
        ("2025 T2", "t2_2025", ""),
        ("2025-05", "2025-05", ""),
        ("vecka 12", "v12", ""),
        ("v12", "v12", ""),
        ("v.7", "v7", ""),
        ("Lärarobservation HT24", "ht24", "Lärarobservation"),
        ("Reading T1 2025 (aRs)", "t1_2025", "Reading (aRs)"),
        ("Poäng_ma_ht24", "ht24", "Poäng_ma"),
        ("NP åk6 HT2024", "ht24", "NP åk6"),
        ("HT24 Lärarobservation", "ht24", "Lärarobservation"),
        ("ma_ht24_poäng", "ht24", "ma_poäng"),
        ("results-2025-05", "2025-05", "results"),
        ("närvaro vecka 12", "v12", "närvaro"),
        ("maths_VT2025", "vt25", "maths"),
        ("HT1999", "ht1999", ""),
        // Not term tokens: a digit glued to a word, a month 13, a year alone, a term without a year.
        ("åk6", nil, nil),
        ("reading_c1", nil, nil),
        ("score_2025-13", nil, nil),
        ("year 2025", nil, nil),
        ("läsning_t1", nil, nil),
        ("htx24", nil, nil),
        ("shirt24", nil, nil),
        ("v99", nil, nil),
        ("", nil, nil),
    ]

    @Test(arguments: cases)
    func recognises(_ name: String, _ label: String?, _ stem: String?) {
        let t = TermToken.find(in: name)
        #expect(t?.label == label, "\(name)")
        #expect(t?.stem == stem, "\(name)")
    }
}
