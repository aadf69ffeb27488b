import Foundation

/// Choosing the delimiter: the candidate that splits the sample into the most records with the
/// same number of fields. Among those within a fifth of the best (or two records), the one
/// whose fields hold fewer unexplained other candidates (a `,` inside a number with a decimal
/// comma is explained; `Anna|5A|12` is not; a stray quote explains nothing), counting the
/// records it misses (above all late ones, where the data are) against it, then the one with
/// more columns; when even that ties, the first of `; tab , |`, said in a
/// warning with the option that reads it the other way.
extension DialectSniffer {
    struct DelimiterChoice {
        var delimiter: UInt8
        var sample: Sample
        var width: Int
        var warning: Message?
    }

    func chooseDelimiter() -> DelimiterChoice {
        var scored: [(d: UInt8, sample: Sample, width: Int, score: Int)] = []
        // A candidate that occurs nowhere in what a scan read cannot change that scan: every
        // such candidate has the same sample (one field a record), read once and shared.
        var without: Sample?
        for d in DialectSniffer.candidates {
            let s: Sample
            if let w = without, !occurs(d, before: w.scanned) { s = w } else {
                s = records(delimiter: d)
                if without == nil, !occurs(d, before: s.scanned) { without = s }
            }
            let c = DialectSniffer.consistency(s.records)
            scored.append((d: d, sample: s, width: c.count, score: c.score))
        }
        let best = scored.map(\.score).max() ?? 0
        guard best > 0 else {
            let comma = UInt8(ascii: ",")
            return DelimiterChoice(delimiter: comma, sample: scored.first { $0.d == comma }!.sample, width: 1)
        }
        // Contenders: within a fifth of the best (or two records, in a small sample). A decimal
        // comma splits `;` lines at `,` too, and title lines can tip the count the wrong way.
        let tied = scored.filter { $0.score > 0 && $0.score >= best - max(2, best / 5) }
        if tied.count == 1 { return DelimiterChoice(delimiter: tied[0].d, sample: tied[0].sample, width: tied[0].width) }
        let others = Set(tied.map(\.d))
        // Cost: unexplained fields per record, plus the share of the best count it misses.
        let ranked = tied.map { t in
            (t, unexplained(t.sample, width: t.width, delimiter: t.d, others: others) + 1 - Double(t.score) / Double(best)
                + DialectSniffer.lateMisses(t.sample, width: t.width))
        }
        let sorted = ranked.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            if a.0.score != b.0.score { return a.0.score > b.0.score }
            return a.0.width > b.0.width
        }
        let win = sorted[0].0
        var warning: Message?
        if sorted.count > 1, sorted[1].1 == sorted[0].1, sorted[1].0.score == win.score, sorted[1].0.width == win.width {
            let other = sorted[1].0.d
            warning = ReaderMessage.delimiterTie(CSVPlan.delimiterWords(win.d), CSVPlan.delimiterWords(other),
                                                 .text(DialectSniffer.optionName(other)))
        }
        return DelimiterChoice(delimiter: win.d, sample: win.sample, width: win.width, warning: warning)
    }

    /// True when byte `d` is somewhere in `start..<end`.
    private func occurs(_ d: UInt8, before end: Int) -> Bool {
        guard end > start else { return false }
        return memchr(bytes.base + start, Int32(d), end - start) != nil
    }

    /// The share of the later half of the sample's lines without the common width: data rows
    /// come last, so a delimiter that only fits the title lines and the header misses them.
    static func lateMisses(_ s: Sample, width: Int) -> Double {
        let late = s.records.dropFirst(s.records.count / 2).filter { !RecordScanner.isBlank($0) }
        guard !late.isEmpty else { return 0 }
        return Double(late.filter { $0.count != width && !$0.endsWithEmptyExtraField(width: width) }.count) / Double(late.count)
    }

    static func optionName(_ d: UInt8) -> String {
        switch d {
        case 0x09: "tab"
        case UInt8(ascii: "|"): "pipe"
        case UInt8(ascii: ";"): "semicolon"
        default: "comma"
        }
    }

    /// Fields that hold another candidate, per full-width record of the sample (first 1000),
    /// except a decimal comma inside a number when the delimiter is not `,`.
    private func unexplained(_ s: Sample, width: Int, delimiter: UInt8, others: Set<UInt8>) -> Double {
        let comma = UInt8(ascii: ",")
        let parser = NumberParser(decimalComma: true)
        var t = false
        var n = 0, records = 0
        for (i, r) in s.records.prefix(1000).enumerated() where r.count == width {
            records += 1
            // A quote that does not fit this delimiter: every field of the line is suspect.
            if s.stray[i] != nil { n += width; continue }
            for f in r where f.end > f.start {
                var hit = false, hasComma = false
                for k in f.start..<f.end {
                    let c = bytes.base[k]
                    if c != delimiter, others.contains(c) { if c == comma { hasComma = true } else { hit = true; break } }
                }
                if !hit, hasComma, delimiter == comma || parser.parse(bytes.base + f.start, f.end - f.start, usedThousands: &t) == nil { hit = true }
                if hit { n += 1 }
            }
        }
        return Double(n) / Double(max(records, 1))
    }
}
