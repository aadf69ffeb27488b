import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Golden text files per chart kind, in plain, ASCII and colour-span variants. Record them with
/// `RECORD_SNAPSHOTS=1 swift test --filter ChartGoldenTests` and review the files by eye.
struct ChartGoldenTests {
    static let width = 72

    static let cases: [(name: String, command: String)] = [
        ("hist", "plot hist reading_c2"),
        ("hist_options", "plot hist reading_c2 bins 20 width 60 title \"Reading c2\""),
        ("hist_binwidth", "plot hist attendance_c1 binwidth 2.5 height 8"),
        ("hist_by", "plot hist reading_c2 by class height 3"),
        ("bar", "plot bar mean(reading_c2) by class sort"),
        ("bar_count", "plot bar count by writing_c1"),
        ("box", "plot box reading_c2 by class"),
        ("box_compact", "plot box maths_c3 by class height 6"),
        ("line", "plot line reading over cycles by class"),
        ("line_all", "plot line attendance over cycles height 8 canvas block"),
        ("slope", "plot slope obs c1 -> c3 height 8"),
        ("scatter", "plot scatter reading_c1 reading_c2 diagonal"),
        ("scatter_block", "plot scatter reading_c1 maths_c1 canvas block height 10"),
        ("heat", "plot heat writing_c1 -> writing_c2"),
    ]

    enum Variant: String, CaseIterable { case plain, ascii, color }

    static func chart(_ command: String, ascii: Bool = false, width: Int = width) -> StyledText? {
        let s = Session(environment: .plain)
        s.settings.width = width
        s.settings.ascii = ascii
        s.run("load demo")
        let o = s.run(command)
        for b in o.blocks { if case .styled(let t) = b { return t } }
        return nil
    }

    /// Spans written inline as {style|text}, so a reviewer sees what the terminal would colour.
    static func serialize(_ t: StyledText) -> String {
        t.lines.enumerated().map { i, line in
            var chars = Array(line)
            for sp in t.spans.filter({ $0.line == i }).sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                let hi = min(sp.range.upperBound, chars.count), lo = min(sp.range.lowerBound, hi)
                chars.replaceSubrange(lo..<hi, with: Array("{\(name(sp.style))|" + String(chars[lo..<hi]) + "}"))
            }
            return String(chars)
        }.joined(separator: "\n")
    }

    static func name(_ s: StyleSpan.Style) -> String {
        switch s {
        case .emphasis: "em"
        case .dim: "dim"
        case .up: "up"
        case .down: "down"
        case .warning: "warn"
        case .error: "err"
        case .series(let n): "s\(n)"
        }
    }

    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    @Test("golden charts", arguments: cases.indices, Variant.allCases)
    func golden(_ i: Int, _ variant: Variant) throws {
        let c = Self.cases[i]
        let t = try #require(Self.chart(c.command, ascii: variant == .ascii), "'\(c.command)' drew no chart")
        let text = (variant == .color ? Self.serialize(t) : t.lines.joined(separator: "\n")) + "\n"
        let file = Self.goldenDirectory.appendingPathComponent("\(c.name).\(variant.rawValue).txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOf: file, encoding: .utf8)
        #expect(expected != nil, "no golden file \(file.lastPathComponent); record with RECORD_SNAPSHOTS=1")
        #expect(text == expected, "'\(c.command)' (\(variant)) differs from \(file.lastPathComponent):\n\(text)")
    }

    @Test("every line within the width, at any width", arguments: [24, 40, 72, 130])
    func fitsWidth(_ width: Int) throws {
        for c in Self.cases {
            for ascii in [false, true] {
                let t = try #require(Self.chart(c.command, ascii: ascii, width: width), "'\(c.command)' at \(width)")
                let asked = c.command.contains("width 60") ? min(60, max(20, width)) : max(20, width)
                for l in t.lines {
                    #expect(DisplayWidth.of(l) <= asked, "'\(c.command)' at width \(width): \(DisplayWidth.of(l)) columns: \(l)")
                }
                for sp in t.spans {
                    #expect(sp.line < t.lines.count && sp.range.upperBound <= t.lines[sp.line].count, "span outside its line in '\(c.command)'")
                }
            }
        }
    }

    @Test func asciiModeIsSevenBitAndNothingHasEscapes() throws {
        for c in Self.cases {
            let a = try #require(Self.chart(c.command, ascii: true))
            let bytes = Array(a.lines.joined(separator: "\n").utf8)
            #expect(bytes.allSatisfy { $0 < 128 }, "'\(c.command)' has non-ASCII bytes in ASCII mode")
            let u = try #require(Self.chart(c.command))
            #expect(!u.lines.joined().utf8.contains(0x1B), "'\(c.command)' has an escape byte")
            #expect(!a.lines.joined().utf8.contains(0x1B))
        }
    }

    @Test func colorOffDropsSpansButNotText() throws {
        let on = try #require(Self.chart("plot hist reading_c2"))
        let off = try #require(Self.chart("plot hist reading_c2 color off"))
        #expect(!on.spans.isEmpty)
        #expect(off.spans.isEmpty)
        #expect(on.lines == off.lines)
    }
}
