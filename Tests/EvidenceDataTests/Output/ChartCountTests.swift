import Testing
@testable import EvidenceData

/// The counts a chart draws are typed: marked while drawing, collected into `CountSpan`s, and
/// hidden by the privacy step without reading digits out of the drawing.
struct ChartCountTests {
    @Test func markedCountsKeepTheirWidthAndAreCollected() {
        let line = "6D  (n = \(ChartCount.mark(27)), missing \(ChartCount.mark(1)))"
        #expect(line.count == "6D  (n = 27, missing 1)".count)
        var t = StyledText(lines: ["title", line], spans: [StyleSpan(line: 1, range: 20..<22, style: .dim)])
        t.collectCounts()
        #expect(t.lines[1] == "6D  (n = 27, missing 1)")
        #expect(t.counts == [CountSpan(line: 1, range: 9..<11, n: 27), CountSpan(line: 1, range: 21..<22, n: 1)])
        // Collecting again finds nothing new.
        #expect(t.collectingCounts().counts.count == 2)
    }

    /// Offsets are Characters whichever path a line takes: the scalar count where every scalar is
    /// a Character (box drawing, Swedish letters, arrows), the Character walk where one is not
    /// (a combining ring, CR LF, an emoji with a variation selector).
    @Test(arguments: ["│▇▇ åäö → ", "a\u{030A}  ", "\r\n x ", "☀\u{FE0F} ", "👩‍🏫 "])
    func countOffsetsAreCharacters(_ prefix: String) {
        var t = StyledText(lines: [prefix + ChartCount.mark(305) + " · " + ChartCount.mark(4)])
        t.collectCounts()
        #expect(t.lines == [prefix + "305 · 4"])
        let p = prefix.count
        #expect(t.counts == [CountSpan(line: 0, range: p..<(p + 3), n: 305), CountSpan(line: 0, range: (p + 6)..<(p + 7), n: 4)])
    }

    @Test func hiddenCountsShiftTheSpansAfterThem() {
        var t = StyledText(lines: ["n = \(ChartCount.mark(7)) · \(ChartCount.mark(312)) x"],
                           spans: [StyleSpan(line: 0, range: 12..<13, style: .emphasis)])
        t.collectCounts()
        let h = t.hidingCounts(k: 10)
        #expect(h.lines == ["n = <10 · <10 x"])
        #expect(h.counts.isEmpty)
        // "7" became "<10" (+2), "312" became "<10" (±0): the span on "x" moves by 2.
        #expect(h.spans == [StyleSpan(line: 0, range: 14..<15, style: .emphasis)])
    }

    @Test func asciiFoldingKeepsMarkedDigits() {
        var t = StyledText(lines: [ASCIIFold.fold("│ n = \(ChartCount.mark(45))")])
        t.collectCounts()
        #expect(t.lines == ["| n = 45"])
        #expect(t.counts.map(\.n) == [45])
    }

    @Test func statisticsAndIdsInProse() {
        let p: Prose = "cutoff \("498", of: 1); ids\(individual: " (e.g. E001)")"
        #expect(p.text == "cutoff 498; ids (e.g. E001)")
        #expect(p.suppressing(k: 10).text == "cutoff (hidden: under 10 students); ids")
        let q: Prose = "cutoff \("498", of: 40)"
        #expect(q.suppressing(k: 10).text == "cutoff 498")
    }
}
