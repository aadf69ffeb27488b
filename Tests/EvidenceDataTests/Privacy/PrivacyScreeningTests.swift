import Testing
@testable import EvidenceData

/// `needsPseudonymising` gives the answer of the two checks it replaces (`looksLikePersonnummer`
/// on every column, then `holdsPersonnummerText`), on small tables screened in turn and on large
/// ones screened on several threads.
struct PrivacyScreeningTests {
    /// Each case: a column that makes the table need the pass (or not) among plain columns.
    static let cases: [(String, @Sendable (Int) -> Column)] = [
        ("nothing", { n in .texts("namn", (0..<n).map { "Elev \($0)" }) }),
        ("a personnummer column", { n in .texts("pnr", (0..<n).map { $0 % 3 == 0 ? "20130419-5579" : "130479-1237" }) }),
        ("one inside a comment", { n in .texts("kommentar", (0..<n).map { $0 == n - 1 ? "ring 20130419-5579" : "bra" }) }),
        ("valid with a space, half the column", { n in .texts("pnr", (0..<n).map { $0 % 2 == 0 ? "20130419 5579" : "x" }) }),
        ("valid with a space, a few", { n in .texts("pnr", (0..<n).map { $0 < 2 ? "20130419 5579" : "Elev \($0)" }) }),
        ("ten digits as numbers", { n in .numbers("id", (0..<n).map { $0 % 2 == 0 ? 1304195579 : 1304791237 }) }),
        ("one ten-digit number", { n in .numbers("id", (0..<n).map { $0 == 3 ? 1304195579 : Double($0) }) }),
        ("a ten-digit number that is none", { n in .numbers("id", (0..<n).map { $0 == 3 ? 1304195578 : Double($0) }) }),
        ("scores", { n in .numbers("poäng", (0..<n).map { Double($0 % 700) }) }),
        ("in a column name", { n in .numbers("elev 20130419-5579", (0..<n).map { Double($0) }) }),
    ]

    static func table(_ make: @Sendable (Int) -> Column, rows: Int) -> Table {
        Table(columns: [.texts("klass", (0..<rows).map { "\($0 % 9)A" }), make(rows), .numbers("läsning", (0..<rows).map { Double($0 % 500) })])
    }

    @Test(arguments: 0..<cases.count, [40, 20_000])
    func theSameAnswerAsTheTwoChecks(_ i: Int, rows: Int) {
        let t = Self.table(Self.cases[i].1, rows: rows)
        let before = t.columns.contains(where: Privacy.looksLikePersonnummer) || Privacy.holdsPersonnummerText(t)
        #expect(Privacy.needsPseudonymising(t) == before, "\(Self.cases[i].0), \(rows) rows")
    }

    @Test func theCasesCoverBothAnswers() {
        let answers = Self.cases.map { Privacy.needsPseudonymising(Self.table($0.1, rows: 20_000)) }
        // A few valid values written with a space are neither half the column nor found in text.
        #expect(answers == [false, true, true, true, false, true, true, false, false, true])
    }
}

/// The eight-at-a-time largest value equals the plain one at every length and position.
/// `reaches` on scaled integers: a value at the bound reaches it, one below does not, wherever
/// it stands (the loop has no early exit; docs/privacy.md, "Where it happens").
struct ReachesTests {
    @Test(arguments: [0, 1, 7, 8, 9, 16, 17, 1_003])
    func atTheBound(_ n: Int) {
        var ints = (0..<n).map { Int32(($0 * 7919) % 1000) - 500 }
        #expect(!Privacy.reaches(Numbers(scaled: ints, decimals: 0), 1_000_000_000))
        for at in Set([0, n / 2, n - 1]) where at >= 0 && at < n {
            let saved = ints[at]
            ints[at] = 1_000_000_000
            #expect(Privacy.reaches(Numbers(scaled: ints, decimals: 0), 1_000_000_000), "\(n) values, the bound at \(at)")
            ints[at] = 999_999_999
            #expect(!Privacy.reaches(Numbers(scaled: ints, decimals: 0), 1_000_000_000), "\(n) values, just below at \(at)")
            ints[at] = saved
        }
        // One decimal: 100 000 000,0 is stored as 1 000 000 000.
        #expect(Privacy.reaches(Numbers(scaled: [5, 1_000_000_000], decimals: 1), 100_000_000))
        #expect(!Privacy.reaches(Numbers(scaled: [5, 999_999_999], decimals: 1), 100_000_000))
    }
}
