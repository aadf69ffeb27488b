import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Issue 14, item 4: results as tidy data — unique machine names, intervals as two numeric
/// columns, a result's tables joined into one row per group (docs/evidence.md, "Tidy exports").
struct TidyExportTests {
    func session() -> (Session, String) {
        let dir = NSTemporaryDirectory() + "evsh-tidy-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return (Session(environment: SessionEnvironment(terminalWidth: { 100 }, workingDirectory: dir)), dir)
    }

    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// A CSV file's rows as fields (the exports here quote nothing).
    func csv(_ text: String) -> [[String]] {
        text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// A group too small to show has every interval cell suppressed: the export still names
    /// the bounds `d_z_lo`, `d_z_hi` (it once wrote `d_z_2`, one text column).
    @Test func suppressedIntervalsKeepTheirBoundColumns() throws {
        let (s, dir) = session()
        s.run("load demo")
        s.run("filter class == \"5A\" as few")
        s.run("compare reading c1 -> c2")
        let o = TextRenderer.renderString(s.run("export last to few.csv"), options: s.renderOptions).unwrapped
        #expect(o.contains("shown as <10"), "\(o)")
        let header = try #require(csv(read(dir + "/few.csv")).first)
        #expect(header.contains("d_z_lo") && header.contains("d_z_hi") && header.contains("g_av_hi"), "\(header)")
        #expect(!header.contains { $0.hasSuffix("_2") }, "\(header)")
        // The same table made by hand, its interval cells suppressed afterwards.
        var t = ResultTable(header: ["group", "d_z", "95% CI"], rows: [[.text("all"), .number(0.4, decimals: 2),
                            .interval(CellInterval(estimate: nil, lower: 0.1, upper: 0.7, decimals: 2))]])
            .keyed("effect_sizes", [nil, "d_z", "d_z"])
        t.rows[0][1] = .suppressed(k: 10)
        t.rows[0][2] = .suppressed(k: 10)
        #expect(TidyResult.rows(t).header == ["group", "d_z", "d_z_lo", "d_z_hi"])
    }

    @Test func compareIsOneRowPerGroupWithEveryFigure() throws {
        let (s, dir) = session()
        s.run("load demo")
        s.run("set min-group 1")
        let shown = s.run("compare reading c1 -> c2 by class")
        let o = TextRenderer.renderString(s.run("export last to cmp.csv"), options: s.renderOptions).unwrapped
        #expect(o.contains("wrote 7 rows × 21 columns, one row per group, joining the tables matching, means, effect_sizes"), "\(o)")
        let rows = csv(read(dir + "/cmp.csv"))
        let header = try #require(rows.first)
        #expect(header == ["class", "matched", "only_a", "only_b", "match_pct", "mean_a", "sd_a", "mean_b", "sd_b", "gain", "sd_gain", "r",
                           "d_z", "d_z_lo", "d_z_hi", "d_av", "d_av_lo", "d_av_hi", "g_av", "g_av_lo", "g_av_hi"])
        #expect(Set(header).count == header.count)
        #expect(rows.count == 8 && rows.map { $0.first ?? "" }.dropFirst() == ["4A", "4B", "5A", "5B", "6A", "6B", "all"])
        // The figures agree with each other (a column put in the wrong place would not) and
        // with the screen, rounded as shown there.
        let es = try #require(shown.blocks.compactMap { b -> ResultTable? in if case .table(let t) = b, t.key == "effect_sizes" { t } else { nil } }.first)
        for (i, row) in rows.dropFirst().enumerated() {
            let v = Dictionary(uniqueKeysWithValues: zip(header, row))
            let n = { (k: String) in Double(v[k] ?? "") ?? .nan }
            #expect(abs(n("mean_b") - n("mean_a") - n("gain")) < 1e-9)
            #expect(abs(n("gain") / n("sd_gain") - n("d_z")) < 1e-9)
            #expect(n("d_z_lo") < n("d_z") && n("d_z") < n("d_z_hi"))
            #expect(NumberFormat.fixed(n("d_z"), decimals: 2) == es.rows[i][2].display)
            #expect("[\(NumberFormat.fixed(n("d_z_lo"), decimals: 2)), \(NumberFormat.fixed(n("d_z_hi"), decimals: 2))]" == es.rows[i][3].display)
        }
    }

    @Test func jsonKeysAreUniqueAndIntervalsNumbers() throws {
        let (s, dir) = session()
        s.run("load demo")
        s.run("compare reading c1 -> c2")
        #expect(!s.run("export last to cmp.json").failed)
        let text = read(dir + "/cmp.json")
        #expect(!text.contains("95% CI") && !text.contains("(2)") && !text.contains("\"["))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        let lo = try #require(rows[0]["d_av_lo"] as? Double), hi = try #require(rows[0]["d_av_hi"] as? Double)
        #expect(lo < hi && rows[0]["students"] as? String == "all" && rows[0]["matched"] as? Int == 272)
    }

    @Test func tailWritesItsShareAndWilsonBounds() {
        let (s, dir) = session()
        s.run("load demo")
        s.run("tail reading c1")
        #expect(!s.run("export last to tail.csv").failed)
        let rows = csv(read(dir + "/tail.csv"))
        #expect(rows.first?.suffix(3) == ["still_pct", "still_pct_lo", "still_pct_hi"])
        for row in rows.dropFirst() {
            let (p, lo, hi) = (Double(row[9]) ?? .nan, Double(row[10]) ?? .nan, Double(row[11]) ?? .nan)
            #expect(lo <= p && p <= hi && lo >= 0 && hi <= 100, "\(row)")
        }
    }

    /// Rows of a later table that are a subset of the first table's groups join with empty
    /// cells; a repeated figure is written once, a different one under the same name is named
    /// after its table.
    @Test func tablesJoinOnTheirGroups() {
        let a = ResultTable(header: ["group", "n"], rows: [[.text("x"), .integer(5)], [.text("y"), .integer(6)], [.text("all"), .integer(11)]]).keyed("first", [])
        let b = ResultTable(header: ["group", "n", "score"], rows: [[.text("x"), .integer(4), .number(1.5, decimals: 1)],
                                                               [.text("all"), .integer(4), .number(2, decimals: 1)]]).keyed("second", [])
        guard case .one(let rows, let names) = TidyResult.shape([a, b]) else { Issue.record("not joined"); return }
        #expect(names == ["first", "second"])
        #expect(rows.header == ["group", "n", "second_n", "score"])
        #expect(rows.field(1, 2) == .missing && rows.field(1, 3) == .missing)
        #expect(rows.field(0, 2) == .integer(4) && rows.field(2, 3) == .number(2))
        let same = ResultTable(header: ["group", "n"], rows: [[.text("x"), .integer(5)], [.text("y"), .integer(6)], [.text("all"), .integer(11)]])
        guard case .one(let r2, _) = TidyResult.shape([a, same]) else { Issue.record("not joined"); return }
        #expect(r2.header == ["group", "n"])
        // Groups not among the first table's, or a different first column: tables stay apart.
        let other = ResultTable(header: ["group", "n"], rows: [[.text("z"), .integer(1)]])
        guard case .several(let list) = TidyResult.shape([a, other]) else { Issue.record("joined"); return }
        #expect(list.map(\.name) == ["first", "table_2"] && list[1].rows.header == ["group", "n"])
    }

    @Test func machineNames() {
        #expect(MachineName.of("match %") == "match_pct")
        #expect(MachineName.of("sd gain") == "sd_gain")
        #expect(MachineName.of("beyond r·z") == "beyond_r_z")
        #expect(MachineName.of("still ≤ P20") == "still_le_p20")
        #expect(MachineName.of("Skola") == "skola")
        #expect(MachineName.of("åk 9") == "åk_9")
        #expect(MachineName.of("2024") == "_2024")
        #expect(MachineName.of("—") == "column")
        #expect(MachineName.unique(["n", "n", "a", "n"]) == ["n", "n_2", "a", "n_3"])
    }
}
