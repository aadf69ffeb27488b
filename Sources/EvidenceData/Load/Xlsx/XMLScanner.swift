import Foundation

/// A forward scanner over the bytes of one XML part of a workbook: element tags, their
/// attributes and the text between them, as byte ranges. Written by hand, not Foundation's
/// XMLParser, which was measured about 25× too slow on sheets and fails on parts over about
/// 10 MB (docs/loading.md, "Workbooks"). It reads what the parts of an .xlsx need (elements,
/// attributes, text, entities, comments, processing instructions, CDATA) and stops with a
/// `malformed XML` error naming the part at anything it cannot read.
struct XMLScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    /// The part's name in the package (`xl/worksheets/sheet1.xml`), for messages.
    let part: String
    var pos = 0

    struct Tag {
        /// The element's name as written (with any namespace prefix).
        var name: Range<Int>
        /// Between the name and `>` or `/>`.
        var attributes: Range<Int>
        var closing = false
        var selfClosing = false
    }

    /// A `fragment` is a part read from the middle (after `</sheetData>`): no first tag needed.
    init(base: UnsafePointer<UInt8>, count: Int, part: String, fragment: Bool = false) throws(XlsxError) {
        self.base = base
        self.end = count
        self.part = part
        if fragment { return }
        // A UTF-8 byte order mark, then whitespace, then the first tag.
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { pos = 3 }
        while pos < end, Self.isSpace(base[pos]) { pos += 1 }
        guard pos < end, base[pos] == UInt8(ascii: "<") else { throw malformed(WorkbookReaderMessage.xmlNoTag(), at: pos) }
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    func malformed(_ what: Message, at offset: Int) -> XlsxError { .malformedXML(part: part, offset: offset, what: what) }

    /// The next element tag (start, end or empty), skipping text, comments, processing
    /// instructions, the doctype and CDATA; nil at the end of the part.
    @inline(__always)
    mutating func next() throws(XlsxError) -> Tag? {
        while true {
            guard let lt = find(UInt8(ascii: "<"), from: pos) else { pos = end; return nil }
            let i = lt + 1
            guard i < end else { throw malformed(WorkbookReaderMessage.xmlLtAtEnd(), at: lt) }
            let c = base[i]
            if c == UInt8(ascii: "?") { pos = try skip(past: [UInt8(ascii: "?"), UInt8(ascii: ">")], from: i, what: WorkbookReaderMessage.xmlProcessing()); continue }
            if c == UInt8(ascii: "!") {
                if has("!--", at: i) { pos = try skip(past: Array("-->".utf8), from: i + 3, what: WorkbookReaderMessage.xmlComment()); continue }
                if has("![CDATA[", at: i) { pos = try skip(past: Array("]]>".utf8), from: i + 8, what: WorkbookReaderMessage.xmlCDATA()); continue }
                pos = try skip(past: [UInt8(ascii: ">")], from: i, what: WorkbookReaderMessage.xmlDeclaration()); continue
            }
            var tag = Tag(name: 0..<0, attributes: 0..<0)
            var s = i
            if c == UInt8(ascii: "/") { tag.closing = true; s += 1 }
            var e = s
            while e < end, !Self.isSpace(base[e]), base[e] != UInt8(ascii: ">"), base[e] != UInt8(ascii: "/") { e += 1 }
            guard e > s else { throw malformed(WorkbookReaderMessage.xmlNoName(), at: lt) }
            tag.name = s..<e
            // Attribute values may hold '>' only inside quotes.
            var j = e
            var quote: UInt8 = 0
            while j < end {
                let b = base[j]
                if quote != 0 { if b == quote { quote = 0 } } else if b == 0x22 || b == 0x27 { quote = b } else if b == UInt8(ascii: ">") { break }
                j += 1
            }
            guard j < end else { throw malformed(WorkbookReaderMessage.xmlOpenTag(), at: lt) }
            if j > e, base[j - 1] == UInt8(ascii: "/") { tag.selfClosing = true; tag.attributes = e..<(j - 1) } else { tag.attributes = e..<j }
            pos = j + 1
            return tag
        }
    }

    /// The text from here to the next tag (call right after a start tag).
    @inline(__always)
    func textRange() -> Range<Int> {
        let e = find(UInt8(ascii: "<"), from: pos) ?? end
        return pos..<e
    }

    @inline(__always)
    func find(_ c: UInt8, from: Int) -> Int? {
        guard from < end else { return nil }
        guard let p = memchr(base + from, Int32(c), end - from) else { return nil }
        return UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self) - base
    }

    private func has(_ s: StaticString, at i: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= end else { return false }
        return memcmp(base + i, s.utf8Start, n) == 0
    }

    private func skip(past marker: [UInt8], from: Int, what: Message) throws(XlsxError) -> Int {
        var i = from
        while let k = find(marker[0], from: i) {
            if k + marker.count <= end, (0..<marker.count).allSatisfy({ base[k + $0] == marker[$0] }) { return k + marker.count }
            i = k + 1
        }
        throw malformed(WorkbookReaderMessage.xmlNeverClosed(.message(what)), at: from)
    }

    // MARK: names and attributes

    /// True when the tag's local name (after any `prefix:`) is `local`.
    @inline(__always)
    func isNamed(_ tag: Tag, _ local: StaticString) -> Bool {
        let n = local.utf8CodeUnitCount
        let r = tag.name
        guard r.count >= n else { return false }
        let s = r.upperBound - n
        guard s == r.lowerBound || base[s - 1] == UInt8(ascii: ":") else { return false }
        return memcmp(base + s, local.utf8Start, n) == 0
    }

    /// Calls `body` with each attribute's name and value ranges (the value without quotes).
    @inline(__always)
    func forEachAttribute(_ tag: Tag, _ body: (Range<Int>, Range<Int>) throws(XlsxError) -> Void) throws(XlsxError) {
        var i = tag.attributes.lowerBound
        let e = tag.attributes.upperBound
        while true {
            while i < e, Self.isSpace(base[i]) { i += 1 }
            guard i < e else { return }
            let ns = i
            while i < e, base[i] != UInt8(ascii: "="), !Self.isSpace(base[i]) { i += 1 }
            let name = ns..<i
            while i < e, Self.isSpace(base[i]) { i += 1 }
            guard i < e, base[i] == UInt8(ascii: "=") else { throw malformed(WorkbookReaderMessage.xmlNoValue(), at: ns) }
            i += 1
            while i < e, Self.isSpace(base[i]) { i += 1 }
            guard i < e, base[i] == 0x22 || base[i] == 0x27 else { throw malformed(WorkbookReaderMessage.xmlNoQuotes(), at: ns) }
            let q = base[i]
            i += 1
            let vs = i
            while i < e, base[i] != q { i += 1 }
            guard i < e else { throw malformed(WorkbookReaderMessage.xmlOpenValue(), at: ns) }
            try body(name, vs..<i)
            i += 1
        }
    }

    /// The value of the attribute named exactly `name` (`r:id`, `sheetId`), if present.
    func attribute(_ tag: Tag, _ name: StaticString) throws(XlsxError) -> Range<Int>? {
        var found: Range<Int>?
        try forEachAttribute(tag) { n, v in if found == nil, equals(n, name) { found = v } }
        return found
    }

    @inline(__always)
    func equals(_ r: Range<Int>, _ s: StaticString) -> Bool {
        r.count == s.utf8CodeUnitCount && memcmp(base + r.lowerBound, s.utf8Start, r.count) == 0
    }

    /// An attribute's text with entities decoded.
    func string(_ r: Range<Int>) throws(XlsxError) -> String {
        var out: [UInt8] = []
        try XMLText.decode(base, r, into: &out, part: part)
        return String(decoding: out, as: UTF8.self)
    }

    /// Moves past the end tag of the element whose start tag was just read (nested elements
    /// of any name included).
    mutating func skipElement(_ start: Tag) throws(XlsxError) {
        guard !start.selfClosing else { return }
        var depth = 1
        while let t = try next() {
            if t.selfClosing { continue }
            depth += t.closing ? -1 : 1
            if depth == 0 { return }
        }
        throw malformed(WorkbookReaderMessage.xmlOpenElement(), at: start.name.lowerBound)
    }
}

