import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct PersonnummerScrubberTests {
    // Luhn-valid examples checked in python3 (weights 2,1,2,… over the first nine digits):
    // 811218-9876 (Skatteverket's example), 121212-1212, 701063-2391 (samordningsnummer, day 63).
    @Test(arguments: ["811218-9876", "8112189876", "19811218-9876", "198112189876", "121212+1212", "701063-2391"])
    func validOnesAreReplaced(_ p: String) {
        let r = PersonnummerScrubber.scrub("filter pnr == \"\(p)\"  # \(p)")
        #expect(r.count == 2)
        #expect(r.text == "filter pnr == \"<personnummer>\"  # <personnummer>")
    }

    @Test(arguments: ["811218-9875", "811318-9876", "12345", "300 rows", "20241231", "0811218-98760", "2024-05-06"])
    func othersAreLeftAlone(_ s: String) {
        #expect(PersonnummerScrubber.scrub(s) == (s, 0))
    }

    @Test func neverSavedJournaledOrExported() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let s = session(in: dir, state: dir + "/state")
        s.run("load demo")
        s.run("note asked about 811218-9876")
        s.run("count by class  # from 8112189876's teacher")
        let o = s.run("session save p.evsh")
        #expect(rendered(o, s).contains("2 personnummer replaced by <personnummer>"))
        #expect(!s.run("session export p.md").failed)
        let journal = try #require(s.journal?.path).replacingOccurrences(of: dir + "/", with: "")
        for f in ["p.evsh", "p.md", journal] {
            let text = try String(contentsOfFile: dir + "/" + f, encoding: .utf8)
            // The numbers as typed, not "9876" alone: the temporary folder's random name can hold that.
            #expect(!text.contains("811218-9876") && !text.contains("8112189876"), "\(f) holds a personnummer")
            #expect(text.contains("<personnummer>"), "\(f)")
        }
    }
}
