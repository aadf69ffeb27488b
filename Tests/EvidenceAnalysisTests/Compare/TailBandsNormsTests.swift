import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct TailBandsNormsTests {
    /// Ten students: the lowest 20 % at c1 (type-7 P20 = 103.4 → s1, s2) followed to c2.
    static let ten = Table(columns: [
        .numbers("m_c1", [100, 101, 104, 106, 108, 110, 112, 114, 116, 118]),
        .numbers("m_c2", [103, 120, 105, 107, 109, 111, 113, 115, 117, nil]),
    ])

    @Test func tailFreezesAndFollows() throws {
        let m = CycleModel.detect(Self.ten)
        let s = try m.series("m", cycles: ["c1", "c2"], in: ResolvedDataset(name: "t", table: Self.ten, selection: nil))
        let t = TailTracking(series: s, percent: 20)
        // np.quantile([100,101,104,…,118], 0.2) = 103.4
        #expect(close(t.cutoff, 103.4))
        #expect(t.tailSize == 2 && t.cohortSize == 10)
        let tail = t.rows[0], rest = t.rows[1]
        #expect(tail.group == "tail" && tail.n == 2 && rest.n == 7)
        // c2 P20 over the 9 present = np.quantile([103,105,107,109,111,113,115,117,120], 0.2) = 106.2:
        // s1 (103) is still in the tail, s2 (120) is not.
        #expect(tail.stillInTail == 1)
        #expect(close(tail.gain, (3.0 + 19) / 2))
        #expect(close(tail.expectedZ, tail.r * tail.meanZBaseline))
    }

    @Test func tailOnDemo() {
        let r = render(["load demo", "tail reading at c1"])
        #expect(r.text.contains("58 of 287 students"))
        #expect(r.text.contains("regression to the mean"))
        #expect(render(["load demo", "tail reading c1"]).text.contains("58 of 287 students"))
        let bad = render(["load demo", "tail reading at c3"])
        #expect(bad.output.failed && bad.text.contains("no cycle after 'c3'"))
    }

    @Test func bandsWithCuts() throws {
        let m = CycleModel.detect(Self.ten)
        let s = try m.series("m", cycles: ["c1", "c2"], in: ResolvedDataset(name: "t", table: Self.ten, selection: nil))
        let t = TransitionTable(series: s, scheme: .cuts([105, 112]))
        // c1 bands: <105: 100,101,104; 105–<112: 106,108,110; ≥112: 112,114,116 (118 has no c2)
        // c2 bands: 103 <105; 120 ≥112; 105 mid; 107,109,111 mid; 113,115,117 ≥112
        #expect(t.counts == [[1, 1, 1], [0, 3, 0], [0, 0, 3]])
        #expect(t.up == 2 && t.same == 7 && t.down == 0 && t.total == 9)
        #expect(close(t.rowPercent(0, 2), 100.0 / 3))
        #expect(t.bands == ["< 105", "105–<112", "≥ 112"])
    }

    @Test func bandsGradesAndQuintilesOnDemo() {
        let g = render(["load demo", "bands writing c1 -> c2"])
        #expect(g.text.contains("│ F ") && g.text.contains("up "))
        let q = render(["load demo", "bands reading c1 -> c2"])
        #expect(q.text.contains("272 students with both values"))
        let bad = render(["load demo", "bands reading c1 -> c2 grades"])
        #expect(bad.output.failed && bad.text.contains("not a grade measure"))
    }

    @Test func normsCSVReader() throws {
        let t = try NormsCSV.parse("Measure;Årskurs;Termin;Mean;SD\nreading;Y5;ht;560,5;80\nreading;5;vt;572;81,5\n", file: "n.csv", name: "n")
        #expect(t.rows.count == 2)
        #expect(t.rows[0] == .init(measure: "reading", year: 5, time: "ht", mean: 560.5, sd: 80))
        #expect(t.expectation("reading", year: 5, from: "ht", to: "vt").map { close($0.expectedGain, 11.5) && $0.sd == 81.5 } == true)
        do {
            _ = try NormsCSV.parse("measure,year,time,mean,sd\nreading,5,c1,abc,80\n", file: "bad.csv", name: "b")
            Issue.record("no error")
        } catch let d as Diagnostic {
            #expect(d.message == "mean must be a number, not 'abc'")
            #expect(d.location?.description == "bad.csv:2:14")
        }
        #expect(throws: Diagnostic.self) { try NormsCSV.parse("measure,year,mean\nr,5,1\n", file: "x.csv", name: "x") }
        #expect(throws: Diagnostic.self) { try NormsCSV.parse("measure,year,mean,sd\nr,5,1,0\n", file: "x.csv", name: "x") }
    }

    @Test func summaryMatchesNumpy() {
        let t = Table(columns: [.numbers("x", refA.map { $0 } + [nil, nil]), .texts("g", Array(repeating: "a", count: 14))])
        let (txt, o) = text(session(with: t), "summary x")
        #expect(!o.failed)
        // n 12, missing 2, mean 514.0, sd 29.05 → 29.0 at one decimal, q1 495.75 → 495.8 (type 7)
        #expect(txt.contains("│ x          │ 12 │       2 │ 514.0 │ 29.0 │ 470.0 │ 495.8 │  513.5 │ 532.8 │ 560.0 │"), "\(txt)")
    }

    @Test func outputsFitTheWidthAndFoldToASCII() {
        for line in ["compare reading c1 -> c2 by class norms demo bootstrap 200", "tail reading at c1", "bands reading c1 -> c2",
                     "summary reading_c1, maths_c1 by class", "cycles"] {
            let r = render(["load demo", line], width: 100)
            #expect(!r.output.failed, "\(line)")
            for l in r.text.split(separator: "\n") where l.hasPrefix("│") || l.hasPrefix("┌") {
                #expect(DisplayWidth.of(String(l)) <= 100, "\(line): too wide: \(l)")
            }
            let a = render(["load demo", "set ascii on", line])
            #expect(a.text.utf8.allSatisfy { $0 < 128 }, "\(line)")
            #expect(!a.text.contains("?"), "\(line): a character folded to '?'")
        }
    }
}
