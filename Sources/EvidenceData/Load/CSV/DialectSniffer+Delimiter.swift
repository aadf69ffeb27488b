/// Choosing the delimiter: the candidate that splits the sample into the most records with the
/// same number of fields. On a tie, the one whose fields hold fewer unexplained other
/// candidates (a `,` inside a number with a decimal comma is explained; `Anna|5A|12` is not),
/// then the one with more columns; when even that ties, the first of `; tab , |`, said in a
/// warning with the option that reads it the other way.
extension DialectSniffer {
    struct DelimiterChoice {
        var delimiter: UInt8
        var sample: Sample
        var width: Int
        var warning: String?
    }

    func chooseDelimiter() -> DelimiterChoice {
        var scored: [(d: UInt8, sample: Sample, width: Int, score: Int)] = []
        for d in DialectSniffer.candidates {
            let s = records(delimiter: d)
            let c = DialectSniffer.consistency(s.records)
            scored.append((d: d, sample: s, width: c.count, score: c.score))
        }
        let best = scored.map(\.score).max() ?? 0
        guard best > 0 else {
            let comma = UInt8(ascii: ",")
            return DelimiterChoice(delimiter: comma, sample: scored.first { $0.d == comma }!.sample, width: 1)
        }
        let tied = scored.filter { $0.score == best }
        if tied.count == 1 { return DelimiterChoice(delimiter: tied[0].d, sample: tied[0].sample, width: tied[0].width) }
        let others = Set(tied.map(\.d))
        let ranked = tied.map { t in (t, unexplained(t.sample, width: t.width, delimiter: t.d, others: others)) }
        let sorted = ranked.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            return a.0.width > b.0.width
        }
        let win = sorted[0].0
        var warning: String?
        if sorted.count > 1, sorted[1].1 == sorted[0].1, sorted[1].0.width == win.width {
            let other = sorted[1].0.d
            warning = "the delimiter could be \(CSVPlan.delimiterName(win.d)) or \(CSVPlan.delimiterName(other)); read with \(CSVPlan.delimiterName(win.d)) (say 'with delimiter=\(DialectSniffer.optionName(other))' for the other)"
        }
        return DelimiterChoice(delimiter: win.d, sample: win.sample, width: win.width, warning: warning)
    }

    static func optionName(_ d: UInt8) -> String {
        switch d {
        case 0x09: "tab"
        case UInt8(ascii: "|"): "pipe"
        case UInt8(ascii: ";"): "semicolon"
        default: "comma"
        }
    }

    /// Fields of the sample's full-width records (first 1000) that hold another candidate,
    /// except a decimal comma inside a number when the delimiter is not `,`.
    private func unexplained(_ s: Sample, width: Int, delimiter: UInt8, others: Set<UInt8>) -> Int {
        let comma = UInt8(ascii: ",")
        let parser = NumberParser(decimalComma: true)
        var t = false
        var n = 0
        for (i, r) in s.records.prefix(1000).enumerated() where r.count == width && s.stray[i] == nil {
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
        return n
    }
}
