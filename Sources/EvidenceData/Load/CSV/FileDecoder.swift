/// The file as UTF-8 bytes ready to parse, and how it was encoded.
struct DecodedSource: @unchecked Sendable {
    /// UTF-8 bytes: the mapped file itself, or a transcoded copy.
    var bytes: FileBytes
    /// Where the text starts (after a UTF-8 BOM).
    var start: Int
    var encoding: TextEncoding
    /// The file as read, for a second try in another encoding.
    var original: FileBytes
    /// UTF-8 with a few bytes that are not: the lines (first few) where those bytes were read
    /// as Windows-1252, and how many lines had them.
    var repairedLines: [Int] = []
    var repairedLineCount = 0

    /// How the summary names the encoding: `UTF-8`, `UTF-8 (Windows-1252 on 1 line)`, ….
    var encodingNote: LoadReport.Note {
        guard repairedLineCount > 0 else { return .text(encoding.rawValue) }
        return .message(ReaderMessage.encodingRepaired(.text(encoding.rawValue), .quantity(repairedLineCount)))
    }

    /// The warning for a file that mixes UTF-8 and Windows-1252.
    var repairWarning: Message? {
        guard repairedLineCount > 0 else { return nil }
        let lines = repairedLines.map(String.init).joined(separator: ", ") + (repairedLineCount > repairedLines.count ? ", …" : "")
        return repairedLineCount == 1 ? ReaderMessage.repairedLine(.text(lines))
            : ReaderMessage.repairedLines(.quantity(repairedLineCount), .text(lines))
    }
}

/// Decides the encoding (BOM, then UTF-8 validity, then Windows-1252) and transcodes when needed.
enum FileDecoder {
    /// Files up to this size are checked for UTF-8 in full before parsing; larger ones are
    /// checked at the start, and their text values again as they are read.
    static let fullCheckLimit = 32 << 20

    static func decode(_ file: FileBytes, forced: TextEncoding?, displayPath: String) throws -> DecodedSource {
        let bom = TextEncoding.bom(file.raw)
        var guess = forced ?? bom?.0
        if guess == nil {
            if let kind = BinaryFile.kind(of: file.raw) { throw BinaryFile.diagnostic(kind, displayPath: displayPath) }
            guess = TextEncoding.utf16WithoutBOM(file.raw)
        }
        switch guess {
        case .utf8, .utf8BOM:
            let start = bom?.0 == .utf8BOM ? 3 : 0
            if forced != nil, let bad = TextEncoding.firstInvalidUTF8(UnsafeRawBufferPointer(rebasing: file.raw[start...])) {
                throw invalidEncoding(file, at: start + bad, displayPath: displayPath, declared: "UTF-8")
            }
            return DecodedSource(bytes: file, start: start, encoding: bom?.0 == .utf8BOM ? .utf8BOM : .utf8, original: file)
        case .utf16LE, .utf16BE:
            let big = guess == .utf16BE
            let skip = bom.map { $0.0 == .utf16LE || $0.0 == .utf16BE ? $0.1 : 0 } ?? 0
            switch TextEncoding.fromUTF16(UnsafeRawBufferPointer(rebasing: file.raw[skip...]), bigEndian: big) {
            case .success(let utf8):
                return DecodedSource(bytes: FileBytes(bytes: utf8), start: 0, encoding: big ? .utf16BE : .utf16LE, original: file)
            case .failure(let f):
                var partial: [UInt8] = []
                if case .success(let p) = TextEncoding.fromUTF16(UnsafeRawBufferPointer(rebasing: file.raw[skip..<(skip + f.offset)]), bigEndian: big) { partial = p }
                let loc = LineCount.location(of: partial.count, in: FileBytes(bytes: partial))
                throw Diagnostic.data(ReaderMessage.notUTF16(.quantity(skip + f.offset)),
                                      location: FileLocation(file: displayPath, line: loc.line, column: loc.column),
                                      kind: ReaderMessage.invalidEncoding(), hint: ReaderMessage.notUTF16Hint())
            }
        case .utf32LE, .utf32BE:
            let big = guess == .utf32BE
            let skip = bom?.0 == guess ? 4 : 0
            switch TextEncoding.fromUTF32(UnsafeRawBufferPointer(rebasing: file.raw[skip...]), bigEndian: big) {
            case .success(let utf8):
                return DecodedSource(bytes: FileBytes(bytes: utf8), start: 0, encoding: guess!, original: file)
            case .failure(let f):
                throw Diagnostic.data(ReaderMessage.notUTF32(.quantity(skip + f.offset)), kind: ReaderMessage.invalidEncoding(),
                                      hint: ReaderMessage.notUTF32Hint())
            }
        case .windows1252:
            return windows1252(file)
        case nil:
            let limit = file.count <= fullCheckLimit ? file.count : 1 << 20
            if let bad = TextEncoding.firstInvalidUTF8(UnsafeRawBufferPointer(rebasing: file.raw[0..<limit])),
               limit == file.count || bad < limit - 4 {
                return notUTF8(file)
            }
            return DecodedSource(bytes: file, start: 0, encoding: .utf8, original: file)
        }
    }

