/// Which cell styles show a number as a date or a time: Excel stores dates as numbers (days
/// since 1900 or 1904) and only the style's number format says so. From `styles.xml`: each
/// `cellXfs/xf` names a `numFmtId`, a built-in format (14–22, 45–47 are dates and times) or a
/// custom `numFmt` whose code has d, m, y, h or s outside quotes, brackets and escapes.
struct CellStyles {
    enum DateKind: UInt8 { case none, date, dateTime, time }

    /// By the cell's `s` index.
    private(set) var kinds: [DateKind] = []

    var hasDates: Bool { kinds.contains { $0 != .none } }

    init() {}

    @inline(__always)
    func kind(_ s: Int) -> DateKind { s >= 0 && s < kinds.count ? kinds[s] : .none }

    init(xml: [UInt8], part: String) throws(XlsxError) {
        var custom: [Int: DateKind] = [:]
        var formats: [Int] = []
        try xml.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XlsxError) in
            guard let base = b.baseAddress else { return }
            var x = try XMLScanner(base: base, count: b.count, part: part)
            var inCellXfs = false
            while let t = try x.next() {
                if x.isNamed(t, "cellXfs") { inCellXfs = !t.closing && !t.selfClosing; continue }
                guard !t.closing else { continue }
                if x.isNamed(t, "numFmt") {
                    var id: Int?, code = ""
                    try x.forEachAttribute(t) { (n, v) throws(XlsxError) in
                        if x.equals(n, "numFmtId") { id = Int(try x.string(v)) }
                        else if x.equals(n, "formatCode") { code = try x.string(v) }
                    }
                    if let id { custom[id] = Self.classify(code) }
                } else if inCellXfs, x.isNamed(t, "xf") {
                    var id = 0
                    if let v = try x.attribute(t, "numFmtId") { id = Int(try x.string(v)) ?? 0 }
                    formats.append(id)
                }
            }
        }
        kinds = formats.map { custom[$0] ?? Self.builtIn($0) }
    }

    static func builtIn(_ id: Int) -> DateKind {
        switch id {
        case 14...17: .date
        case 22: .dateTime
        case 18...21, 45...47: .time
        default: .none
        }
    }

    /// A custom format code's kind, from its first section.
    static func classify(_ code: String) -> DateKind {
        var date = false, time = false, month = false
        var quoted = false, bracket = false, skipNext = false
        for c in code.lowercased() {
            if skipNext { skipNext = false; continue }
            if quoted { if c == "\"" { quoted = false }; continue }
            if bracket { if c == "]" { bracket = false }; continue }
            switch c {
            case "\"": quoted = true
            case "[": bracket = true
            case "\\", "_", "*": skipNext = true
            case ";": return result(date: date || month && !time, time: time)
            case "d", "y": date = true
            case "h", "s": time = true
            case "m": month = true
            default: break
            }
        }
        return result(date: date || month && !time, time: time)
    }

    private static func result(date: Bool, time: Bool) -> DateKind {
        date && time ? .dateTime : date ? .date : time ? .time : .none
    }
}
