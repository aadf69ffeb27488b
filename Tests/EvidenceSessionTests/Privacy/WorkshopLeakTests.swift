import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceSession

/// The leaks a user found in workshop mode (min-group 10), each closed in the one privacy
/// step; docs/privacy.md, "Workshop rules", names these tests.
struct WorkshopLeakTests {
    func run(_ lines: [String]) -> String { WorkshopSchool.run(WorkshopSchool.session(), lines) }

    @Test("1. names and comments are not group labels or top values")
    func namesAreNotShown() {
        let t = run(["count by \"Elevens namn\"", "count by kommentar", "describe",
                     // A view of 15 pupils: few groups, but one per pupil.
                     "filter class == \"7B\" or class == \"7C\" as few", "count by \"Elevens namn\"", "count by kommentar, class",
                     "summary reading_c1 by \"Elevens namn\"", "compare reading c1 -> c2 by \"Elevens namn\"",
                     "plot bar mean(reading_c1) by \"Elevens namn\"", "plot box reading_c1 by \"Elevens namn\"",
                     "plot hist reading_c1 by kommentar", "plot line reading over cycles by \"Elevens namn\""])
        #expect(WorkshopSchool.leak(in: t) == nil, "\(t)")
        #expect(!t.contains("true 6"), "top values under K are hidden: \(t)")
    }

    @Test("2. charts do not undo complementary suppression")
    func chartsHideTheirCounts() {
        let t = run(["count by class", "plot hist reading_c2 by class height 3", "plot bar mean(reading_c2) by class", "plot box reading_c2 by class"])
        #expect(WorkshopSchool.leak(in: t) == nil, "\(t)")
        #expect(!t.contains("(n = 27") && !t.contains("8A 24"), "\(t)")
    }

    @Test("2. a group hidden to protect another stays hidden in charts")
    func complementaryInCharts() {
        // 7C (8) alone under K: count hides 8A (24) as well, so that 87 − 27 − 28 cannot give 7C.
        let s = WorkshopSchool.session()
        _ = s.run("filter class != \"7A\" and class != \"7B\" as v")
        let count = WorkshopSchool.run(s, ["count by class"])
        #expect(!count.split(separator: "\n").contains { $0.contains("8A") && WorkshopSchool.mentions(String($0), 24) }, "\(count)")
        for line in ["plot hist reading_c2 by class height 3", "plot bar mean(reading_c2) by class", "plot box reading_c2 by class",
                     "plot bar count by class", "plot line reading over cycles by class"] {
            let t = WorkshopSchool.run(s, [line])
            let n8A = t.split(separator: "\n").first { l in l.contains("8A") && ["24", "23", "22"].contains { WorkshopSchool.mentions(String(l), Int($0)!) } }
            #expect(n8A == nil, "\(line) gives 8A's size back: \(n8A ?? "")\n\(t)")
        }
    }

    @Test("2. no chart draws every pupil's own point or line in workshop mode")
    func individualChartsAreRefused() {
        let s = WorkshopSchool.session()
        for line in ["plot scatter reading_c1 reading_c2", "plot slope reading c1 -> c2"] {
            let o = s.run(line)
            #expect(o.failed, "\(line)")
            #expect(!o.blocks.contains { if case .styled = $0 { true } else { false } }, "\(line)")
        }
    }

    @Test("2. heat-map totals under K are hidden")
    func heatTotals() {
        let t = run(["plot heat writing_c1 -> writing_c2"])
        // Row totals end the rows; column totals are the last line starting with "n".
        let lines = t.split(separator: "\n").map(String.init)
        let small = lines.filter { l in
            let words = l.split(separator: " ").map(String.init)
            let isRow = l.contains("░") || l.contains("▒") || l.contains("▓") || l.contains("█") || l.contains("·")
            let isFooter = words.first == "n" && words.count > 2
            let totals = isFooter ? words.dropFirst() : isRow ? words.suffix(1) : []
            return totals.contains { Int($0).map { $0 > 0 && $0 < 10 } ?? false }
        }
        #expect(small.isEmpty, "totals under 10 are drawn: \(small)\n\(t)")
    }

    @Test("3. warnings and messages type their counts")
    func warningsAreTyped() {
        let t = run(["filter class == \"7B\" as small", "bands reading c1 -> c2", "evidence", "use demo",
                     "join small on student_id as j", "summary reading_c1 by class", "use small", "join demo on student_id as j2"])
        #expect(WorkshopSchool.leak(in: t) == nil, "\(t)")
        #expect(t.contains("match no small row") && !t.contains("(e.g."), "no example ids of single students: \(t)")
        #expect(!t.contains(" 7 students") && !t.contains("matched 7"), "\(t)")
    }

    @Test("4. datasets does not show a small view's rows")
    func datasetsRows() {
        let t = run(["filter class == \"7B\" as small", "datasets"])
        #expect(WorkshopSchool.leak(in: t) == nil, "\(t)")
        let line = t.split(separator: "\n").first { $0.contains("small") && $0.contains("→") } ?? ""
        #expect(!WorkshopSchool.mentions(String(line), 7), "\(line)")
    }

