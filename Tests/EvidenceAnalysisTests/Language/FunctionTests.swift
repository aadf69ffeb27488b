import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Reference values computed with numpy 2 / scipy (python3), e.g.
/// x = [340, 360, 400, 300]: np.mean 350, np.std(ddof=1) 41.63331998932265,
/// np.var(ddof=1) 1733.3333333333333, np.median 350, np.quantile(.25) 330, (.75) 370, iqr 40;
/// scipy.stats.rankdata(x) [2, 3, 4, 1]; z = (x - 350) / 41.63331998932265.
struct FunctionTests {
    @Test func aggregatesMatchNumpy() throws {
        func one(_ s: String) throws -> Value { try values(s)[0] }
        #expect(try one("mean(reading_c1)") == N(350))
        #expect(try one("median(reading_c1)") == N(350))
        #expect(try one("q(reading_c1, 0.25)") == N(330))
        #expect(try one("iqr(reading_c1)") == N(40))
        #expect(try one("min(reading_c1) + max(reading_c1)") == N(700))
        #expect(try one("sum(reading_c1)") == N(1400))
        guard case .number(let sd) = try one("sd(reading_c1)"), case .number(let v) = try one("var(reading_c1)") else {
            Issue.record("sd/var not numbers"); return
        }
        #expect(abs(sd - 41.63331998932265) < 1e-12)
        #expect(abs(v - 1733.3333333333333) < 1e-9)
        #expect(try one("pct(sen)") == N(50))
        #expect(try one("sd(year * 0 + 1)") == N(0))
    }

    @Test func rowFunctions() throws {
        #expect(try values("rank(reading_c1)") == [N(2), N(3), M, N(4), N(1)])
        #expect(try values("percentile(reading_c1)") == [N(37.5), N(62.5), M, N(87.5), N(12.5)])
        let z = try values("z(reading_c1)")
        if case .number(let z0) = z[0] { #expect(abs(z0 - (-10 / 41.63331998932265)) < 1e-12) } else { Issue.record("z") }
        #expect(z[2] == M)
        #expect(try values("band(reading_c1, 340, 400)") == [N(2), N(2), M, N(3), N(1)])
        #expect(try values("round(reading_c1 / 7, 1)") == [N(48.6), N(51.4), M, N(57.1), N(42.9)])
        #expect(try values("round(2.5) + round(-2.5)") == [N(0), N(0), N(0), N(0), N(0)])
        #expect(try values("floor(-1.5) + ceil(1.2)") == [N(0), N(0), N(0), N(0), N(0)])
        #expect(try values("sqrt(year - 5)") == [N(0), N(0), M, M, N(1)])
        #expect(try values("log(year - 5)") == [M, M, M, M, N(0)])
        #expect(try values("least(reading_c1, reading_c2)") == [N(340), N(360), N(420), N(390), N(300)])
        #expect(try values("greatest(reading_c1, reading_c2, 380)") == [N(380), N(380), N(420), N(400), N(380)])
        #expect(try values("abs(reading_c2 - reading_c1)") == [N(10), M, M, N(10), N(30)])
        #expect(try values("exp(0)") == [N(1), N(1), N(1), N(1), N(1)])
    }

    @Test func choiceAndText() throws {
        #expect(try values("if(sen, reading_c1, 0)") == [N(340), N(0), M, N(0), N(300)])
        #expect(try values("if(sen, \"yes\", class)") == [.text("yes"), .text("5B"), M, .text("5A"), .text("yes")])
        #expect(try values("coalesce(reading_c2, reading_c1, 0)") == [N(350), N(360), N(420), N(390), N(330)])
        #expect(try values("coalesce(writing_c1, \"E\")") == [.grade(.C), .grade(.A), .grade(.E), .grade(.F), .grade(.E)])
        #expect(try values("length(class)") == [N(2), N(2), N(2), N(2), M])
        #expect(try values("upper(lower(class)) == class") == [B(true), B(true), B(true), B(true), M])
        #expect(try values("contains(class, \"a\")") == [B(true), B(false), B(true), B(true), M])
    }

    /// Issue 13, item 4: `number` reads text as the loader would; `replace` swaps every match.
    @Test func numberAndReplace() throws {
        let t = Table(columns: [
            .texts("närvaro", ["94,5 %", "88,9%", "95.1 %", "1 234", "ej inläst", nil]),
            .texts("klass", ["åk 5A", "åk 5B", "5A", "åk åk", "", nil]),
        ])
        #expect(try values("number(närvaro)", in: t) == [N(94.5), N(88.9), N(95.1), N(1234), M, M])
        #expect(try values("number(\"12,5\") + number(\" 7 \")", in: t)[0] == N(19.5))
        #expect(try values("number(\"..\")", in: t)[0] == M, "a marker is missing, not 0")
        #expect(try values("replace(klass, \"åk \", \"\")", in: t) == [.text("5A"), .text("5B"), .text("5A"), .text("åk"), .text(""), M])
        #expect(try values("replace(klass, \"A\", \"a\")", in: t)[0] == .text("åk 5a"), "exact case")
        #expect(try values("replace(klass, \"\", \"x\")", in: t)[2] == .text("5A"), "an empty old changes nothing")
        #expect(try values("number(replace(klass, \"åk 5\", \"\"))", in: t) == [M, M, M, M, M, M])
        // Column arguments, row by row.
        let u = Table(columns: [.texts("a", ["x-y", "p.q", nil]), .texts("old", ["-", ".", "z"]), .texts("new", ["+", "", "w"])])
        #expect(try values("replace(a, old, new)", in: u) == [.text("x+y"), .text("pq"), M])
        // On a number, a hint that it already is one.
        let onNumber = #expect(throws: Diagnostic.self) { try values("number(reading_c1)") }
        #expect(onNumber?.hint?.contains("is a number already") == true, "\(String(describing: onNumber))")
    }

    @Test func everyFunctionHasDocAndAWorkingExample() throws {
        let demo = ResolvedDataset(name: "demo", table: DemoSchool.table(), selection: nil)
        for f in Functions.all {
            #expect(!f.doc.isEmpty && f.signature.hasPrefix(f.name + "("))
            #expect(f.example.contains(f.name + "("))
            _ = try Expressions.evaluate(f.example, offset: 0, line: f.example, in: demo)
        }
        #expect(Set(Functions.names).count == Functions.all.count)
    }
}
