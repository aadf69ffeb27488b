/// The shared strings table (`xl/sharedStrings.xml`): every string's decoded UTF-8 bytes in one
/// buffer, so a cell that refers to string k points into it and no String is made per cell.
/// Rich text (`<r>` runs) is the runs' text joined; phonetic guides (`<rPh>`) are left out.
struct SharedStrings {
    /// String k is `bytes[offsets[k]..<offsets[k + 1]]`.
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [Int] = [0]

    var count: Int { offsets.count - 1 }

    init() { bytes = [0] ; offsets = [1] }

    init(xml: [UInt8], part: String) throws(XlsxError) {
        // Byte 0 is a filler: the buffer always has an address, even with no strings at all.
        bytes = [0]
        offsets = [1]
        bytes.reserveCapacity(xml.count / 2)
        try xml.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(XlsxError) in
            guard let base = b.baseAddress else { return }
            var x = try XMLScanner(base: base, count: b.count, part: part)
            var inItem = false, phonetic = 0
            while let t = try x.next() {
                if x.isNamed(t, "si") {
                    if t.closing || t.selfClosing { offsets.append(bytes.count); inItem = false } else { inItem = true }
                } else if x.isNamed(t, "rPh") {
                    if !t.selfClosing { phonetic += t.closing ? -1 : 1 }
                } else if inItem, phonetic == 0, x.isNamed(t, "t"), !t.closing, !t.selfClosing {
                    try XMLText.decode(base, x.textRange(), into: &bytes, part: part, ooxmlEscapes: true)
                }
            }
        }
    }

    /// String k's bytes as a range of `bytes`, or nil for an index past the table.
    @inline(__always)
    func range(_ k: Int) -> Range<Int>? {
        guard k >= 0, k < count else { return nil }
        return offsets[k]..<offsets[k + 1]
    }
}
