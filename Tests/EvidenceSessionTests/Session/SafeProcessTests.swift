import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession
import EvidenceTestSupport

/// `evsh run --safe` in a real process leaves the state folder as it found it: no folder, no
/// pseudonym key, no journal (it uses a key kept in memory).
@Suite(.serialized) struct SafeProcessTests {
    static let noBinary: Comment = "no evsh binary in .build/debug or .build/release: build it with 'swift build --build-tests'"
    static let files = [
        "s.evsh": "load ids.csv\ncount\n",
        "ids.csv": "personnummer;score\n20130419-5579;3\n20131104-0255;4\n",
    ]

    @Test(.enabled(if: TestPaths.evsh != nil, noBinary))
    func aSafeRunMakesNothingInTheStateFolder() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let r = try EvshBinary.run(["run", "--safe", "s.evsh"], environment: ["XDG_STATE_HOME": state], files: Self.files)
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.contains("2 rows"), "\(r.stdout)")
        #expect(!r.stdout.contains("5579") && !r.stderr.contains("5579"))
        #expect(!FileManager.default.fileExists(atPath: state), "safe mode made \(state): \((try? FileManager.default.subpathsOfDirectory(atPath: state)) ?? [])")
    }

    @Test(.enabled(if: TestPaths.evsh != nil, noBinary))
    func aRunWithoutSafeKeepsItsKey() throws {
        // The same script without --safe makes the key: the test above does test something.
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let state = dir + "/state"
        let r = try EvshBinary.run(["run", "s.evsh"], environment: ["XDG_STATE_HOME": state], files: Self.files)
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: state + "/evsh/pseudonym.key"))
    }
}
