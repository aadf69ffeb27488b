import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The load command's own words in Swedish: its errors and a workbook's sheets (issue 15).
struct LoadCommandMessageTests {
    let demo = ["load demo"]

    @Test func errors() {
        SwedishCommandCheck.check([], "load", en: "error: expected a file path or 'demo'", sv: "fel: det saknas en sökväg eller 'demo'")
        SwedishCommandCheck.check([], "load sessions/resultat.xlsx sheet", en: "error: expected a sheet's name or number after 'sheet'",
              sv: "fel: det saknas ett bladnamn eller bladnummer efter 'sheet'")
        SwedishCommandCheck.check([], "load demo as \"a b\"", en: "error: 'a b' cannot be a dataset name", sv: "fel: 'a b' kan inte vara namnet på en datamängd")
    }

    /// A path with spaces typed without quotes: the hint is the command's, in Swedish (the
    /// reader's "file not found" is `ReaderMessage`'s).
    @Test func pathWithSpaces() {
        let sv = SwedishCommandCheck.output([], "load sessions/terms/NP åk6 HT2024.csv", .sv)
        #expect(sv.contains("tips: en sökväg med mellanslag behöver citattecken: load \"sessions/terms/NP åk6 HT2024.csv\" (flera sökvägar staplar sina filer)"), "\(sv)")
        let en = SwedishCommandCheck.output([], "load sessions/terms/NP åk6 HT2024.csv", .en)
        #expect(en.contains("hint: a path with spaces needs quotes: load \"sessions/terms/NP åk6 HT2024.csv\" (several paths stack their files)"), "\(en)")
    }

    @Test func sheets() {
        SwedishCommandCheck.check([], "load sessions/resultat.xlsx sheets", en: "sessions/resultat.xlsx: 3 sheets", sv: "sessions/resultat.xlsx: 3 blad")
        SwedishCommandCheck.check([], "load sessions/resultat.xlsx sheets", en: "'load sessions/resultat.xlsx' reads sheet 1, 'Resultat'; choose another with 'sheet NAME' or 'sheet N'",
              sv: "'load sessions/resultat.xlsx' läser blad 1, 'Resultat'; välj ett annat med 'sheet NAMN' eller 'sheet N'")
        let sv = SwedishCommandCheck.output([], "load sessions/resultat.xlsx sheets", .sv)
        #expect(sv.contains("│ # │ blad "), "\(sv)")
        #expect(sv.contains("│ dolt "), "\(sv)")
        #expect(!sv.contains("hidden"), "\(sv)")
    }
}
