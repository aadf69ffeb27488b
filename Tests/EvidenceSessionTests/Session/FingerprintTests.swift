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

    /// Pinned so that saved scripts keep matching their data whatever computes SHA-256: values
    /// from evsh's earlier hand-written SHA-256, checked with Python 3 (the same rows joined,
    /// `.encode()`, `hashlib.sha256`). The file crosses fileDigest's 1 MiB chunk.
    @Test func pinnedFingerprintOfAFixedFile() throws {
        var csv = "elev;klass;läsning_ht24;matte_ht24\r\n"
        for i in 0..<60000 {
            let id = String(repeating: "0", count: 5 - String(i).count) + String(i)
            csv += "E\(id);7\(["A", "B", "C"][i % 3]);\(i % 37);\((i * 7) % 101),5\r\n"
        }
        let dir = temporaryDirectory(); defer { cleanup(dir) }
        try csv.write(toFile: dir + "/ht24.csv", atomically: true, encoding: .utf8)
        let (size, hash) = try DataFingerprint.fileDigest(dir + "/ht24.csv")
        #expect(size == 1_118_469)
        #expect(hash == "ab0f2fd7b03343a3e664ff0775c88279910de5e7062cb915ce18a9593054730c")
        let loaded = LoadedTable(table: DemoSchool.table(), source: DataSource(path: dir + "/ht24.csv", description: "ht24"))
        #expect(DataFingerprint.of(name: "ht24", loaded: loaded, workingDirectory: dir).sha256 == hash)
    }

    /// The built-in demo's digest, as written in the headers of the transcripts in sessions/.
    @Test func pinnedFingerprintOfTheDemo() {
        #expect(DataFingerprint.tableDigest(DemoSchool.table()) == "e87eef2d3f71ceeac90806c0a74599d27ee60e9ff9f1d2932cf6427da6d9327c")
    }

    /// Issue 13, item 10: the README tour (`let` on the demo, then `session save` → `evsh run`)
    /// must not warn that the demo data differ: the demo is fingerprinted as it was loaded.
    @Test func aLetAfterLoadingIsNotOtherData() {
        let a = Session()
        a.run("load demo")
        a.run("filter year == 5 and reading_c1 < 560 as focus")
        a.run("let gain = reading_c2 - reading_c1")
        a.run("use demo")
        let script = SessionScript.render(a)
        #expect(script.contains("sha256=e87eef2d3f71ceeac90806c0a74599d27ee60e9ff9f1d2932cf6427da6d9327c"), "\(script)")
        var warnings: [String] = []
        let r = ScriptRunner(session: Session()).run(text: script, file: "my-analysis.evsh") { ev in
            if case .warning(let w) = ev { warnings.append(w) }
        }
        #expect(r.exitStatus == .ok)
        #expect(warnings.isEmpty, "\(warnings)")
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
