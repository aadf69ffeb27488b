/// The counts of students drawn in a chart, typed so that the privacy step can hide them as it
/// hides counts in tables and sentences (docs/privacy.md, "Charts"). A chart kind writes each
/// count with `ChartCount.mark(n)` (the digits as private-use characters of the same width, so
/// layout is unchanged); `collectCounts()` turns them back into digits and records where they are.
public enum ChartCount {
    static let zero: UInt32 = 0xE030

    /// `n` written with marked digits.
    public static func mark(_ n: Int) -> String {
        String(String(n).unicodeScalars.map { s in
            s.value >= 48 && s.value <= 57 ? Character(Unicode.Scalar(zero + s.value - 48)!) : Character(s)
        })
    }

    static func digit(_ s: Unicode.Scalar) -> Int? {
        s.value >= zero && s.value <= zero + 9 ? Int(s.value - zero) : nil
    }
}

/// A count of students drawn at `range` (character offsets) of line `line`.
public struct CountSpan: Sendable, Equatable {
    public var line: Int
    public var range: Range<Int>
    public var n: Int
    public init(line: Int, range: Range<Int>, n: Int) {
        self.line = line
        self.range = range
        self.n = n
    }
}

/// What a chart shows about students, for the privacy step.
public struct ChartPrivacy: Sendable, Equatable {
    /// The size of every group the chart is about, those left out included (a cross-tab's cells).
    public var groups: [Int]
    /// Students drawn.
    public var students: Int
    /// The chart draws a mark per student (a point, a line): individual values.
    public var individual: Bool

    public init(groups: [Int] = [], students: Int, individual: Bool = false) {
        self.groups = groups
        self.students = students
        self.individual = individual
    }
}

extension StyledText {
    /// Marked counts (`ChartCount.mark`) back to digits, each recorded in `counts`.
    ///
    /// Works on UTF-8 bytes: a marked digit is EE 80 B0…B9. Ranges are in Characters; where a
    /// line holds only scalars that are each a Character of their own (ASCII but CR, Latin
    /// letters, box drawing and the other symbol blocks charts use), a scalar is a Character and
    /// no grapheme breaking is needed. Other lines take the Character walk. (Walking every
    /// chart Character by Character cost about 3.5 M instructions a box plot: architecture.md.)
    public mutating func collectCounts() {
        for l in lines.indices {
            var line = lines[l]
            let marked: Bool? = line.withUTF8 { Self.scanMarks($0) }
            guard let simple = marked else { continue }
            if simple { collectSimple(&line, l) } else { collectWalking(&line, l) }
            lines[l] = line
        }
    }

    /// nil if the line has no marked digit; otherwise whether every scalar is one Character.
    private static func scanMarks(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0, found = false, simple = true
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c == 0x0D { simple = false }
                i += 1
            } else if c < 0xE0 {
                // U+0080…U+07FF: combining marks start at U+0300 (CC 80).
                if c >= 0xCC { simple = false }
                i += 2
            } else if c < 0xF0 {
                if c == 0xEE, i + 2 < n, b[i + 1] == 0x80, b[i + 2] >= 0xB0, b[i + 2] <= 0xB9 { found = true }
                // U+2000…U+2BFF (E2 80 80…E2 AF BF) holds no Extend scalar but U+200C/D and
                // U+20D0…U+20FF; U+E000…U+F8FF (EE…EF A3) is private use.
                else if c == 0xE2, i + 2 < n {
                    let c1 = b[i + 1], c2 = b[i + 2]
                    if c1 > 0xAF || (c1 == 0x80 && (c2 == 0x8C || c2 == 0x8D)) || (c1 == 0x83 && c2 >= 0x90) { simple = false }
                } else if !(c == 0xEE || (c == 0xEF && i + 1 < n && b[i + 1] <= 0xA3)) { simple = false }
                i += 3
            } else {
                simple = false
                i += 4
            }
        }
        return found ? simple : nil
    }

    /// Every scalar is one Character: count scalars.
    private mutating func collectSimple(_ line: inout String, _ l: Int) {
        var out: [UInt8] = []
        var found: [CountSpan] = []
        line.withUTF8 { b in
            out.reserveCapacity(b.count)
            var i = 0, offset = 0, start = -1, value = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c == 0xEE, i + 2 < n, b[i + 1] == 0x80, b[i + 2] >= 0xB0, b[i + 2] <= 0xB9 {
                    if start < 0 { start = offset }
                    let d = Int(b[i + 2] - 0xB0)
                    value = value * 10 + d
                    out.append(UInt8(48 + d))
                    i += 3
                } else {
                    if start >= 0 { found.append(CountSpan(line: l, range: start..<offset, n: value)); start = -1; value = 0 }
                    let width = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<min(i + width, n)]))
                    i += width
                }
                offset += 1
            }
            if start >= 0 { found.append(CountSpan(line: l, range: start..<offset, n: value)) }
        }
        counts.append(contentsOf: found)
        line = String(decoding: out, as: UTF8.self)
    }

    /// Any line: offsets in Characters, found by walking them.
    private mutating func collectWalking(_ line: inout String, _ l: Int) {
        var out = ""
        var offset = 0
        var start: Int?
        var value = 0
        func close() {
            if let s = start { counts.append(CountSpan(line: l, range: s..<offset, n: value)) }
            start = nil
            value = 0
        }
        for ch in line {
            if ch.unicodeScalars.count == 1, let d = ChartCount.digit(ch.unicodeScalars.first!) {
                if start == nil { start = offset }
                value = value * 10 + d
                out.append(Character(Unicode.Scalar(48 + UInt32(d))!))
            } else {
                close()
                out.append(ch)
            }
            offset += 1
        }
        close()
        line = out
    }

    /// Every recorded count shown as `<k` (the line's later spans shifted to match).
    public func hidingCounts(k: Int) -> StyledText {
        var t = self
        let mark = "<\(k)"
        for c in counts.sorted(by: { ($0.line, $0.range.lowerBound) > ($1.line, $1.range.lowerBound) }) {
            guard c.line < t.lines.count else { continue }
            var chars = Array(t.lines[c.line])
            guard c.range.upperBound <= chars.count else { continue }
            chars.replaceSubrange(c.range, with: Array(mark))
            t.lines[c.line] = String(chars)
            let delta = mark.count - c.range.count
            for i in t.spans.indices where t.spans[i].line == c.line && t.spans[i].range.lowerBound >= c.range.upperBound {
                t.spans[i].range = (t.spans[i].range.lowerBound + delta)..<(t.spans[i].range.upperBound + delta)
            }
        }
        t.counts = []
        return t
    }
}

extension StyledText {
    /// The text with its marked counts collected (`collectCounts`).
    public func collectingCounts() -> StyledText {
        var t = self
        t.collectCounts()
        return t
    }
}
