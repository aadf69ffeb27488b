import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Results checked against columns computed by hand from `smallTable()`:
/// year [5 5 4 – 6], reading_c1 [340 360 – 400 300], reading_c2 [350 – 420 390 330],
/// class [5A 5B 4A 5A –], writing_c1 [C A – F E], sen [T F – F T].
struct EvaluatorTests {
    @Test func arithmeticWithMissingIsMissing() throws {
        #expect(try values("reading_c2 - reading_c1") == [N(10), M, M, N(-10), N(30)])
        #expect(try values("2 * year + 1") == [N(11), N(11), N(9), M, N(13)])
        #expect(try values("year % 4") == [N(1), N(1), N(0), M, N(2)])
        #expect(try values("-reading_c1 / 10") == [N(-34), N(-36), M, N(-40), N(-30)])
    }

    @Test func divisionByZeroIsMissing() throws {
        #expect(try values("reading_c1 / (year - 5)") == [M, M, M, M, N(300)])
        #expect(try values("year / (year - 5)") == [M, M, N(-4), M, N(6)])
        #expect(try values("1 / 0") == [M, M, M, M, M])
        #expect(try values("year % 0") == [M, M, M, M, M])
    }

    @Test func comparisonsWithMissingAreMissing() throws {
        #expect(try values("reading_c1 < 350") == [B(true), B(false), M, B(false), B(true)])
        #expect(try values("350 > reading_c1") == [B(true), B(false), M, B(false), B(true)])
        #expect(try values("reading_c1 <= reading_c2") == [B(true), M, M, B(false), B(true)])
    }

    @Test func threeValuedAndOr() throws {
        // sen [T F – F T]; year == 5 [T T F – F]
        #expect(try values("sen and year == 5") == [B(true), B(false), B(false), B(false), B(false)])
        #expect(try values("sen or year == 5") == [B(true), B(true), M, M, B(true)])
        #expect(try values("not sen") == [B(false), B(true), M, B(true), B(false)])
        #expect(try values("sen and missing") == [M, B(false), M, B(false), M])
        #expect(try values("sen or missing") == [B(true), M, M, M, B(true)])
    }

    @Test func textComparesThroughTheDictionary() throws {
        #expect(try values("class == \"5A\"") == [B(true), B(false), B(false), B(true), M])
        #expect(try values("class != \"5A\"") == [B(false), B(true), B(true), B(false), M])
        #expect(try values("class == \"9Z\"") == [B(false), B(false), B(false), B(false), M])
        #expect(try values("class in [\"5B\", \"4A\"]") == [B(false), B(true), B(true), B(false), M])
        #expect(try values("class not in [\"5B\", \"4A\"]") == [B(true), B(false), B(false), B(true), M])
        #expect(try values("starts_with(class, \"5\")") == [B(true), B(true), B(false), B(true), M])
        #expect(try values("lower(class) == \"5a\"") == [B(true), B(false), B(false), B(true), M])
    }

    @Test func gradesAreOrdinal() throws {
        #expect(try values("writing_c1 >= \"C\"") == [B(true), B(true), M, B(false), B(false)])
        #expect(try values("\"B\" > writing_c1") == [B(true), B(false), M, B(true), B(true)])
        #expect(try values("writing_c1 in [\"A\", \"F\"]") == [B(false), B(true), M, B(true), B(false)])
        #expect(try values("points(writing_c1)") == [N(15), N(20), M, N(0), N(10)])
        #expect(try values("writing_c1 between \"E\" and \"C\"") == [B(true), B(false), M, B(false), B(true)])
    }

    @Test func betweenIsInclusiveAndIsMissingIsNeverMissing() throws {
        #expect(try values("reading_c1 between 340 and 360") == [B(true), B(true), M, B(false), B(false)])
        #expect(try values("reading_c1 is missing") == [B(false), B(false), B(true), B(false), B(false)])
        #expect(try values("class is not missing") == [B(true), B(true), B(true), B(true), B(false)])
        #expect(try values("is_missing(reading_c2)") == [B(false), B(true), B(false), B(false), B(false)])
    }

