import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// A file with personnummer: after `load`, no command output and no saved artefact holds them.
struct LoadPseudonymTests {
    // Valid numbers: check digits computed in Python with the Luhn rule (weights 2,1,2,… over 9 digits).
    static let numbers = ["121212-1212", "190101-0007", "850709-9805"]

    @Test func personnummerAreReplacedOnLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evsh-pnr-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for n in Self.numbers { #expect(Personnummer.normalized(n) != nil, "\(n) should be valid") }
        let csv = "personnummer;class;reading\n" + Self.numbers.enumerated().map { "\($1);4A;\(400 + $0)" }.joined(separator: "\n") + "\n"
        try csv.write(toFile: dir + "/pupils.csv", atomically: true, encoding: .utf8)
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, stateDirectory: dir + "/state", workingDirectory: dir))
        var text = ""
        for line in ["load pupils.csv", "list", "describe", "count by personnummer", "export pupils to out.csv"] {
            let o = s.run(line)
            #expect(!o.failed, "\(line) failed: \(TextRenderer.renderString(o, options: s.renderOptions))")
            text += TextRenderer.renderString(o, options: s.renderOptions) + "\n"
        }
        #expect(text.contains("P-"), "pseudonyms are shown instead")
        #expect(text.contains("pseudonym"), "the user is told")
        let exported = try String(contentsOfFile: dir + "/out.csv", encoding: .utf8)
        for n in Self.numbers {
            let digits = n.filter(\.isNumber)
            #expect(!text.contains(n) && !text.contains(digits), "\(n) leaked into output")
            #expect(!exported.contains(n) && !exported.contains(digits), "\(n) leaked into an export")
        }
        let key = try FileManager.default.attributesOfItem(atPath: dir + "/state/pseudonym.key")
        #expect((key[.posixPermissions] as? Int) == 0o600)
    }
}
