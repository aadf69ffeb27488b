import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Published test vectors for the SHA-256 and HMAC-SHA256 evsh takes from swift-crypto, so a
/// wrong wiring (bytes, key, hex) shows. Every value was also recomputed with Python 3's
/// `hashlib.sha256(m).hexdigest()` and `hmac.new(k, m, hashlib.sha256).hexdigest()`.
struct PrivacyHashTests {
    @Test(arguments: [
        // hashlib.sha256(b"")
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        // FIPS 180-4 examples (NIST CSRC "SHA256.pdf"): one block, and the 448-bit two-block message
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        // hashlib.sha256(b"a" * 1000)
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256(_ message: String, _ digest: String) {
        #expect(SHA256Hasher.hex(SHA256Hasher.digest(Array(message.utf8))) == digest)
        #expect(SHA256Hasher.hex(of: message) == digest)
    }

    @Test func sha256OfOneMillionA() {
        // FIPS 180-2 appendix B.3 (one million 'a'), fed in uneven chunks.
        var d = SHA256Hasher()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 999)
        for _ in 0..<1001 { d.update(chunk) }
        d.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000 - 999 * 1001))
        #expect(d.finish() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func sha256OfBinaryBlocks() {
        // hashlib.sha256(bytes(range(256))*3)
        let m = [UInt8]((0..<768).map { UInt8($0 % 256) })
        #expect(SHA256Hasher.hex(SHA256Hasher.digest(m)) == "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363")
    }

    /// RFC 4231 section 4, HMAC-SHA-256 (case 5, a truncated output, does not apply).
    @Test(arguments: [
        (1, [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (2, Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        (3, [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        (4, (1...25).map { UInt8($0) }, [UInt8](repeating: 0xcd, count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        // A key longer than the 64-byte block is hashed first.
        (6, [UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        (7, [UInt8](repeating: 0xaa, count: 131),
         Array("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8),
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ])
    func hmacRFC4231(_ testCase: Int, _ key: [UInt8], _ message: [UInt8], _ mac: String) {
        #expect(SHA256Hasher.hex(SHA256Hasher.hmac(key: key, message: message)) == mac, "RFC 4231 test case \(testCase)")
    }

    @Test func hmacOfAPersonnummer() {
        // hmac.new(bytes(range(32)), b"8112189876", hashlib.sha256)
        #expect(SHA256Hasher.hex(SHA256Hasher.hmac(key: (0..<32).map { UInt8($0) }, message: Array("8112189876".utf8)))
                == "8d2fcad0395430f53da330c4af80b71eda2d20433c1bfad6d1569d637af7d277")
    }
}
