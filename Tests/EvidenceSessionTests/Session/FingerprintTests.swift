import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct FingerprintTests {
    // Reference digests from python3: hashlib.sha256(...).hexdigest().
    @Test func sha256KnownVectors() {
        #expect(SHA256Hasher.hex(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Hasher.hex(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Hasher.hex(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256Hasher.hex(of: "åäö läsning\n") == "f377560218e650a38645d4d8af13e6a470d682bcf8223b2a2a27a17c1b9f5458")
    }

    @Test func sha256OfAFileInUnevenChunks() throws {
        // bytes(i % 251 for i in range(3000)) → hashlib.sha256 in python3.
        let bytes = (0..<3000).map { UInt8($0 % 251) }
        var d = SHA256Hasher()
        d.update(Array(bytes[0..<7])); d.update(Array(bytes[7..<200])); d.update(Array(bytes[200...]))
        let expected = "e8ca4bf83f56152c01649f88bd7c91b15ae8137d9a709572e04fae55894ea75e"
        #expect(d.finish() == expected)
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        let p = dir + "/b.bin"
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        let (size, hash) = try DataFingerprint.fileDigest(p)
        #expect(size == 3000)
        #expect(hash == expected)
    }

    @Test func headerLineRoundTrips() {
        let f = DataFingerprint(name: "ht24", path: "exports/ht 24.csv", byteCount: 5120, rowCount: 412, sha256: String(repeating: "ab", count: 32))
        #expect(f.headerLine == "# data: ht24 path=\"exports/ht 24.csv\" size=5120 rows=412 sha256=\(f.sha256)")
        #expect(DataFingerprint.parse(headerLine: f.headerLine) == f)
        #expect(DataFingerprint.parse(headerLine: "# just a comment") == nil)
    }

    @Test func differencesAreSpelledOut() {
        let a = DataFingerprint(name: "d", path: "a.csv", byteCount: 100, rowCount: 10, sha256: "1111")
        var b = a
        #expect(a.differences(from: b).isEmpty)
        b.rowCount = 12; b.byteCount = 120; b.sha256 = "2222"
        let d = a.differences(from: b)
        #expect(d.contains("rows 10 → 12"))
        #expect(d.contains("size 100 → 120 bytes"))
    }

    @Test func demoFingerprintIsStable() {
        let a = Session(), b = Session()
        a.run("load demo"); b.run("load demo")
        #expect(a.dataFingerprints() == b.dataFingerprints())
        #expect(a.dataFingerprints().first?.rowCount == 300)
        #expect(a.dataFingerprints().first?.path == nil)
    }
}

struct FingerprintSourceTests {
    @Test func filePathsInsideTheWorkingFolderAreRelativeAndHashTheFile() throws {
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try "a,b\n1,2\n".write(toFile: dir + "/x.csv", atomically: true, encoding: .utf8)
        let loaded = LoadedTable(table: DemoSchool.table(), source: DataSource(path: dir + "/x.csv", description: "x", byteCount: 8))
        let f = DataFingerprint.of(name: "x", loaded: loaded, workingDirectory: dir)
        #expect(f.path == "x.csv")
        #expect(f.byteCount == 8)
        #expect(f.sha256 == SHA256Hasher.hex(of: "a,b\n1,2\n"))
        // Changed on disk since it was loaded: the loaded contents are fingerprinted instead.
        try "a,b\n1,2\n3,4\n".write(toFile: dir + "/x.csv", atomically: true, encoding: .utf8)
        let g = DataFingerprint.of(name: "x", loaded: loaded, workingDirectory: dir)
        #expect(g.sha256 == DataFingerprint.tableDigest(loaded.table))
    }

    @Test func derivedTablesAreNotFingerprinted() {
        let s = Session()
        s.run("load demo")
        s.addTable(LoadedTable(table: DemoSchool.table(), source: DataSource(path: nil, description: "join of a and b")), name: "joined")
        #expect(s.dataFingerprints().map(\.name) == ["demo"])
    }
}
