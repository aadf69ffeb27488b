import Foundation

/// The encodings school exports come in. Excel's rule decides: a UTF-8 BOM means UTF-8, a
/// UTF-16 BOM means UTF-16, otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252
/// (the Swedish PC code page).
enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 BOM"
    case utf16LE = "UTF-16 LE"
    case utf16BE = "UTF-16 BE"
    case utf32LE = "UTF-32 LE"
    case utf32BE = "UTF-32 BE"
    case windows1252 = "Windows-1252"

    /// Option spellings: utf-8, utf8, utf-16, utf-16le, utf-16be, windows-1252, cp1252, latin1, iso-8859-1.
    init?(option: String) {
        switch option.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-8-bom", "utf-8-sig", "utf8-bom": self = .utf8BOM
        case "utf-16", "utf16", "utf-16le", "utf-16-le", "utf16le": self = .utf16LE
        case "utf-16be", "utf-16-be", "utf16be": self = .utf16BE
        case "utf-32", "utf32", "utf-32le", "utf-32-le", "utf32le": self = .utf32LE
        case "utf-32be", "utf-32-be", "utf32be": self = .utf32BE
        case "windows-1252", "cp1252", "win1252", "latin1", "latin-1", "iso-8859-1", "ansi": self = .windows1252
        default: return nil
        }
    }

    /// UTF-16 that lacks its byte-order mark: text in it is mostly ASCII, so every other byte
    /// of the first few KB is zero (the odd ones little-endian, the even ones big-endian).
    static func utf16WithoutBOM(_ raw: UnsafeRawBufferPointer) -> TextEncoding? {
        let n = min(raw.count, 4096) & ~1
        guard n >= 4 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for i in stride(from: 0, to: n, by: 2) {
            if raw[i] == 0 { zeroEven += 1 }
            if raw[i + 1] == 0 { zeroOdd += 1 }
        }
        let pairs = n / 2
        if zeroOdd * 10 >= pairs * 3, zeroEven * 20 < pairs { return .utf16LE }
        if zeroEven * 10 >= pairs * 3, zeroOdd * 20 < pairs { return .utf16BE }
        return nil
    }

    /// The encoding a byte-order mark announces, and the BOM's length.
    static func bom(_ b: UnsafeRawBufferPointer) -> (TextEncoding, Int)? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8BOM, 3) }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0, b[3] == 0 { return (.utf32LE, 4) }
        if b.count >= 4, b[0] == 0, b[1] == 0, b[2] == 0xFE, b[3] == 0xFF { return (.utf32BE, 4) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2) }
        return nil
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all of `b` is valid.
    /// Eight ASCII bytes at a time: evidence files are nearly all ASCII.
    static func firstInvalidUTF8(_ b: UnsafeRawBufferPointer) -> Int? {
        let n = b.count
        var i = 0
        let high: UInt64 = 0x8080_8080_8080_8080
        while i < n {
            // 32 bytes of ASCII in one test, then 8, then straight to the first byte that is not
            // ASCII: most lines have a name or two with å, ä or ö, and nothing else.
            while i + 32 <= n, (b.loadUnaligned(fromByteOffset: i, as: UInt64.self) | b.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                                | b.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self) | b.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)) & high == 0 {
                i += 32
            }
            if i >= n { break }
            if i + 8 <= n {
                let w = UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & high
                if w == 0 { i += 8; continue }
                i += w.trailingZeroBitCount >> 3
            }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            // Two bytes, the shape of å, ä, ö and é: a lead C2–DF and one continuation byte.
            if c >= 0xC2, c <= 0xDF, i + 1 < n, b[i + 1] & 0xC0 == 0x80 { i += 2; continue }
            var len = 0
            var minValue: UInt32 = 0
            var v: UInt32 = 0
            if c & 0xE0 == 0xC0 { len = 2; minValue = 0x80; v = UInt32(c & 0x1F) }
            else if c & 0xF0 == 0xE0 { len = 3; minValue = 0x800; v = UInt32(c & 0x0F) }
            else if c & 0xF8 == 0xF0 { len = 4; minValue = 0x10000; v = UInt32(c & 0x07) }
            else { return i }
            if i + len > n { return i }
            for k in 1..<len {
                let cc = b[i + k]
                if cc & 0xC0 != 0x80 { return i }
                v = v << 6 | UInt32(cc & 0x3F)
            }
            if v < minValue || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return i }
            i += len
        }
        return nil
    }

    /// Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Undefined bytes keep their C1 code.
    private static let cp1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func fromWindows1252(_ b: UnsafeRawBufferPointer) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8)
        for c in b {
            if c < 0x80 { out.append(c); continue }
            let u = c < 0xA0 ? UInt32(cp1252High[Int(c - 0x80)]) : UInt32(c)
            appendUTF8(u, to: &out)
        }
        return out
    }

    /// UTF-16 (after the BOM) to UTF-8. Returns the offset of a broken surrogate on failure.
    static func fromUTF16(_ b: UnsafeRawBufferPointer, bigEndian: Bool) -> Result<[UInt8], UTF16Failure> {
        var out: [UInt8] = []
        out.reserveCapacity(b.count / 2 + 16)
        var i = 0
        func unit(_ k: Int) -> UInt32 { bigEndian ? UInt32(b[k]) << 8 | UInt32(b[k + 1]) : UInt32(b[k + 1]) << 8 | UInt32(b[k]) }
        while i + 1 < b.count {
            let u = unit(i)
            if u >= 0xD800, u <= 0xDBFF {
                guard i + 3 < b.count else { return .failure(UTF16Failure(offset: i, utf8Offset: out.count)) }
                let l = unit(i + 2)
                guard l >= 0xDC00, l <= 0xDFFF else { return .failure(UTF16Failure(offset: i, utf8Offset: out.count)) }
                appendUTF8(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00), to: &out)
                i += 4
                continue
            }
            if u >= 0xDC00, u <= 0xDFFF { return .failure(UTF16Failure(offset: i, utf8Offset: out.count)) }
            appendUTF8(u, to: &out)
            i += 2
        }
        if i < b.count { return .failure(UTF16Failure(offset: i, utf8Offset: out.count)) }
        return .success(out)
    }

    /// UTF-32 (after the BOM) to UTF-8. Returns the offset of a unit that is not a scalar.
    static func fromUTF32(_ b: UnsafeRawBufferPointer, bigEndian: Bool) -> Result<[UInt8], UTF16Failure> {
        var out: [UInt8] = []
        out.reserveCapacity(b.count / 4 + 16)
        var i = 0
        while i + 3 < b.count {
            let u = bigEndian ? UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
                              : UInt32(b[i + 3]) << 24 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i])
            if u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF) { return .failure(UTF16Failure(offset: i, utf8Offset: out.count)) }
            appendUTF8(u, to: &out)
            i += 4
        }
        if i < b.count { return .failure(UTF16Failure(offset: i, utf8Offset: out.count)) }
        return .success(out)
    }

    /// UTF-8 with its invalid bytes read as Windows-1252 (a file edited in two programs), the
    /// offsets of those bytes, and how many valid multi-byte sequences it has (to tell such a
    /// file from one that is Windows-1252 throughout).
    static func repairingUTF8(_ b: UnsafeRawBufferPointer) -> (bytes: [UInt8], invalid: [Int], validMultibyte: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 64)
        var invalid: [Int] = []
        var valid = 0
        var i = 0
        let n = b.count
        while i < n {
            let rest = UnsafeRawBufferPointer(rebasing: b[i...])
            guard let bad = firstInvalidUTF8(rest) else {
                for c in rest where c >= 0xC0 { valid += 1 }
                out.append(contentsOf: rest)
                break
            }
            let chunk = UnsafeRawBufferPointer(rebasing: b[i..<(i + bad)])
            for c in chunk where c >= 0xC0 { valid += 1 }
            out.append(contentsOf: chunk)
            let c = b[i + bad]
            appendUTF8(c < 0xA0 ? UInt32(cp1252High[Int(c - 0x80)]) : UInt32(c), to: &out)
            invalid.append(i + bad)
            i += bad + 1
        }
        return (out, invalid, valid)
    }

    struct UTF16Failure: Error { var offset: Int; var utf8Offset: Int }

    static func appendUTF8(_ u: UInt32, to out: inout [UInt8]) {
        if u < 0x80 { out.append(UInt8(u)) }
        else if u < 0x800 { out.append(UInt8(0xC0 | u >> 6)); out.append(UInt8(0x80 | u & 0x3F)) }
        else if u < 0x10000 {
            out.append(UInt8(0xE0 | u >> 12)); out.append(UInt8(0x80 | (u >> 6) & 0x3F)); out.append(UInt8(0x80 | u & 0x3F))
        } else {
            out.append(UInt8(0xF0 | u >> 18)); out.append(UInt8(0x80 | (u >> 12) & 0x3F))
            out.append(UInt8(0x80 | (u >> 6) & 0x3F)); out.append(UInt8(0x80 | u & 0x3F))
        }
    }
}