    /// Bytes that are not all UTF-8: UTF-8 with a few Windows-1252 bytes when it has two valid
    /// multi-byte sequences or more (Windows-1252 text almost never forms one; one line pasted
    /// from another program), or one and no more odd bytes than that; otherwise
    /// Windows-1252 throughout. Either way the file is read once more, in full.
    static func notUTF8(_ file: FileBytes) -> DecodedSource {
        let r = TextEncoding.repairingUTF8(file.raw)
        guard r.validMultibyte >= 2 || (r.validMultibyte > 0 && r.validMultibyte >= r.invalid.count) else { return windows1252(file) }
        var source = DecodedSource(bytes: FileBytes(bytes: r.bytes), start: 0, encoding: .utf8, original: file)
        var lines: [Int] = []
        var count = 0
        var line = 1, i = 0, k = 0, lastLine = 0
        let b = file.base
        while k < r.invalid.count {
            let target = r.invalid[k]
            while i < target {
                if b[i] == 0x0A || (b[i] == 0x0D && (i + 1 >= file.count || b[i + 1] != 0x0A)) { line += 1 }
                i += 1
            }
            if lastLine != line { lastLine = line; count += 1; if lines.count < 5 { lines.append(line) } }
            k += 1
        }
        source.repairedLines = lines
        source.repairedLineCount = count
        return source
    }

    static func windows1252(_ file: FileBytes) -> DecodedSource {
        DecodedSource(bytes: FileBytes(bytes: TextEncoding.fromWindows1252(file.raw)), start: 0, encoding: .windows1252, original: file)
    }

    /// The error for bytes that are not UTF-8 although UTF-8 was asked for.
    static func invalidEncoding(_ bytes: FileBytes, displayPath: String) -> Diagnostic {
        let bad = TextEncoding.firstInvalidUTF8(bytes.raw) ?? 0
        return invalidEncoding(bytes, at: bad, displayPath: displayPath, declared: "UTF-8")
    }

    static func invalidEncoding(_ bytes: FileBytes, at offset: Int, displayPath: String, declared: String) -> Diagnostic {
        let loc = LineCount.location(of: offset, in: bytes)
        let b = offset < bytes.count ? bytes.base[offset] : 0
        let hex = String(b, radix: 16, uppercase: true)
        return Diagnostic.data(ReaderMessage.badByte(.text(hex.count == 1 ? "0" + hex : hex), .text(declared)),
                               location: FileLocation(file: displayPath, line: loc.line, column: loc.column),
                               kind: ReaderMessage.invalidEncoding(), hint: ReaderMessage.badByteHint())
    }
}
