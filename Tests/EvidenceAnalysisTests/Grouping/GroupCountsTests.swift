import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
import EvidenceTestSupport

/// `count by` on a hand-made table. Expected counts from Python's collections.Counter over the
/// same lists, sorted by the natural order written out by hand (text with digits by value,
/// grades A→F, true before false, numbers ascending, missing last in each column).
struct GroupCountsTests {
    static let klass = Column.texts("class", ["5B", "10A", "5B", nil, "4A", "10A", "5B", "4A"])
    static let sen = Column.booleans("sen", [true, false, true, true, nil, false, false, true])
    static let grade = Column.grades("grade", [.A, .F, .A, .C, nil, .F, .B, .C])
    static let score = Column.numbers("score", [512, 480.5, 512, 430, nil, 480.5, 455, 430])

    func groups(_ columns: [Column]) -> [GroupCounts.Group] { GroupCounts(columns, rows: 8).groups }
    func g(_ parts: String..., n: Int) -> GroupCounts.Group { .init(parts: parts, n: n) }

    @Test func oneColumnOfEachKind() {
        #expect(groups([Self.klass]) == [g("4A", n: 2), g("5B", n: 3), g("10A", n: 2), g("(missing)", n: 1)])
        #expect(groups([Self.score]) == [g("430", n: 2), g("455", n: 1), g("480.5", n: 2), g("512", n: 2), g("(missing)", n: 1)])
        #expect(groups([Self.sen]).map(\.parts) == [["true"], ["false"], ["(missing)"]])
    }

    @Test func combinationsThatOccurInNaturalOrder() {
        #expect(groups([Self.grade, Self.sen]) == [g("A", "true", n: 2), g("B", "false", n: 1), g("C", "true", n: 2),
                                                   g("F", "false", n: 2), g("(missing)", "(missing)", n: 1)])
        #expect(groups([Self.sen, Self.klass]) == [g("true", "4A", n: 1), g("true", "5B", n: 2), g("true", "(missing)", n: 1),
                                                   g("false", "5B", n: 1), g("false", "10A", n: 2), g("(missing)", "4A", n: 1)])
    }

    @Test func theTableHasAColumnPerKeyAndAFooter() {
        let t = GroupCounts([Self.sen, Self.klass], rows: 8).table
        #expect(t.columns.map(\.name) == ["sen", "class", "n"])
        #expect(t.rows.first?.map(\.display) == ["true", "4A", "1"])
        #expect(t.footer == ["8 rows in 6 groups"])
    }
}
