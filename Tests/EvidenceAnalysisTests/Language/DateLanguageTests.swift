import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
import EvidenceTestSupport

/// Dates in the language: quoted ISO dates beside a date column, `date()`, `year()`, `month()`,
/// `day()`, `days()`, and type errors with a caret. Expected day counts from Python's
/// datetime: (date(2025, 3, 14) - date(1970, 1, 1)).days == 20161.
struct DateLanguageTests {
    static func table() -> Table {
        Table(columns: [
            .texts("id", ["1", "2", "3", "4"]),
            .dates("test_date", ["2025-03-14", "2025-02-28", nil, "2024-12-31"]),
            .dates("retest", ["2025-04-01", "2025-02-28", "2025-05-05", nil]),
            .texts("noted", ["2025-03-14", "soon", nil, "2024-12-31"]),
        ])
    }

    static let schema = Checker.Schema(table())

    @Test func comparisonsWithAQuotedDate() throws {
        let t = Self.table()
        #expect(try values("test_date >= \"2025-03-01\"", in: t) == [B(true), B(false), M, B(false)])
        #expect(try values("\"2025-03-01\" > test_date", in: t) == [B(false), B(true), M, B(true)])
        #expect(try values("test_date == date(\"2025-02-28\")", in: t) == [B(false), B(true), M, B(false)])
        #expect(try values("test_date < retest", in: t) == [B(true), B(false), M, M])
        #expect(try values("test_date between \"2025-01-01\" and \"2025-02-28\"", in: t) == [B(false), B(true), M, B(false)])
        #expect(try values("test_date in [\"2024-12-31\", \"2025-03-14\"]", in: t) == [B(true), B(false), M, B(true)])
    }

    @Test func partsAndDifferences() throws {
        let t = Self.table()
        #expect(try values("year(test_date)", in: t) == [N(2025), N(2025), M, N(2024)])
        #expect(try values("month(test_date)", in: t) == [N(3), N(2), M, N(12)])
        #expect(try values("day(test_date)", in: t) == [N(14), N(28), M, N(31)])
        // Python: (date(2025, 4, 1) - date(2025, 3, 14)).days == 18
        #expect(try values("days(test_date, retest)", in: t) == [N(18), N(0), M, M])
        #expect(try values("days(\"2025-01-01\", \"2025-03-14\")", in: t)[0] == N(72))
        #expect(try values("date(noted)", in: t) == [.date(20161), M, M, .date(20088)])
        #expect(try values("month(\"2024-02-29\")", in: t)[0] == N(2))
        #expect(try values("coalesce(test_date, retest)", in: t).map(\.description) == ["2025-03-14", "2025-02-28", "2025-05-05", "2024-12-31"])
    }

    @Test func typeErrorsPointAtTheValue() {
        // A quoted value that is no date, beside a date column.
        let (bad, at) = markers("filter test_date >= 1️⃣\"2025-13-01\"")
        let p = problems(bad, schema: Self.schema)
        #expect(p.count == 1)
        #expect(p.first?.message.contains("'2025-13-01' is not a date") == true, "\(p)")
        #expect(p.first?.span?.range.lowerBound == at[0])
        #expect(p.first?.hint?.contains("YYYY-MM-DD") == true)
        // A number beside a date.
        let n = problems("filter test_date > 2025", schema: Self.schema)
        #expect(n.first?.hint?.contains("in quotes") == true, "\(n)")
        // Arithmetic on a date points to days().
        let a = problems("let x = test_date + 1", schema: Self.schema, exprStart: 8)
        #expect(a.first?.hint?.contains("days(a, b)") == true, "\(a)")
        // date() of a literal is checked before a row is read.
        let d = problems("filter test_date > date(\"2025-02-30\")", schema: Self.schema)
        #expect(d.first?.message.contains("is not a date") == true, "\(d)")
        // year() of text.
        let y = problems("let y = year(noted)", schema: Self.schema, exprStart: 8)
        #expect(y.first?.hint?.contains("date(noted)") == true, "\(y)")
    }
}
