import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// The privacy step's refusals of a chart in workshop mode, in Swedish (issue 15), and no
/// personnummer echoed in any language.
struct ChartPrivacyMessageTests {
    let workshop = ["load demo", "set workshop on"]

    @Test func chartRefusals() {
        SwedishCommandCheck.check(workshop, "plot scatter reading_c1 reading_c2",
                                  en: "error: privacy: this chart draws one mark per student and is off in workshop mode\nhint: use 'plot box', 'plot hist' or 'plot heat'; or 'set workshop off'",
                                  sv: "fel: integritet: diagrammet ritar en markering per elev och är avstängt i workshopläge\ntips: använd 'plot box', 'plot hist' eller 'plot heat', eller 'set workshop off'")
        SwedishCommandCheck.check(workshop + ["filter class == \"4A\" and gender == \"F\" and year == 4 and reading_c1 > 600 as few"], "plot hist reading_c1",
                                  en: "students (min-group 10) and is off in workshop mode\nhint: chart a larger group; or 'set workshop off'",
                                  sv: "elever ('min-group' 10) och är avstängt i workshopläge\ntips: rita en större grupp, eller 'set workshop off'")
    }

    /// A personnummer typed into a command is not echoed by the catalogue's Swedish either.
    @Test func noPersonnummerEchoed() {
        SwedishCommandCheck.check(["load demo"], "select 19121212-1212", en: "error: unknown column '<personnummer>'", sv: "fel: okänd kolumn '<personnummer>'")
        #expect(!SwedishCommandCheck.output(["load demo"], "select 19121212-1212", .sv).contains("19121212"))
    }

    /// The privacy step keeps a diagnostic's catalogue notes (they are its Swedish notes), and
    /// scrubs them as it scrubs the rest.
    @Test func notesKeptAndScrubbed() {
        let d = Diagnostic.usage(CommonMessage.unknownColumn(.text("x")), span: nil, hint: nil)
            .noting([CommonMessage.noDatasetNamed(.text("19121212-1212"))])
        guard case .diagnostic(let out) = PrivacyStep.withoutPersonnummer(Output([.diagnostic(d)], status: .failed(.usage))).blocks[0] else {
            Issue.record("not a diagnostic"); return
        }
        #expect(out.catalogue.notes.count == 1)
        let swedish = DiagnosticRenderer.render(out, language: .sv).joined(separator: "\n")
        #expect(swedish.contains("det finns ingen datamängd som heter '<personnummer>'"), "\(swedish)")
        #expect(!swedish.contains("19121212"))
    }
}
