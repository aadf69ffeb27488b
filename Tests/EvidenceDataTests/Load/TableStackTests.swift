import Testing
@testable import EvidenceData

/// Stacking tables by column name (TableStack) and the order and name of a stack of files
/// (StackedLoad).
struct TableStackTests {
    static let ht = Table(columns: [
        .texts("elev_id", ["a", "b"], isID: true), .numbers("Poäng", [12.5, nil]), .texts("Klass", ["6A", "6B"]),
    ])
    static let vt = Table(columns: [
        .texts("elev_id", ["b", "c", "d"], isID: true), .texts("Klass", ["6B", "6A", "6A"]), .numbers("Poäng", [14, 9.5, 11]),
        .numbers("Närvaro", [93.5, 88, nil]),
    ])

    @Test func alignsByNameAndFillsWhatAPartLacks() {
        let s = TableStack.stack([.init(name: "ht.csv", table: Self.ht, cycle: "ht24"), .init(name: "vt.csv", table: Self.vt, cycle: "vt25")],
                                 cycleColumn: "cycle")
        let t = s.table
        #expect(t.rowCount == 5)
        #expect(t.columnNames == ["source", "cycle", "elev_id", "Poäng", "Klass", "Närvaro"])
        #expect((0..<5).map { t.column(named: "source")!.value(at: $0) } == [.text("ht.csv"), .text("ht.csv"), .text("vt.csv"), .text("vt.csv"), .text("vt.csv")])
        #expect((0..<5).map { t.column(named: "cycle")!.value(at: $0).description } == ["ht24", "ht24", "vt25", "vt25", "vt25"])
        #expect((0..<5).map { t.column(named: "Poäng")!.value(at: $0) } == [.number(12.5), .missing(.empty), .number(14), .number(9.5), .number(11)])
        #expect((0..<5).map { t.column(named: "Klass")!.value(at: $0).description } == ["6A", "6B", "6B", "6A", "6A"])
        // The first file lacks Närvaro: missing for its rows.
        #expect((0..<5).map { t.column(named: "Närvaro")!.value(at: $0) } == [.missing(.empty), .missing(.empty), .number(93.5), .number(88), .missing(.empty)])
        #expect(t.idColumn?.name == "elev_id")
        #expect(s.lacks == [["Närvaro"], []])
        #expect(s.adds == [[], ["Närvaro"]])
        #expect(s.reconciled.isEmpty)
    }

    @Test func kindsThatDisagreeBecomeTextAndMarkersKeepTheirRows() {
        var a = Table(columns: [.numbers("score", [1, nil, 3]), .grades("betyg", [.A, nil, .C])])
        a.columns[0].markers = [1: .suppressed]
        let b = Table(columns: [.texts("score", ["x", "4"]), .grades("betyg", [.F, .E])])
        let s = TableStack.stack([.init(name: "a", table: a), .init(name: "b", table: b)])
        let score = s.table.column(named: "score")!
        #expect(score.type == .text)
        #expect((0..<5).map { score.value(at: $0) } == [.text("1"), .missing(.suppressed), .text("3"), .text("x"), .text("4")])
        #expect(s.table.column(named: "betyg")!.type == .grade)
        #expect((0..<5).map { s.table.column(named: "betyg")!.value(at: $0).description } == ["A", "", "C", "F", "E"])
        #expect(s.reconciled.map(\.column) == ["score"])
        #expect(s.reconciled.first?.kinds.map(\.type) == [.number, .text])
        #expect(s.table.column(named: "cycle") == nil)
    }

    @Test func aColumnWithoutValuesInAPartKeepsTheOthersKind() {
        var empty = Column.texts("närvaro", [nil, nil])
        empty.markers = [1: .absent]
        let a = Table(columns: [.numbers("x", [1, 2]), empty])
        let b = Table(columns: [.numbers("x", [3]), .numbers("närvaro", [93.5])])
        let s = TableStack.stack([.init(name: "a", table: a), .init(name: "b", table: b)])
        let n = s.table.column(named: "närvaro")!
        #expect(n.type == .number)
        #expect((0..<3).map { n.value(at: $0) } == [.missing(.empty), .missing(.absent), .number(93.5)])
        #expect(s.reconciled.isEmpty)
    }

    @Test func aSourceColumnNameTakenGetsASuffix() {
        let a = Table(columns: [.texts("source", ["x"])])
        let s = TableStack.stack([.init(name: "a", table: a), .init(name: "b", table: a)])
        #expect(s.table.columnNames == ["source_2", "source"])
        #expect(s.sourceColumn == "source_2")
    }

    @Test func filesInNaturalOrderAndTheStacksName() {
        func f(_ n: String) -> LoadPaths.File { LoadPaths.File(display: "x/" + n, path: "/x/" + n) }
        let terms = [f("NP åk6 VT2025.csv"), f("NP åk6 HT2024.csv"), f("NP åk6 HT2025.csv")]
        #expect(StackedLoad.ordered(terms).map(\.name) == ["NP åk6 HT2024.csv", "NP åk6 VT2025.csv", "NP åk6 HT2025.csv"])
        #expect(StackedLoad.defaultName(terms, fallback: "exports") == "NP åk6")
        // Without a term token in every name: by name, digits by value.
        let plain = [f("klass10.csv"), f("klass9.csv"), f("klass9 HT24.csv")]
        #expect(StackedLoad.ordered(plain).map(\.name) == ["klass9 HT24.csv", "klass9.csv", "klass10.csv"])
        #expect(StackedLoad.defaultName(plain, fallback: "exports") == "exports")
        #expect(StackedLoad.defaultName(StackedLoad.ordered(plain), fallback: nil) == "klass9 HT24")
    }

    @Test func aStackOfLoadsReportsEveryFile() throws {
        let files = [LoadPaths.File(display: "t/ma HT24.csv", path: "/t/ma HT24.csv"), LoadPaths.File(display: "t/ma VT25.csv", path: "/t/ma VT25.csv")]
        let results = [Self.ht, Self.vt].enumerated().map { k, t in
            LoadResult(table: t, report: LoadReport(name: files[k].name, source: DataSource(path: files[k].path, description: ""), notes: [.text("';'")], table: t))
        }
        let s = StackedLoad.stack(results, files: files, name: "ma")
        #expect(s.result.report.summary == "ma: 5 rows, 6 columns · 2 files stacked · source and cycle columns added")
        #expect(s.fileLines == ["ma HT24.csv: 2 rows, 3 columns · ';' · cycle ht24 · lacks Närvaro",
                                "ma VT25.csv: 3 rows, 4 columns · ';' · cycle vt25 · adds Närvaro"])
        #expect(s.result.table.column(named: "cycle")?.value(at: 4) == .text("vt25"))
    }

    @Test func aFileThatFailsIsNamedAndNothingIsStacked() {
        let files = [LoadPaths.File(display: "a.csv", path: "/a.csv"), LoadPaths.File(display: "b.csv", path: "/b.csv")]
        do {
            _ = try StackedLoad.load(files, name: "x", cancellation: nil) { f in
                if f.name == "b.csv" { throw Diagnostic.data("ragged row", location: FileLocation(file: "b.csv", line: 3)) }
                return LoadResult(table: Self.ht, report: LoadReport(name: f.name, source: DataSource(path: f.path, description: ""), notes: [], table: Self.ht))
            }
            Issue.record("the load should fail")
        } catch let d as Diagnostic {
            #expect(d.location?.file == "b.csv")
            #expect(d.notes.contains("while loading b.csv, file 2 of 2 to stack: nothing was loaded"))
        } catch { Issue.record("unexpected \(error)") }
    }
}