    @Test("5. nothing of one student on a one-student view")
    func oneStudent() {
        let s = WorkshopSchool.session()
        _ = s.run("filter student_id == \"E001\" as one")
        let table = WorkshopSchool.table()
        guard let ids = table.column(named: "student_id"), let scores = table.column(named: "reading_c1"),
              let row = (0..<table.rowCount).first(where: { ids.value(at: $0).description == "E001" }),
              let r = Double(scores.value(at: row).description) else { Issue.record("no E001"); return }
        for line in ["count by reading_c1, maths_c1", "plot hist reading_c1", "plot box reading_c1", "summary reading_c1",
                     "tail reading at c1", "cycles", "describe"] {
            let o = s.run(line)
            let text = TextRenderer.renderString(o, options: s.renderOptions)
            #expect(!WorkshopSchool.mentions(text, Int(r)), "\(line) shows the student's score \(r):\n\(text)")
            #expect(!o.blocks.contains { if case .styled = $0 { true } else { false } }, "\(line) draws one student")
            #expect(!text.contains("1 rows") && !text.contains("1 of 1") && !text.contains("│    1 │"), "\(line) counts one student:\n\(text)")
        }
        // A statistic of all students that is one student's value: the max of a column that is
        // 0 for everyone but E001.
        _ = s.run("use demo")
        let t = WorkshopSchool.run(s, ["let v = if(student_id == \"E001\", reading_c1, 0)", "summary v", "describe"])
        #expect(!WorkshopSchool.mentions(t, Int(r)), "summary shows E001's score \(r) as the max:\n\(t)")
    }

    @Test("4. a small view's size is not in titles or cycle counts")
    func smallViewTitles() {
        let t = run(["filter class == \"7B\" as small", "summary reading_c1", "describe", "cycles"])
        #expect(WorkshopSchool.leak(in: t) == nil, "\(t)")
        #expect(!t.contains("(7 rows)") && !t.contains("7 rows,") && !t.contains("│    7 │"), "\(t)")
    }
}

/// Every example of the registry, and seeded random sequences of them, in workshop mode on the
/// generated school: no output may give a hidden class's size away (beside its label, or as
/// the total beside every other class's size, across the session), nor a pupil's name.
struct WorkshopSchoolRegistryTests {
    static let examples: [CommandExample] = CommandRegistry.shared.commands.flatMap(\.examples)

    @Test("every example, alone", arguments: examples.indices)
    func example(_ i: Int) {
        let ex = Self.examples[i]
        let s = WorkshopSchool.session()
        let text = WorkshopSchool.run(s, ex.setup + [ex.input])
        let why = WorkshopSchool.leak(in: text)
        #expect(why == nil, "'\(ex.input)': \(why ?? "")\n\(text)")
    }

    /// The examples that group by class, grouped by the name column and by the comment column
    /// instead: no pupil's name or comment may be shown.
    static let byName: [String] = examples.map(\.input).filter { $0.contains("by class") }.flatMap { input in
        ["\"Elevens namn\"", "kommentar"].map { input.replacingOccurrences(of: "by class", with: "by \($0)") }
    }

    @Test("every example that groups by class, grouped by names and comments", arguments: byName.indices)
    func groupedByName(_ i: Int) {
        let s = WorkshopSchool.session()
        let text = WorkshopSchool.run(s, [Self.byName[i], "filter class == \"7B\" or class == \"7C\" as few", Self.byName[i]])
        let why = WorkshopSchool.leak(in: text)
        #expect(why == nil, "'\(Self.byName[i])': \(why ?? "")\n\(text)")
    }

    struct SplitMix { var state: UInt64; mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    } }

    @Test("200 seeded sequences of 5 examples (by-class ones also by names)", arguments: 0..<20)
    func sequences(_ batch: Int) {
        var rng = SplitMix(state: UInt64(batch) &* 7919 &+ 1)
        for _ in 0..<10 {
            let s = WorkshopSchool.session()
            var text = ""
            var inputs: [String] = []
            for _ in 0..<5 {
                let pick = Int(rng.next() % UInt64(Self.examples.count + Self.byName.count))
                let ex = pick < Self.examples.count ? Self.examples[pick] : CommandExample(Self.byName[pick - Self.examples.count], "")
                // `set workshop off` in an example's setup would end the test's premise.
                let lines = (ex.setup + [ex.input]).filter { !$0.hasPrefix("set workshop off") && $0 != "quit" }
                inputs += lines
                text += WorkshopSchool.run(s, lines)
                s.settings.workshop = true
            }
            let why = WorkshopSchool.leak(in: text)
            #expect(why == nil, "\(inputs.joined(separator: "; ")): \(why ?? "")\n\(text)")
        }
        // Nothing the sessions kept on disk (the journal, the key) holds a personnummer.
        let kept = WorkshopSchool.stateFolderText()
        #expect(WorkshopSchool.rawPersonnummer(in: kept) == nil, "the state folder holds a personnummer")
    }
}

/// The property test's personnummer check can fail: the school's numbers are valid, sit in
/// its comments, and the check finds them there; after the load path they are gone.
struct WorkshopSchoolPersonnummerTests {
    @Test func theSchoolsPersonnummerAreRealAndFoundUnlessPseudonymised() throws {
        #expect(WorkshopSchool.personnummer.allSatisfy { Personnummer.isValid($0) })
        #expect(WorkshopSchool.rawPersonnummer(in: WorkshopSchool.comments.joined(separator: "\n")) != nil)
        let s = WorkshopSchool.session()
        s.settings.workshop = false
        let t = try #require(s.tables["demo"]?.table)
        let cells = t.columns.flatMap { c in (0..<t.rowCount).map { c.value(at: $0).description } }
        #expect(WorkshopSchool.rawPersonnummer(in: cells.joined(separator: "\n")) == nil)
    }
}
