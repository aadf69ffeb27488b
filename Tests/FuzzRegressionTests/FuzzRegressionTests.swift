import Foundation
import Testing
@testable import EvidenceFuzzing
import EvidenceTestSupport

/// Every input a fuzzer ever crashed on (Tests/FuzzRegressionTests/Crashes/TARGET/) and the
/// seed corpora replay through the same targets `make fuzz` runs: a crash found once is a test
/// for good. A crash here stops the test run, which is the failure.
struct FuzzRegressionTests {
    static func files(in dir: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        return e.compactMap { $0 as? String }.map { (dir as NSString).appendingPathComponent($0) }.filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }

    @Test("crash files replay without a crash", arguments: FuzzTarget.allCases)
    func crashes(_ target: FuzzTarget) {
        let dir = TestPaths.inPackage("Tests/FuzzRegressionTests/Crashes/\(target.rawValue)")
        for f in Self.files(in: dir) {
            if let d = FileManager.default.contents(atPath: f) { target.run([UInt8](d)) }
        }
        #expect(FileManager.default.fileExists(atPath: dir))
    }

    /// The cases that once crashed or hung evsh, written out (the list), through every
    /// target that reads text.
    @Test func knownHostileInputs() {
        let inputs: [String] = [
            String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000),
            String(repeating: "-", count: 10_000) + "1",
            String(repeating: "not ", count: 10_000) + "sen",
            String(repeating: "abs(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
            (0..<12_200).map { "year == \($0)" }.joined(separator: " or "),
            "\"unclosed", "`", "a -> -> b", "x\\\n\\\n", "# only a comment", ";;;;", "\u{0}\u{0}",
        ]
        for t in [FuzzTarget.expression, .commandLine, .transcript] {
            for s in inputs { t.run(Array(s.utf8)) }
        }
    }

    /// The workbook fixtures (hostile ones too) and their sheets' XML replay through the
    /// `xlsx` target, as `make fuzz` seeds it.
    @Test func workbooksReplayThroughTheWorkbookTarget() {
        let files = Self.files(in: TestPaths.inPackage("Tests/EvidenceDataTests/Load/Xlsx/Fixtures")).filter { !$0.hasSuffix(".py") }
        #expect(files.count >= 10)
        for f in files + [TestPaths.inPackage("sessions/resultat.xlsx")] {
            guard let d = FileManager.default.contents(atPath: f) else { continue }
            FuzzTarget.xlsx.run([UInt8](d))
            // The same bytes as XML (not a zip): the scanner meets binary garbage.
            FuzzTarget.xlsx.run([0x3C] + [UInt8](d.prefix(4096)))
        }
    }

    /// The sessions and transcripts in sessions/ are the seed corpus of the readers.
    @Test func sessionsReplayThroughTheReaders() {
        let files = Self.files(in: TestPaths.inPackage("sessions"))
        #expect(!files.isEmpty)
        for f in files {
            guard let d = FileManager.default.contents(atPath: f) else { continue }
            FuzzTarget.commandLine.run([UInt8](d))
            FuzzTarget.transcript.run([UInt8](d))
        }
    }
}
