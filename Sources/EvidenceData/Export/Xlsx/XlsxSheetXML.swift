/// One worksheet's XML, written as bytes (a 100 000-row view is millions of cells; docs/evidence.md,
/// "Workbooks"): a bold header row frozen in place (a pane with ySplit=1), column widths from
/// the header and the first rows, numbers as numbers, text as shared strings (never a
/// formula: a cell is typed, so `=…` stays text), booleans as booleans, missing as no cell.
struct XlsxSheetXML {
    var bytes: [UInt8] = []
    var strings: XlsxSharedStrings
    /// Text cells a spreadsheet would have run as formulas in a CSV file.
    var formulaLike = 0

    /// Excel's limits: a sheet holds at most 1 048 576 rows and 16 384 columns.
    static let maxRows = 1_048_576, maxColumns = 16_384

    /// Text as inline strings, not shared: the about sheet, stored unpacked, so a workbook's
    /// size does not change with the time it was written (docs/evidence.md, "Workbooks").
    var inline = false

    init(strings: XlsxSharedStrings, inline: Bool = false) {
        self.strings = strings
        self.inline = inline
    }

    /// The rest of a text cell after `<c` and its attributes so far.
    mutating func text(_ s: String) {
        if inline {
            append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">"); bytes += XlsxText.escaped(strings.scrub(s)); append("</t></is></c>")
        } else {
            put(" t=\"s\"><v>"); Self.appendInteger(strings.index(s), to: &bytes); put("</v></c>")
        }
    }

    /// A column's codes (`ExportRows.textCode`) → shared-string index, and whether the text
    /// looks like a formula; filled as codes are met.
    private struct CodeCache {
        var index: [Int32] = []
        var formulaLike: [Bool] = []
    }

    /// A text field of column `c`: its code's cached index, else looked up once.
    private mutating func text(_ s: String, code: Int, cache: inout CodeCache) {
        if code >= cache.index.count {
            cache.index += repeatElement(-1, count: code + 1 - cache.index.count)
            cache.formulaLike += repeatElement(false, count: code + 1 - cache.formulaLike.count)
        }
        if cache.index[code] < 0 {
            cache.index[code] = Int32(strings.index(s))
            cache.formulaLike[code] = FormulaGuard.isTriggering(s)
        } else {
            strings.reuse()
        }
        if cache.formulaLike[code] { formulaLike += 1 }
        put(" t=\"s\"><v>"); Self.appendInteger(Int(cache.index[code]), to: &bytes); put("</v></c>")
    }

    mutating func write(_ rows: ExportRows, selected: Bool) {
        let width = rows.header.count
        var caches = [CodeCache](repeating: CodeCache(), count: inline ? 0 : width)
        let letters = (0..<width).map(Self.columnLetters)
        bytes.reserveCapacity(64 + rows.count * width * 14)
        append("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        """)
        let last = width == 0 ? "A1" : "\(letters[width - 1])\(rows.count + 1)"
        append("<dimension ref=\"A1:\(last)\"/><sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>")
        append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
        append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        if width > 0 {
            append("<cols>")
            for (c, w) in Self.widths(rows).enumerated() {
                append("<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(w)\" customWidth=\"1\"/>")
            }
            append("</cols>")
        }
        append("<sheetData><row r=\"1\">")
        for (c, h) in rows.header.enumerated() {
            append("<c r=\"\(letters[c])1\" s=\"1\""); text(h)
        }
        append("</row>")
        var digits: [UInt8] = []
        for r in 0..<rows.count {
            digits.removeAll(keepingCapacity: true)
            Self.appendInteger(r + 2, to: &digits)
            put("<row r=\""); bytes += digits; put("\">")
            // A cell's reference is optional (ECMA-376 §18.3.1.4): written only after a gap,
            // where a reader could not count its place; a quarter of the bytes less.
            var gap = false
            for c in 0..<width {
                let f = rows.field(r, c)
                if case .missing = f { gap = true; continue }
                if gap || c == 0 {
                    put("<c r=\""); append(letters[c]); bytes += digits; put("\"")
                } else {
                    put("<c")
                }
                gap = false
                switch f {
                case .text(let s):
                    if !inline, let code = rows.textCode?(r, c), code >= 0 {
                        text(s, code: code, cache: &caches[c])
                    } else {
                        if FormulaGuard.isTriggering(s) { formulaLike += 1 }
                        text(s)
                    }
                    continue
                case .suppressed(let k):
                    text("<\(k)")
                    continue
                case .integer(let i):
                    put("><v>"); Self.appendInteger(i, to: &bytes)
                case .number(let d):
                    put("><v>"); Self.appendNumber(d, to: &bytes)
                case .boolean(let b):
                    put(b ? " t=\"b\"><v>1" : " t=\"b\"><v>0")
                case .date(let v):
                    // Excel's 1900 serial: 1970-01-01 is day 25569 (the 1900 leap-year bug is before it).
                    let serial = v + 25569
                    put(serial.rounded(.down) == serial ? " s=\"2\"><v>" : " s=\"3\"><v>")
                    Self.appendNumber(serial, to: &bytes)
                case .missing: break
                }
                put("</v></c>")
            }
            put("</row>")
        }
        append("</sheetData></worksheet>")
    }

    @inline(__always) mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }
    /// A literal's bytes, copied without going through String (the cells' tags are most of the part).
    @inline(__always) mutating func put(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `d` as the shortest text that reads back as `d` (what `"\(d)"` writes), with a fast way
    /// for whole numbers and for one or two decimals, which most scores and percentages have:
    /// when `k / 10` (or `k / 100`) is `d` for a whole `k`, that decimal is the nearest one to
    /// `d`, and no shorter decimal reads back as `d` (it would have passed the test before).
    @inline(__always) static func appendNumber(_ d: Double, to out: inout [UInt8]) {
        if d.rounded() == d, abs(d) < 1e15 { appendInteger(Int(d), to: &out); return }
        if abs(d) < 1e12 {
            for (scale, places) in [(10.0, 1), (100.0, 2)] {
                let k = (d * scale).rounded()
                guard k / scale == d else { continue }
                if d < 0 { out.append(UInt8(ascii: "-")) }
                let whole = Int(abs(k)) / Int(scale), fraction = Int(abs(k)) % Int(scale)
                appendInteger(whole, to: &out)
                out.append(UInt8(ascii: "."))
                if places == 2, fraction < 10 { out.append(UInt8(ascii: "0")) }
                appendInteger(fraction, to: &out)
                return
            }
        }
        out.append(contentsOf: "\(d)".utf8)
    }

    @inline(__always) static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var v = value.magnitude
        var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &tmp) { buf in
            repeat { buf[n] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; n += 1 } while v > 0
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(buf[i]) }
        }
    }

    /// `A` … `Z`, `AA` … for a column number from 0.
    static func columnLetters(_ column: Int) -> String {
        var n = column + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// Characters wide: the longest of the header and the first 500 rows, plus room for the
    /// filter arrow, between 6 and 60.
    static func widths(_ rows: ExportRows) -> [Int] {
        rows.header.indices.map { c in
            var w = DisplayWidth.of(rows.header[c]) + 2
            for r in 0..<min(rows.count, 500) {
                w = max(w, (rows.field(r, c).machineText.map(DisplayWidth.of) ?? 0) + 1)
            }
            return min(max(w, 6), 60)
        }
    }
}

