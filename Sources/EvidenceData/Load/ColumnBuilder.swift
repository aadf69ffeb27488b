/// Builds one typed column from field bytes during a parse. Values that do not fit the kind
/// are counted (with the first one's place) so the loader can report a type error or re-read
/// the column as text.
struct ColumnBuilder {
    let kind: ColumnKind
    /// Number columns start as scaled integers (`ints` over 10^decimals, see `Numbers`) and
    /// move to Doubles (`numbers`) at the first value with no such form.
    var ints = RawVec<Int32>()
    var decimals = 0
    var compact = true
    /// Doubles of a number column that spilled, and of a date column (`Dates`).
    var numbers = RawVec<Double>()
    var codes = RawVec<UInt32>()
    var grades = RawVec<UInt8>()
    var booleans = BitBuilder()
    var validity = BitBuilder()
    var dictionary: ByteDictionary
    var markers: [Int32: MissingKind] = [:]
    /// Fields that did not fit the kind, and the byte offset of the first.
    var misfits = 0
    var firstMisfit: (row: Int, offset: Int)?
    var misfitRows: [Int32] = []
    var misfitOffsets: [Int] = []
    var usedThousands = false
    /// A `%` was dropped from a value (`94,5 %` is 94.5, in percent points).
    var usedPercent = false

    init(kind: ColumnKind, capacity: Int, isID: Bool = false) {
        self.kind = kind
        dictionary = ByteDictionary(capacity: kind == .text ? (isID ? capacity : 256) : 1, expectAscending: isID)
        switch kind {
        case .number: ints.reserve(capacity)
        case .text: codes.reserve(capacity)
        case .grade: grades.reserve(capacity)
        case .boolean: booleans = BitBuilder(capacity: capacity)
        case .date: numbers.reserve(capacity)
        }
        validity = BitBuilder(capacity: capacity)
    }

    var count: Int { validity.count }

    @inline(__always)
    private mutating func appendMissing(_ m: MissingKind?) {
        if let m, m != .empty { markers[Int32(count)] = m }
        switch kind {
        case .number: if compact { ints.append(Numbers.missingSlot) } else { numbers.append(.nan) }
        case .text: codes.append(0)
        case .grade: grades.append(0)
        case .boolean: booleans.append(false)
        case .date: numbers.append(.nan)
        }
        validity.append(false)
    }

    /// Add one field. `p` points at the field's (unescaped) bytes; `offset` is its place in the
    /// file buffer, for error messages; `quoted` fields are never markers or empty-missing.
    @inline(__always)
    mutating func append(_ p: UnsafePointer<UInt8>, _ n: Int, quoted: Bool, offset: Int, parser: NumberParser) {
        switch kind {
        case .number:
            // The commonest shape of all, read without the general checks (docs/loading.md,
            // "Speed and memory"): 1 to 9 bytes of digits with at most one decimal separator,
            // no sign, as many decimals as the column so far. It always fits an Int32, and it
            // is what `parseShort` reads to the same value; anything else goes on below.
            if compact, UInt(bitPattern: n &- 1) < 9 {
                let separator = parser.decimal
                var m: UInt32 = 0, point = -1, i = 0
                while i < n {
                    let c = p[i], d = c &- 48
                    if d <= 9 { m = m &* 10 &+ UInt32(d) } else if c == separator, point < 0 { point = i } else { break }
                    i &+= 1
                }
                if i == n, point < 0 ? decimals == 0 : (n != 1 && n &- 1 &- point == decimals) {
                    ints.append(Int32(bitPattern: m)); validity.append(true); return
                }
            }
            var exact: Int64 = 0, k = 0
            if parser.parseShort(p, n, exact: &exact, decimals: &k) {
                // As many decimals as the column so far (the usual case): stored as it is.
                if compact, k == decimals, exact.magnitude <= UInt64(Int32.max) {
                    ints.append(Int32(truncatingIfNeeded: exact)); validity.append(true); return
                }
                appendNumber(nil, exact: exact, decimals: k, parser: parser); validity.append(true); return
            }
            if let v = parser.parse(p, n, usedThousands: &usedThousands, usedPercent: &usedPercent, exact: &exact, decimals: &k) {
                appendNumber(v, exact: exact, decimals: k, parser: parser); validity.append(true); return
            }
        case .text:
            if n == 0 { appendMissing(.empty); return }
            codes.append(dictionary.code(p, n)); validity.append(true); return
        case .grade:
            if let g = Tokens.grade(p, n) { grades.append(g); validity.append(true); return }
        case .boolean:
            if let b = Tokens.boolean(p, n) { booleans.append(b); validity.append(true); return }
        case .date:
            let (q, m) = trimmed(p, n)
            if let d = Dates.parse(q, m) { numbers.append(d); validity.append(true); return }
        }
        if isBlank(p, n) { appendMissing(.empty); return }
        if let m = Tokens.marker(trimmed(p, n).0, trimmed(p, n).1) { appendMissing(m); return }
        if firstMisfit == nil { firstMisfit = (count, offset) }
        misfits += 1
        if misfitRows.count < 1000 { misfitRows.append(Int32(count)); misfitOffsets.append(offset) }
        appendMissing(.empty)
    }

