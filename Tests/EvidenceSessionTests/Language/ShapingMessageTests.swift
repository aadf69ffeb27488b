import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `rename`, `select`, `sort` and `use` in Swedish (issue 15).
struct ShapingMessageTests {
    let demo = ["load demo"]

    @Test func rename() {
        SwedishCommandCheck.check(demo, "rename reading_c1 to r1", en: "renamed reading_c1 to r1", sv: "bytte namn på reading_c1 till r1")
        SwedishCommandCheck.check(demo, "rename reading_c1 to year", en: "error: there is already a column named 'year'\n  rename reading_c1 to year\n                       ^~~~\nhint: drop it first, or choose another name",
                                  sv: "fel: det finns redan en kolumn som heter 'year'\n  rename reading_c1 to year\n                       ^~~~\ntips: ta bort den först med 'drop', eller välj ett annat namn")
        SwedishCommandCheck.check(demo, "rename readng_c1 to x", en: "error: unknown column 'readng_c1'", sv: "fel: okänd kolumn 'readng_c1'")
        SwedishCommandCheck.check(demo, "rename readng_c1 to x", en: "hint: did you mean 'reading_c1'?", sv: "tips: menade du 'reading_c1'?")
        SwedishCommandCheck.check(demo, "rename reading_c1 to a`b", en: "error: 'a`b' is not a usable name", sv: "fel: 'a`b' går inte att använda som namn")
        SwedishCommandCheck.check(demo, "rename", en: "error: expected the column to rename", sv: "fel: det saknas kolumnen som ska byta namn")
        SwedishCommandCheck.check(demo, "rename reading_c1 to", en: "error: expected the new name", sv: "fel: det saknas det nya namnet")
    }

    @Test func selectSortUse() {
        SwedishCommandCheck.check(demo, "select", en: "error: expected the columns to keep", sv: "fel: det saknas kolumner att behålla")
        SwedishCommandCheck.check(demo, "select nope", en: "error: unknown column 'nope'\n  select nope\n         ^~~~\nhint: see 'describe' for the columns",
                                  sv: "fel: okänd kolumn 'nope'\n  select nope\n         ^~~~\ntips: 'describe' visar kolumnerna")
        SwedishCommandCheck.check(demo, "sort", en: "error: expected a column to sort by", sv: "fel: det saknas en kolumn att sortera efter")
        SwedishCommandCheck.check(demo, "use", en: "error: expected a dataset name", sv: "fel: det saknas ett namn på en datamängd")
    }

    /// Where a sorted dataset and a pivoted one came from, as `datasets` shows it.
    @Test func origins() {
        SwedishCommandCheck.check(["load demo", "pivot longer"], "datasets",
                                  en: "pivot longer of demo", sv: "'pivot longer' av demo")
        #expect(SwedishCommandCheck.output(["load demo", "sort reading_c1 desc"], "datasets", .en).contains(", sorted by reading_c1 desc"))
        #expect(SwedishCommandCheck.output(["load demo", "sort reading_c1 desc"], "datasets", .sv).contains(", sorterad efter reading_c1 desc"))
    }

    /// The table to change is gone (only reachable from inside the engine).
    @Test func noDataset() {
        let d = Diagnostic(.error, category: .usage, message: CommonMessage.noDataset(), hint: ShapingMessage.loadDemoFirst())
        #expect(DiagnosticRenderer.render(d, language: .en).joined(separator: "\n").contains("error: no dataset loaded\nhint: load one first: 'load demo'"))
        let sv = DiagnosticRenderer.render(d, language: .sv).joined(separator: "\n")
        #expect(sv.contains("fel: ingen datamängd är inläst\ntips: läs in en först: 'load demo'"), "\(sv)")
    }
}
