extension BidirectionalCollection where Element == FieldRef {
    /// True for a record of `width + 1` fields whose last is empty and unquoted: a delimiter
    /// at the end of the line (`1;Anna;12;`), as some exports write on every row. The extra
    /// field holds nothing, so such a record reads as `width` fields.
    func endsWithEmptyExtraField(width: Int) -> Bool {
        guard count == width + 1, let last = self.last else { return false }
        return last.start == last.end && !last.quoted
    }
}

/// How a record scan ended.
enum ScanOutcome: Equatable {
    /// A record ended; the next one starts at `next`.
    case record(next: Int)
    /// A quote opened at `at` never closed before the end of the input.
    case unclosedQuote(at: Int)
    /// Text follows a closing quote at `at` (`"ab"c`); the record continues to `next`.
    case strayQuote(at: Int, next: Int)
}

/// The RFC 4180 record scanner over UTF-8 bytes: fields split by one delimiter byte, `"` quotes
/// with `""` escapes, quoted delimiters and newlines, LF, CRLF or CR line ends. A quote inside an
/// unquoted field is kept as text (`5" ruler`, `37°36'37.8"N`), as most exporters write it.
struct RecordScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    let delimiter: UInt8
    /// The input's last byte ends a line: then every unquoted field stops at a delimiter or a
    /// line end before `end`, and the scan of one needs no bounds check per byte.
    let terminated: Bool

    init(base: UnsafePointer<UInt8>, end: Int, delimiter: UInt8) {
        self.base = base
        self.end = end
        self.delimiter = delimiter
        terminated = end > 0 && (base[end - 1] == 0x0A || base[end - 1] == 0x0D)
    }

    /// Scan the record at `pos` into `fields` (cleared first).
    @inline(__always)
    func scan<S: FieldSink>(at pos: Int, into fields: inout S) -> ScanOutcome {
        fields.reset()
        let p = base
        let d = delimiter
        var i = pos
        while true {
            let fieldStart = i
            if i < end, p[i] == 0x22 {
                i += 1
                let contentStart = i
                var escaped = false
                while true {
                    i = RecordScanner.skipToQuote(p, from: i, end: end)
                    if i >= end { return .unclosedQuote(at: fieldStart) }
                    if p[i] == 0x22 {
                        if i + 1 < end, p[i + 1] == 0x22 { escaped = true; i += 2; continue }
                        break
                    }
                    i += 1
                }
                fields.append(FieldRef(start: contentStart, end: i, quoted: true, escaped: escaped))
                i += 1
                while i < end, p[i] == 0x20 { i += 1 }
                if i < end, p[i] != d, p[i] != 0x0A, p[i] != 0x0D {
                    return .strayQuote(at: i, next: skipToLineEnd(from: i))
                }
            } else {
                // Byte by byte: unquoted fields are mostly a few bytes (`612`, `F`, `94.3`), too
                // short for eight at a time to pay (measured: docs/loading.md, "Speed and memory").
                // Most bytes are above CR, so one comparison rules out both line ends.
                if terminated, i < end {
                    while true {
                        let c = p[i]
                        if c == d { break }
                        if c <= 0x0D {
                            if c == 0x0A || c == 0x0D { break }
                            // A NUL: a file cut short under its map reads as zeros from its new
                            // end on (`MappedFileGuard`), so its last byte no longer stops the
                            // scan. Go on with the bound checked.
                            if c == 0 {
                                while i < end, p[i] != d, p[i] != 0x0A, p[i] != 0x0D { i += 1 }
                                break
                            }
                        }
                        i += 1
                    }
                } else {
                    while i < end {
                        let c = p[i]
                        if c == d || (c <= 0x0D && (c == 0x0A || c == 0x0D)) { break }
                        i += 1
                    }
                }
                fields.append(FieldRef(start: fieldStart, end: i, quoted: false, escaped: false))
            }
            if i >= end { return .record(next: end) }
            let c = p[i]
            if c == d { i += 1; continue }
            if c == 0x0D {
                i += 1
                if i < end, p[i] == 0x0A { i += 1 }
                return .record(next: i)
            }
            return .record(next: i + 1)
        }
    }

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let quotes: UInt64 = 0x2222_2222_2222_2222

    /// A high bit in each byte of `x` that is zero, exact up to the first zero byte (a borrow
    /// can only mark bytes above it): the lowest set bit finds the first zero byte.
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & 0x8080_8080_8080_8080 }

    /// The first `"` at or after `i`, eight bytes at a time (`end` when there is none before it,
    /// or the place where fewer than eight bytes are left).
    @inline(__always)
    static func skipToQuote(_ p: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            let m = zeroBytes(UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) ^ quotes)
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
            i += 8
        }
        return i
    }

    /// After a stray quote: continue to the end of the physical line, so a lenient load can go on.
    func skipToLineEnd(from start: Int) -> Int {
        var i = start
        while i < end, base[i] != 0x0A, base[i] != 0x0D { i += 1 }
        if i + 1 < end, base[i] == 0x0D, base[i + 1] == 0x0A { i += 1 }
        return min(i + 1, end)
    }

    /// The bytes of a field with `""` collapsed, for escaped quoted fields.
    static func unescape(_ p: UnsafePointer<UInt8>, _ f: FieldRef, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var i = f.start
        while i < f.end {
            out.append(p[i])
            i += p[i] == 0x22 && i + 1 < f.end && p[i + 1] == 0x22 ? 2 : 1
        }
    }

    /// True when the record is one empty unquoted field (a blank line).
    static func isBlank<C: RandomAccessCollection>(_ fields: C) -> Bool where C.Element == FieldRef, C.Index == Int {
        fields.count == 1 && !fields[0].quoted && fields[0].start == fields[0].end
    }
}

/// Where a scan puts its fields: an Array (sniffing, tests) or a RawVec (the hot loop).
protocol FieldSink {
    mutating func reset()
    mutating func append(_ f: FieldRef)
}

extension Array: FieldSink where Element == FieldRef {
    mutating func reset() { removeAll(keepingCapacity: true) }
}

extension RawVec: FieldSink where T == FieldRef {
    @inline(__always) mutating func reset() { removeLast(count) }
}
