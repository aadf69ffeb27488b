import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Pseudonyms for one fixed key, pinned so that a change of hash implementation cannot change
/// them: a key file kept from an earlier evsh must give the same pseudonyms (privacy.md).
/// Computed with evsh's earlier hand-written HMAC-SHA256 and checked with Python 3:
///   key = bytes.fromhex(PinnedPseudonymTests.keyHex)
///   "P-" + hmac.new(key, b"8112189876", hashlib.sha256).hexdigest()[:10]
struct PinnedPseudonymTests {
    static let keyHex = "3848f554c441901d697ed301a7a467a5682970ceefecd3a35575ffd8a6b4f725"
    static let key: [UInt8] = stride(from: 0, to: keyHex.count, by: 2).map { i in
        let s = keyHex.index(keyHex.startIndex, offsetBy: i)
        return UInt8(keyHex[s..<keyHex.index(s, offsetBy: 2)], radix: 16)!
    }

    @Test(arguments: [
        // value as a file may hold it, the message hashed, 10 and 16 hex digits
        ("811218-9876", "8112189876", "P-568c0fff4e", "P-568c0fff4e5fa86f"),
        ("19811218-9876", "8112189876", "P-568c0fff4e", "P-568c0fff4e5fa86f"),
        ("640823-3234", "6408233234", "P-a187b58205", "P-a187b58205c88707"),
        ("050101-1233", "0501011233", "P-71c4acdc2f", "P-71c4acdc2f8381fb"),
        ("811278+9873", "8112789873", "P-8fedb5187e", "P-8fedb5187ebbc80e"),   // samordningsnummer
        ("20070512-3453", "0705123453", "P-1557d6a39a", "P-1557d6a39ae1f721"),
        ("not a number", "x:not a number", "P-b397d15d8c", "P-b397d15d8cc2e194"),
        ("811218-9875", "x:811218-9875", "P-2072becb0d", "P-2072becb0dfe5e5d"), // fails Luhn
    ])
    func pinnedPseudonym(_ value: String, _ message: String, _ ten: String, _ sixteen: String) {
        #expect(Privacy.pseudonym(value, key: Self.key) == ten)
        #expect(Privacy.pseudonym(value, key: Self.key, hexDigits: 16) == sixteen)
    }

    /// The way a user meets them: a key file left by an earlier evsh, a file loaded, rows exported.
    @Test func anExistingKeyFileGivesThePinnedPseudonyms() throws {
        let dir = try TempDir()
        let state = dir.path + "/state"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        #expect(FileManager.default.createFile(atPath: state + "/" + PseudonymKey.fileName, contents: Data(Self.key),
                                               attributes: [.posixPermissions: 0o600]))
        try "personnummer;klass\n811218-9876;7A\n640823-3234;7B\n0501011233;7A\n"
            .write(toFile: dir.path + "/elever.csv", atomically: true, encoding: .utf8)
        let s = Session(environment: SessionEnvironment(terminalWidth: { 100 }, stateDirectory: state, workingDirectory: dir.path))
        for line in ["load elever.csv", "export elever to out.csv"] { #expect(!s.run(line).failed, "\(line)") }
        let csv = try String(contentsOfFile: dir.path + "/out.csv", encoding: .utf8)
        #expect(csv == "personnummer,klass\r\nP-568c0fff4e,7A\r\nP-a187b58205,7B\r\nP-71c4acdc2f,7A\r\n")
    }
}
