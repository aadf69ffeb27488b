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
    public mutating func collectCounts() {
        for l in lines.indices where lines[l].unicodeScalars.contains(where: { ChartCount.digit($0) != nil }) {
            var out = ""
            var offset = 0
            var start: Int?
            var value = 0
            func close() {
                if let s = start { counts.append(CountSpan(line: l, range: s..<offset, n: value)) }
                start = nil
                value = 0
            }
            for ch in lines[l] {
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
            lines[l] = out
        }
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
