import Foundation
import Crypto

/// SHA-256 and HMAC-SHA256 from swift-crypto (BoringSSL), in the shapes evsh uses: data
/// fingerprints of saved sessions (incremental: `update` chunks, then `finish`) and the HMAC
/// behind pseudonyms. The one file that imports Crypto; bytes in, bytes or hex out.
public struct SHA256Hasher {
    private var hasher = Crypto.SHA256()

    public init() {}

    public mutating func update(_ bytes: [UInt8]) {
        hasher.update(data: bytes)
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    public mutating func update(_ string: String) {
        var s = string
        s.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// The digest as 32 bytes.
    public mutating func finishBytes() -> [UInt8] { Array(hasher.finalize()) }

    /// The digest as 64 lowercase hex digits.
    public mutating func finish() -> String { Self.hex(finishBytes()) }

    /// The 32-byte SHA-256 digest of `message`.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: message))
    }

    public static func hex(of string: String) -> String {
        var d = SHA256Hasher()
        d.update(string)
        return d.finish()
    }

    /// HMAC-SHA256 of `message` under `key` (RFC 2104).
    public static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        Array(HMAC<Crypto.SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }

    /// Lowercase hexadecimal.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var s = ""
        s.reserveCapacity(bytes.count * 2)
        for b in bytes { s.append(digits[Int(b >> 4)]); s.append(digits[Int(b & 15)]) }
        return s
    }
}
