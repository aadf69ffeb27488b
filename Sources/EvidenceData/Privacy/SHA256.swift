/// SHA-256 and HMAC-SHA256 (RFC 2104) over `SHA256Hasher`, written here so that pseudonyms need
/// no package dependency. Checked against Python's hashlib/hmac in PrivacyHashTests.
public enum SHA256 {
    /// The 32-byte digest of `message`.
    public static func hash(_ message: [UInt8]) -> [UInt8] {
        var h = SHA256Hasher()
        h.update(message)
        return h.finishBytes()
    }

    /// HMAC-SHA256 of `message` under `key` (RFC 2104; block size 64).
    public static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var k = key.count > 64 ? hash(key) : key
        k += [UInt8](repeating: 0, count: 64 - k.count)
        let inner = hash(k.map { $0 ^ 0x36 } + message)
        return hash(k.map { $0 ^ 0x5c } + inner)
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
