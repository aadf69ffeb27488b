import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct CompareTests {
    /// Seven students, two groups; missing values make every matching case appear once:
    /// X: s1 both, s2 only A, s3 only B → matched 1, match rate 1/3;
    /// Y: s4, s6, s7 both, s5 neither → matched 3, match rate 100 %.
    static let small = Table(columns: [
        .texts("student_id", ["s1", "s2", "s3", "s4", "s5", "s6", "s7"], isID: true),
        .texts("grp", ["X", "X", "X", "Y", "Y", "Y", "Y"]),
        .numbers("score_t1", [500, 520, nil, 480, nil, 510, 495]),
        .numbers("score_t2", [510, nil, 530, 500, nil, 505, 515]),
    ])

    @Test func matchingAndAttritionCounts() {
        let s = session(with: Self.small)
        let (t, o) = text(s, "compare score t1 -> t2 by grp")
        #expect(!o.failed, "\(t)")
        let m = table(o, titled: "matching")
        #expect(m?.rows[0].map(\.display) == ["X", "1", "1", "1", "33"])
        #expect(m?.rows[1].map(\.display) == ["Y", "3", "0", "0", "100"])
        #expect(m?.rows[2].map(\.display) == ["all", "4", "1", "1", "67"])
        // Means of the matched only: Y pre (480+510+495)/3 = 495, post (500+505+515)/3 = 506.667
        let means = table(o, titled: "means")
        #expect(means?.rows[1][2].display == "495.0")
        #expect(means?.rows[1][4].display == "506.7")
        #expect(means?.rows[1][6].display == "11.7")
        let w = warnings(o)
        #expect(w.contains { $0.hasPrefix("small group: wide uncertainty") && $0.contains("X (n = 1)") })
        #expect(w.contains { $0.hasPrefix("match rate under 80 %") && $0.contains("X 33 %") })
    }

    @Test func fullColumnNamesAndErrors() {
        let s = session(with: Self.small)
        #expect(!s.run("compare score_t1 -> score_t2").failed)
        #expect(!s.run("compare score_t1 -> t2").failed)
        #expect(!s.run("compare score t1->t2").failed)
        let (e1, o1) = text(s, "compare scor t1 -> t2")
        #expect(o1.failed && e1.contains("did you mean 'score'?") && e1.contains("^~~~"))
        let (e2, _) = text(s, "compare score t1 -> t3")
        #expect(e2.contains("'score' has no cycle 't3'") && e2.contains("did you mean 't1'?"))
        let (e3, _) = text(s, "compare score t1 t2")
        #expect(e3.contains("expected 'MEASURE A -> B'"))
        let (e4, _) = text(s, "compare score t1 -> t2 by grup")
        #expect(e4.contains("did you mean 'grp'?"))
        let (e5, _) = text(s, "compare score t1 -> t2 bootstrap many")
        #expect(e5.contains("bootstrap takes a whole number"))
    }

    @Test func dzAndDavAgainstNumpyThroughTheCommand() {
        // refA/refB as a table: the printed d_z, d_av, g_av equal the numpy values rounded.
        let t = Table(columns: [.numbers("r_c1", refA.map { $0 }), .numbers("r_c2", refB.map { $0 })])
        let (_, o) = text(session(with: t), "compare r c1 -> c2")
        let es = table(o, titled: "effect sizes")?.rows.first
        #expect(es?[2].display == "1.65" && es?[4].display == "0.45" && es?[6].display == "0.42")
        #expect(es?[3].display == "[0.78, 2.52]")
        #expect(es?[5].display == "[0.30, 0.60]")
        #expect(es?[7].display == "[0.28, 0.56]")
        #expect(warnings(o).contains { $0.contains("d_z (1.65) and d_av (0.45) differ because r = 0.97") })
    }

    /// Issue 13, item 11: degenerate statistics print `–`, not numbers. numpy:
    /// a = [500, 510], b = [520, 525]: d_z = 4.949747468305833, d_av = 3.1304951684997055,
    /// and J = 1 − 3/(4·1 − 1) = 0, so g_av would be 0.00; a = [500, 510, 520], b = a + 5:
    /// sd(b − a) = 0.0 and d_av = 0.5 with SE 0 (a zero-width CI).
    @Test func degenerateStatisticsAreDashes() {
        let two = Table(columns: [.numbers("r_c1", [500, 510]), .numbers("r_c2", [520, 525])])
        let (t2, o2) = text(session(with: two), "compare r c1 -> c2")
        let es2 = table(o2, titled: "effect sizes")?.rows.first
        #expect(es2?[2].display == "4.95" && es2?[4].display == "3.13", "\(t2)")
        #expect(es2?[6].display == "–" && es2?[7].display == "–", "g_av at n = 2: J = 0 is no estimate\n\(t2)")

        let same = Table(columns: [.numbers("r_c1", [500, 510, 520]), .numbers("r_c2", [505, 515, 525])])
        let (t3, o3) = text(session(with: same), "compare r c1 -> c2")
        let es3 = table(o3, titled: "effect sizes")?.rows.first
        #expect(es3?[2].display == "–" && es3?[3].display == "–", "\(t3)")
        #expect(es3?[4].display == "0.50" && es3?[5].display == "–", "a zero-width CI is not shown as [0.50, 0.50]\n\(t3)")
        #expect(!t3.contains("[0.50, 0.50]") && !t3.contains("[–, –]"))

        // One matched student (group X): sd gain is `–`, as sd t1 is.
        let (t1, o1) = text(session(with: Self.small), "compare score t1 -> t2 by grp")
        let x = table(o1, titled: "means")?.rows.first
        #expect(x?[3].display == "–" && x?[7].display == "–", "\(t1)")
        #expect(x?[6].display == "10.0")
    }

    @Test func normsEndToEndReproduceSchagenHodgen() throws {
        // Year 6, gain 10.0 for everyone → (10 − 6.1)/12.4 = 0.31; year 10, gain 19.0 → 1.29.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evsh-norms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("pat.csv").path
        try PATMaths.csv.write(toFile: path, atomically: true, encoding: .utf8)
        for (year, gain, es) in [(6.0, 10.0, "0.31"), (10.0, 19.0, "1.29")] {
            let pre: [Double?] = [30, 35, 41, 50, 47]
            let t = Table(columns: [.numbers("year", pre.map { _ in year }), .numbers("maths_t1", pre),
                                    .numbers("maths_t2", pre.map { $0.map { $0 + gain } })])
            let s = session(with: t)
            #expect(!s.run("norms load \(path) as pat").failed)
            let (txt, o) = text(s, "compare maths t1 -> t2 norms pat")
            let row = table(o, titled: "against norms")?.rows.first
            #expect(row?[5].display == es, "\(txt)")
        }
    }

    @Test func normCIAgainstNumpy() throws {
        // Year 6, gains 8, 12, 10, 9, 11 against PAT Maths: e = (gain − 6.1)/12.4;
        // numpy: e.mean() = 0.3145161290322579, CI e.mean() ± 1.96·e.std(ddof=1)/√5 =
        // [0.20274969158470324, 0.42628256647981255].
        let pre: [Double] = [30, 35, 41, 50, 47], gains: [Double] = [8, 12, 10, 9, 11]
        let series = CycleSeries(measure: "maths", cycles: ["t1", "t2"], sources: ["a", "b"],
                                 values: [Numbers(pre), Numbers(zip(pre, gains).map { $0 + $1 })], positions: nil, isGrade: false)
        let e = PATMaths.table.expectation("maths", year: 6, from: "t1", to: "t2")
        let norms = PairedComparison.StudentNorms(name: "pat", expected: Array(repeating: e?.expectedGain ?? .nan, count: 5),
                                                  sd: Array(repeating: e?.sd ?? .nan, count: 5))
        let c = try PairedComparison(series: series, groups: .all(rows: 5), norms: norms)
        let v = c.overall.norm?.vsExpected
        #expect(v.map { close($0.value, 0.3145161290322579) && close($0.lower, 0.20274969158470324) && close($0.upper, 0.42628256647981255) } == true)
        #expect(c.overall.norm.map { close($0.expectedGain, 6.1) && close($0.esNorm, 6.1 / 12.4) } == true)
    }

    @Test func normsNeedYearAndMeasure() {
        let s = session(with: Self.small)
        let (e, o) = text(s, "compare score t1 -> t2 norms demo")
        #expect(o.failed && e.contains("norms 'demo' have no measure 'score'"))
        let (e2, _) = text(s, "compare score t1 -> t2 norms nat")
        #expect(e2.contains("no norms named 'nat'"))
        let r = render(["load demo", "compare reading c1 -> c2 norms demo"])
        #expect(r.text.contains("ES_vs_expected") && r.text.contains("synthetic"))
    }

    @Test func regressionToTheMeanInALowView() {
        let r = render(["load demo"])
        let s = r.session
        guard let d = try? s.resolve("demo"), let c = d.table.column(named: "reading_c1"), case .number(let v) = c.data else {
            Issue.record("no demo"); return
        }
        let low = (0..<d.rowCount).filter { c.validity[$0] && v[$0] < 520 }.map(Int32.init)
        s.addView(Dataset(name: "low", baseName: "demo", selection: low, parent: "demo", origin: "filter reading_c1 < 520"))
        let (t, o) = text(s, "compare reading c1 -> c2")
        #expect(!o.failed, "\(t)")
        let w = warnings(o).first { $0.hasPrefix("regression to the mean: this view was selected on reading") }
        #expect(w != nil, "\(t)")
        #expect(w?.contains("r·z") == true && w?.contains("expected change without any effect") == true)
        // The whole table gets no such warning.
        s.currentName = "demo"
        #expect(!warnings(s.run("compare reading c1 -> c2")).contains { $0.hasPrefix("regression") })
    }

    @Test func gradesCompareOnPoints() {
        let r = render(["load demo", "compare writing c1 -> c2"])
        #expect(r.text.unwrapped.contains("grades compared on merit points"))
        #expect(!r.output.failed)
    }
}
