import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Reference digests computed with Python 3:
///   hashlib.sha256(m).hexdigest() and hmac.new(k, m, hashlib.sha256).hexdigest()
/// (the HMAC cases 1, 2 and 6 are also RFC 4231's).
struct PrivacyHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256(_ message: String, _ digest: String) {
        #expect(SHA256.hex(SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test func sha256OfBinaryBlocks() {
        // hashlib.sha256(bytes(range(256))*3)
        let m = [UInt8]((0..<768).map { UInt8($0 % 256) })
        #expect(SHA256.hex(SHA256.hash(m)) == "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363")
    }

    @Test func hmacVectors() {
        #expect(SHA256.hex(SHA256.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8)))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(SHA256.hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // A key longer than the block is hashed first.
        #expect(SHA256.hex(SHA256.hmac(key: [UInt8](repeating: 0xaa, count: 131),
                                       message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
        // hmac.new(bytes(range(32)), b"8112189876", hashlib.sha256)
        #expect(SHA256.hex(SHA256.hmac(key: (0..<32).map { UInt8($0) }, message: Array("8112189876".utf8)))
                == "8d2fcad0395430f53da330c4af80b71eda2d20433c1bfad6d1569d637af7d277")
    }
}
