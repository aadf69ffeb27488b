import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

struct PivotTests {
    @Test func familiesAreFoundByDigitSuffixes() {
        let f = MeasureFamilies(columnNames: ["student_id", "lang_background", "läsning_ht24", "maths_ht24", "läsning_vt25", "maths_vt25", "note_1"])
        #expect(f.cycles == ["ht24", "vt25"])
        #expect(f.families.map(\.measure) == ["läsning", "maths"])
        #expect(f.families[0].columns == ["läsning_ht24", "läsning_vt25"])
        #expect(MeasureFamilies(columnNames: ["student_id", "lang_background"]).isEmpty)
    }

    @Test func longerThenWiderGivesTheDemoBack() throws {
        let s = Session(environment: .plain)
        s.run("load demo")
        #expect(!s.run("pivot longer").failed)
        let long = try s.resolve("demo_long")
        #expect(long.rowCount == 900)
        #expect(long.table.columnNames == ["student_id", "class", "year", "gender", "lang_background", "sen", "teacher",
                                           "cycle", "reading", "maths", "writing", "obs", "attendance"])
        let demo = try s.resolve("demo")
        // Row 3·i + j of the long data is student i at cycle j.
        for (i, j) in [(0, 0), (57, 1), (299, 2)] {
            #expect(long.table.column(named: "reading")!.value(at: 3 * i + j) == demo.table.column(named: "reading_c\(j + 1)")!.value(at: i))
            #expect(long.table.column(named: "writing")!.value(at: 3 * i + j) == demo.table.column(named: "writing_c\(j + 1)")!.value(at: i))
            #expect(long.table.column(named: "cycle")!.value(at: 3 * i + j) == .text("c\(j + 1)"))
            #expect(long.table.column(named: "class")!.value(at: 3 * i + j) == demo.table.column(named: "class")!.value(at: i))
        }
        #expect(!s.run("pivot wider").failed)
        let wide = try s.resolve("demo_long_wide")
        #expect(wide.rowCount == 300)
        #expect(Set(wide.table.columnNames) == Set(demo.table.columnNames))
        #expect(wide.table.idColumn?.name == "student_id")
        for c in demo.table.columns {
            let w = wide.table.column(named: c.name)!
            #expect(w.type == c.type, "\(c.name)")
            #expect((0..<300).allSatisfy { w.value(at: $0) == c.value(at: $0) }, "\(c.name) differs after the round trip")
        }
    }

    @Test func widerRefusesTwoRowsForOneCycle() {
        let s = Session(environment: .plain)
        let t = Table(columns: [.texts("id", ["a", "a", "b"], isID: true), .texts("cycle", ["c1", "c1", "c1"]), .numbers("x", [1, 2, 3])])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "t")), name: "t")
        let o = s.run("pivot wider")
        #expect(o.failed)
        #expect(TextRenderer.renderString(o, options: s.renderOptions).contains("a at c1"))
    }

    @Test func widerOfAMissingCycleLeavesGaps() throws {
        let s = Session(environment: .plain)
        let t = Table(columns: [.texts("id", ["a", "a", "b"], isID: true), .texts("cycle", ["c1", "c2", "c2"]),
                                .numbers("x", [1, 2, 3]), .texts("class", ["4A", "4A", "5B"])])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "t")), name: "t")
        #expect(!s.run("pivot wider as w").failed)
        let w = try s.resolve("w").table
        #expect(w.columnNames == ["id", "class", "x_c1", "x_c2"])
        #expect(w.column(named: "x_c1")!.value(at: 1) == .missing(.empty))
        #expect(w.column(named: "x_c2")!.value(at: 1) == .number(3))
    }

    /// Issue 13, item 12: `evidence` and `pivot` list cycles in natural order (ht24 before
    /// vt25, c2 before c10), as `cycles` does, whatever order the columns or rows come in.
    @Test func evidenceAndPivotUseTheNaturalCycleOrder() throws {
        let f = MeasureFamilies(columnNames: ["id", "läsning_vt25", "läsning_ht24", "obs_c10", "obs_c2"])
        #expect(f.cycles == ["ht24", "vt25", "c2", "c10"] || f.cycles == ["c2", "c10", "ht24", "vt25"], "\(f.cycles)")
        #expect(MeasureFamilies(columnNames: ["id", "läsning_vt25", "läsning_ht24"]).cycles == ["ht24", "vt25"])
        let s = Session(environment: .plain)
        let t = Table(columns: [.texts("id", ["a", "b"], isID: true), .numbers("läsning_vt25", [2, 3]), .numbers("läsning_ht24", [1, 2])])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "t")), name: "t")
        let grid = try #require(s.run("evidence").blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }.first)
        #expect(grid.columns.map(\.name) == ["source", "ht24", "vt25", "all cycles"], "\(grid.columns.map(\.name))")
        #expect(!s.run("pivot longer as long").failed)
        let long = try s.resolve("long").table
        #expect(long.column(named: "cycle")?.value(at: 0) == .text("ht24"), "one row per student and cycle, ht24 first")
        let wide = Table(columns: [.texts("id", ["a", "a", "b", "b"], isID: true), .texts("cycle", ["vt25", "ht24", "vt25", "ht24"]),
                                   .numbers("x", [2, 1, 3, 2])])
        s.addTable(LoadedTable(table: wide, source: DataSource(path: nil, description: "w")), name: "w")
        let o = s.run("pivot wider as ww")
        #expect(!o.failed)
        #expect(try s.resolve("ww").table.columnNames == ["id", "x_ht24", "x_vt25"])
        #expect(TextRenderer.renderString(o, options: s.renderOptions).contains("over cycle ht24, vt25"))
    }

    @Test func evidenceCountsSourcesAndCycles() throws {
        let s = Session(environment: .plain)
        let t = Table(columns: [
            .texts("id", ["a", "b", "c", "d"], isID: true),
            .numbers("read_c1", [1, 2, nil, 4]), .numbers("read_c2", [1, nil, nil, 4]),
            .numbers("obs_c1", [1, 2, 3, 4]), .numbers("obs_c2", [nil, 2, 3, 4]),
        ])
        s.addTable(LoadedTable(table: t, source: DataSource(path: nil, description: "t")), name: "t")
        let o = s.run("evidence")
        let grid = o.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
        #expect(grid.count == 2)
        // read: c1 3, c2 2, both 2; obs: 4, 3, 3; all sources: c1 3 (a b d), c2 1 (d), both 1 (d).
        #expect(grid[0].rows[0] == [.text("read"), .integer(3), .integer(2), .integer(2)])
        #expect(grid[0].rows[1] == [.text("obs"), .integer(4), .integer(3), .integer(3)])
        #expect(grid[0].rows[2] == [.text("all sources"), .integer(3), .integer(1), .integer(1)])
        // Values present of 4: d 4, a 3, b 3, c 2.
        #expect(grid[1].rows.map { $0[1] } == [.integer(1), .integer(2), .integer(1), .integer(0)])
        #expect(TextRenderer.renderString(o, options: s.renderOptions).contains("1 of 4 students have every source at every cycle"))
    }
}