    /// `v` is nil for a value `parseShort` read: its Double is made only if the column spills.
    @inline(__always)
    private mutating func appendNumber(_ v: Double?, exact: Int64, decimals k: Int, parser: NumberParser) {
        if compact {
            if k >= 0, k <= decimals, let x = Self.scaled(exact, by: decimals - k) { ints.append(x); return }
            if k > decimals, k <= Numbers.maxDecimals, rescale(to: k), let x = Self.scaled(exact, by: 0) {
                ints.append(x); return
            }
            spill()
        }
        numbers.append(v ?? parser.value(exact: exact, decimals: k))
    }

    /// exact × 10^shift when that fits a stored Int32 (the missing-slot filler excluded).
    @inline(__always)
    static func scaled(_ exact: Int64, by shift: Int) -> Int32? {
        guard exact.magnitude <= UInt64(Int32.max) else { return nil }
        let y = exact &* ColumnBuilder.tens[shift]
        return y.magnitude <= UInt64(Int32.max) ? Int32(truncatingIfNeeded: y) : nil
    }

    static let tens: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// Keep `k` decimals from now on: multiply what is stored; false when a value would not fit.
    mutating func rescale(to k: Int) -> Bool {
        let shift = k - decimals
        guard Self.fits(ints.buffer, shift: shift) else { return false }
        for i in 0..<ints.count where ints[i] != Numbers.missingSlot { ints[i] = Self.scaled(Int64(ints[i]), by: shift) ?? ints[i] }
        decimals = k
        return true
    }

    /// True when every stored value of `v` still fits after × 10^shift.
    static func fits(_ v: UnsafeBufferPointer<Int32>, shift: Int) -> Bool {
        for x in v where x != Numbers.missingSlot && scaled(Int64(x), by: shift) == nil { return false }
        return true
    }

    /// Move to Doubles: a value had no short exact form.
    mutating func spill() {
        numbers.reserve(max(ints.capacity, 16))
        let divisor = Numbers.divisors[decimals]
        for x in ints.buffer { numbers.append(x == Numbers.missingSlot ? .nan : Double(x) / divisor) }
        ints.free()
        compact = false
    }

    @inline(__always)
    private func isBlank(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for i in 0..<n where p[i] != 0x20 { return false }
        return true
    }

    @inline(__always)
    private func trimmed(_ p: UnsafePointer<UInt8>, _ n: Int) -> (UnsafePointer<UInt8>, Int) {
        var i = 0, e = n
        while i < e, p[i] == 0x20 { i += 1 }
        while e > i, p[e - 1] == 0x20 { e -= 1 }
        return (p + i, e - i)
    }

    /// Append an empty field (a short row padded in lenient mode never reaches here; this is
    /// for rows that end early only where allowed).
    mutating func appendEmpty() { appendMissing(.empty) }

    /// Append a missing value of a kind the reader knows from the input itself (a workbook's
    /// error cell), not from the field's text.
    mutating func appendMarker(_ m: MissingKind) { appendMissing(m) }

    /// Free the storage (builders are moved, never copied, so exactly one owner frees).
    mutating func free() {
        ints.free(); numbers.free(); codes.free(); grades.free(); booleans.free(); validity.free()
    }

    /// Drop the last `k` rows (a row that turned out bad after some fields were added).
    mutating func removeLast(_ k: Int) {
        guard k > 0 else { return }
        let from = count - k
        switch kind {
        case .number: if compact { ints.removeLast(k) } else { numbers.removeLast(k) }
        case .text: codes.removeLast(k)
        case .grade: grades.removeLast(k)
        case .boolean: booleans.removeLast(k)
        case .date: numbers.removeLast(k)
        }
        validity.removeLast(k)
        for r in from..<(from + k) { markers[Int32(r)] = nil }
        while let last = misfitRows.last, Int(last) >= from { misfitRows.removeLast(); misfitOffsets.removeLast(); misfits -= 1 }
        if let f = firstMisfit, f.row >= from { firstMisfit = nil }
    }
}

/// Builders own raw buffers and are moved between threads, never shared.
extension ColumnBuilder: @unchecked Sendable {}
