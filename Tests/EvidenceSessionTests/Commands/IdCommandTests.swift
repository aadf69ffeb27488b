import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// Issue 13, item 2: a personnummer column is the student id unless `with id=` named another,
/// so long data follows students over cycles; `id COLUMN` changes it after loading.
struct IdCommandTests {
    static let long = "Personnummer;termin;läsning;lnr\n"
        + "121212-1212;ht24;400;7\n190101-0007;ht24;410;8\n850709-9805;ht24;420;9\n"
        + "121212-1212;vt25;430;7\n190101-0007;vt25;415;8\n850709-9805;vt25;440;9\n"

    @Test func personnummerIsTheIDOfLongData() throws {
        let f = LoadFixtures()
        f.write("np.csv", Self.long)
        let load = f.run("load np.csv")
        #expect(!load.output.failed, "\(load.text)")
        #expect(load.text.contains("id: Personnummer"), "\(load.text)")
        #expect(load.text.contains("'Personnummer' is the student id"), "\(load.text)")
        #expect(!load.text.contains("1212-1212"), "never shown")
        let t = try #require(f.table("np"))
        #expect(t.idColumn?.name == "Personnummer")
        #expect(t.idColumn?.value(at: 0).description.hasPrefix("P-") == true)
        let cycles = f.run("cycles")
        #expect(!cycles.output.failed, "\(cycles.text)")
        #expect(cycles.text.contains("ht24") && cycles.text.contains("vt25"), "\(cycles.text)")
        let compare = f.run("compare läsning ht24 -> vt25")
        #expect(!compare.output.failed, "\(compare.text)")
        #expect(compare.text.contains("3"), "\(compare.text)")
    }

    @Test func aNamedIDWins() throws {
        let f = LoadFixtures()
        f.write("np.csv", Self.long)
        let load = f.run("load np.csv with id=lnr")
        #expect(load.text.contains("id: lnr") && !load.text.contains("is the student id"), "\(load.text)")
        let none = f.run("load np.csv as bare with id=none")
        #expect(!none.text.contains("id:"), "\(none.text)")
        #expect(f.table("bare")?.idColumn == nil)
        #expect(f.run("cycles").output.failed, "no id: long data cannot follow students")
    }

    @Test func idCommandChangesIt() throws {
        let f = LoadFixtures()
        f.write("np.csv", Self.long)
        _ = f.run("load np.csv")
        let shown = f.run("id")
        #expect(shown.text.contains("id: Personnummer"), "\(shown.text)")
        let changed = f.run("id lnr")
        #expect(changed.text.contains("id: lnr (was Personnummer)"), "\(changed.text)")
        let t = try #require(f.table("np"))
        #expect(t.idColumn?.name == "lnr" && t.columns.filter(\.isID).count == 1)
        #expect(t.idColumn?.value(at: 0) == .text("7"), "made text, as on load")
        #expect(!f.run("compare läsning ht24 -> vt25").output.failed)
        let cleared = f.run("id none")
        #expect(cleared.text.contains("no id column (was lnr)"), "\(cleared.text)")
        #expect(f.table("np")?.idColumn == nil)
        let bad = f.run("id lnum")
        #expect(bad.output.failed && bad.text.contains("did you mean 'lnr'?"), "\(bad.text)")
        // A view's id changes for the view only.
        _ = f.run("id Personnummer")
        _ = f.run("filter läsning > 405 as hi")
        _ = f.run("id lnr")
        #expect(f.session.tables["np"]?.table.idColumn?.name == "Personnummer")
    }
}