    @Test func unicodeAndBacktickedNames() throws {
        #expect(try values("läsning_ht24 * 2") == [N(2), N(4), N(6), N(8), N(10)])
        #expect(try values("`Läsförståelse HT24` + 1") == [N(1), N(1), N(2), N(2), M])
    }

    @Test func selectKeepsOnlyTrueAndMapsThroughTheView() throws {
        let t = smallTable()
        let all = ResolvedDataset(name: "t", table: t, selection: nil)
        #expect(try Expressions.select("sen or year == 5", offset: 0, line: "sen or year == 5", in: all) == [0, 1, 4])
        let view = ResolvedDataset(name: "v", table: t, selection: [1, 3, 4])
        #expect(try Expressions.select("reading_c1 >= 360", offset: 0, line: "reading_c1 >= 360", in: view) == [1, 3])
        #expect(try Expressions.select("true", offset: 0, line: "true", in: view) == [1, 3, 4])
    }

    @Test func aggregatesInsideRowExpressionsUseTheCurrentRows() throws {
        // mean(reading_c1) over [340 360 400 300] = 350
        #expect(try values("reading_c1 - mean(reading_c1)") == [N(-10), N(10), M, N(50), N(-50)])
        #expect(try values("count()") == [N(5), N(5), N(5), N(5), N(5)])
        #expect(try values("count(class)") == [N(4), N(4), N(4), N(4), N(4)])
    }

    @Test func largeColumnsSplitOverTwoThreadsGiveTheSameAnswer() throws {
        // 300 001 rows (above the parallel threshold, not a multiple of 64); every 7th missing.
        let n = 300_001
        let xs: [Double?] = (0..<n).map { $0 % 7 == 0 ? nil : Double($0) }
        let t = Table(columns: [.numbers("x", xs)])
        let d = ResolvedDataset(name: "big", table: t, selection: nil)
        let lt = try Expressions.select("x < 150000.5", offset: 0, line: "x", in: d)
        #expect(lt.count == (0...150_000).filter { $0 % 7 != 0 }.count)
        #expect(lt.last.map { Int($0) } == 150_000)
        let y = try Expressions.evaluate("(x - 1) / (x - 300000)", offset: 0, line: "x", in: d)
        #expect(y.missingCount == (0..<n).filter { $0 % 7 == 0 }.count + 1)   // + the division by zero
        #expect(y.value(at: 299_998) == N(299_997.0 / -2))
        #expect(y.value(at: 300_000) == M)
        let eq = try Expressions.select("x == x", offset: 0, line: "x", in: d)
        #expect(eq.count == n - (0..<n).filter { $0 % 7 == 0 }.count)
    }

    @Test func windowFunctionsUseTheViewsRows() throws {
        // Over rows 0, 1, 4 reading_c1 is [340, 360, 300]: mean 333.33…, ranks [2, 3, 1].
        let view = ResolvedDataset(name: "v", table: smallTable(), selection: [0, 1, 4])
        let r = try Expressions.evaluate("rank(reading_c1)", offset: 0, line: "rank(reading_c1)", in: view)
        #expect((0..<3).map { r.value(at: $0) } == [N(2), N(3), N(1)])
        let m = try Expressions.evaluate("mean(reading_c1)", offset: 0, line: "mean(reading_c1)", in: view)
        #expect(m.value(at: 0) == N(1000.0 / 3))
    }

    @Test func aggregateAPIPerGroup() throws {
        let t = smallTable()
        let d = ResolvedDataset(name: "t", table: t, selection: [0, 1, 3, 4])
        let r = try Expressions.aggregate("mean(reading_c1)", offset: 0, line: "mean(reading_c1)", in: d, groups: [[0, 1], [3, 4], [2]])
        #expect(r == [AggregateResult(value: 350, n: 2, missing: 0), AggregateResult(value: 350, n: 2, missing: 0),
                      AggregateResult(value: nil, n: 0, missing: 0)])
        let p = try Expressions.aggregate("pct(writing_c1 >= \"C\")", offset: 0, line: "x", in: d)
        #expect(p == [AggregateResult(value: 50, n: 4, missing: 0)])
        #expect(throws: Diagnostic.self) { try Expressions.aggregate("reading_c1", offset: 0, line: "reading_c1", in: d) }
    }
}