/// The workbook's shared strings: each distinct text once, by first use. `clean` runs once
/// per distinct text as the part is written (the session's personnummer scrub) and counts
/// what it replaced.
final class XlsxSharedStrings {
    private var place: [String: Int] = [:]
    private(set) var list: [String] = []
    private(set) var uses = 0
    private(set) var cleaned = 0
    let clean: ((String) -> (text: String, count: Int))?

    init(clean: ((String) -> (text: String, count: Int))?) { self.clean = clean }

    /// A use of a text already indexed (the writer's code cache found it).
    func reuse() { uses += 1 }

    func index(_ s: String) -> Int {
        uses += 1
        if let i = place[s] { return i }
        place[s] = list.count
        list.append(s)
        return list.count - 1
    }

    /// `s` through `clean`, counted (for text written inline).
    func scrub(_ s: String) -> String {
        guard let clean else { return s }
        let (text, n) = clean(s)
        cleaned += n
        return text
    }

    func xml() -> [UInt8] {
        var out = Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(uses)" uniqueCount="\(list.count)">
        """.utf8)
        out.reserveCapacity(out.count + list.reduce(0) { $0 + $1.utf8.count + 16 })
        for var s in list {
            s = scrub(s)
            let keep = s.first?.isWhitespace == true || s.last?.isWhitespace == true
            out.append(contentsOf: (keep ? "<si><t xml:space=\"preserve\">" : "<si><t>").utf8)
            XlsxText.escape(s, into: &out)
            out.append(contentsOf: "</t></si>".utf8)
        }
        out.append(contentsOf: "</sst>".utf8)
        return out
    }
}

enum XlsxText {
    /// XML text: `&`, `<`, `>` and `"` escaped; a control character XML cannot hold written
    /// as Excel's `_xHHHH_` (and a literal `_xHHHH_` has its `_` escaped as `_x005F_`, so it reads back).
    static func escaped(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        escape(s, into: &out)
        return out
    }

    /// `escaped(s)` appended to `out`; text with nothing to escape (most) is copied as it is.
    static func escape(_ s: String, into out: inout [UInt8]) {
        let plain = s.utf8.allSatisfy { b in
            b >= 32 && b != UInt8(ascii: "&") && b != UInt8(ascii: "<") && b != UInt8(ascii: ">")
                && b != UInt8(ascii: "\"") && b != UInt8(ascii: "_")
        }
        if plain { out.append(contentsOf: s.utf8); return }
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            let b = u[i]
            switch b {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "_") where looksEscaped(u, i): out += Array("_x005F_".utf8)
            case 0..<32 where b != 9 && b != 10 && b != 13:
                let hex = String(b, radix: 16, uppercase: true)
                out += Array("_x\(String(repeating: "0", count: 4 - hex.count))\(hex)_".utf8)
            default: out.append(b)
            }
            i += 1
        }
    }

    /// `_xHHHH_` starts at `i`.
    static func looksEscaped(_ u: [UInt8], _ i: Int) -> Bool {
        guard i + 6 < u.count, u[i + 1] == UInt8(ascii: "x"), u[i + 6] == UInt8(ascii: "_") else { return false }
        return u[(i + 2)...(i + 5)].allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) }
    }

    static func escaped(attribute s: String) -> String { String(decoding: escaped(s), as: UTF8.self) }
}