/// Text content and attribute values: XML's entities and OOXML's `_xHHHH_` escapes decoded.
enum XMLText {
    /// Appends the decoded bytes of `r` to `out`.
    @inline(__always)
    static func decode(_ base: UnsafePointer<UInt8>, _ r: Range<Int>, into out: inout [UInt8], part: String,
                       ooxmlEscapes: Bool = false) throws(XlsxError) {
        var i = r.lowerBound
        let e = r.upperBound
        var plain = i
        func flush(_ upTo: Int) { if upTo > plain { out.append(contentsOf: UnsafeBufferPointer(start: base + plain, count: upTo - plain)) } }
        while i < e {
            let c = base[i]
            if c == UInt8(ascii: "&") {
                flush(i)
                var k = i + 1
                while k < e, k - i < 12, base[k] != UInt8(ascii: ";") { k += 1 }
                guard k < e, base[k] == UInt8(ascii: ";") else { throw .malformedXML(part: part, offset: i, what: WorkbookReaderMessage.xmlBareAmpersand()) }
                let name = UnsafeBufferPointer(start: base + i + 1, count: k - i - 1)
                guard let scalar = entity(name) else { throw .malformedXML(part: part, offset: i, what: WorkbookReaderMessage.xmlUnknownEntity(.text("&\(String(decoding: name, as: UTF8.self));"))) }
                appendUTF8(scalar, to: &out)
                i = k + 1
                plain = i
            } else if ooxmlEscapes, c == UInt8(ascii: "_"), i + 6 < e, base[i + 1] == UInt8(ascii: "x"), base[i + 6] == UInt8(ascii: "_"),
                      let v = hex(base + i + 2, 4), let s = Unicode.Scalar(v) {
                flush(i)
                appendUTF8(s, to: &out)
                i += 7
                plain = i
            } else {
                i += 1
            }
        }
        flush(e)
    }

    /// True when decoding would change the bytes.
    @inline(__always)
    static func needsDecoding(_ base: UnsafePointer<UInt8>, _ r: Range<Int>) -> Bool {
        for i in r where base[i] == UInt8(ascii: "&") || base[i] == UInt8(ascii: "_") { return true }
        return false
    }

    private static func entity(_ n: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: n, as: UTF8.self) {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard n.count >= 2, n[0] == UInt8(ascii: "#") else { return nil }
            let v: UInt32?
            if n[1] == UInt8(ascii: "x") || n[1] == UInt8(ascii: "X") {
                v = n.count > 2 ? hex(n.baseAddress! + 2, n.count - 2) : nil
            } else {
                v = UInt32(String(decoding: UnsafeBufferPointer(rebasing: n[1...]), as: UTF8.self))
            }
            return v.flatMap { Unicode.Scalar($0) }
        }
    }

    private static func hex(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt32? {
        guard n > 0, n <= 8 else { return nil }
        var v: UInt32 = 0
        for i in 0..<n {
            let c = p[i]
            let d: UInt8
            switch c {
            case 48...57: d = c - 48
            case 65...70: d = c - 55
            case 97...102: d = c - 87
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        return v
    }

    static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        if let encoded = UTF8.encode(s) { for b in encoded { out.append(b) } }
    }
}
