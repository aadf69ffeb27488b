import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Random expressions over random tables: the vectorised evaluator must agree with a plain
/// row-at-a-time reference evaluator written here, from the rules in docs/language.md.
/// And random bytes must never crash the lexer or the parser.
struct PropertyTests {
    // MARK: a random table

    static func randomTable(_ rng: inout SplitMix64, rows n: Int) -> Table {
        func maybe<T>(_ v: T) -> T? { rng.uniform() < 0.2 ? nil : v }
        var a: [Double?] = [], b: [Double?] = [], t: [String?] = [], g: [Grade?] = [], s: [Bool?] = []
        for _ in 0..<n {
            a.append(maybe(Double(Int(rng.next() % 7)) - 3))
            b.append(maybe(Double(Int(rng.next() % 5))))
            t.append(maybe(["x", "y", "Z", "xy"][Int(rng.next() % 4)]))
            g.append(maybe(Grade(rawValue: UInt8(rng.next() % 6)) ?? .F))
            s.append(maybe(rng.next() % 2 == 0))
        }
        return Table(columns: [.numbers("a", a), .numbers("b", b), .texts("t", t), .grades("g", g), .booleans("s", s)])
    }

    // MARK: random expressions, as text, by type

    struct Gen {
        var rng: SplitMix64
        mutating func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }

        mutating func number(_ depth: Int) -> String {
            if depth <= 0 { return pick(["a", "b", "1", "2", "0", "-3", "2.5", "missing"]) }
            switch rng.next() % 9 {
            case 0: return "(\(number(depth - 1)) \(pick(["+", "-", "*", "/", "%"])) \(number(depth - 1)))"
            case 1: return "-\(number(depth - 1))"
            case 2: return "\(pick(["abs", "floor", "ceil", "sqrt"]))(\(number(depth - 1)))"
            case 3: return "\(pick(["least", "greatest", "coalesce"]))(\(number(depth - 1)), \(number(depth - 1)))"
            case 4: return "if(\(boolean(depth - 1)), \(number(depth - 1)), \(number(depth - 1)))"
            case 5: return "points(\(grade()))"
            case 6: return "length(t)"
            case 7: return "band(\(number(depth - 1)), 0, 2)"
            default: return number(0)
            }
        }
        mutating func grade() -> String { pick(["g", "\"C\"", "coalesce(g, \"E\")"]) }
        mutating func boolean(_ depth: Int) -> String {
            if depth <= 0 { return pick(["s", "true", "false", "a > 0", "t == \"x\"", "g >= \"C\"", "b is missing"]) }
            switch rng.next() % 8 {
            case 0: return "(\(boolean(depth - 1)) \(pick(["and", "or"])) \(boolean(depth - 1)))"
            case 1: return "not \(boolean(depth - 1))"
            // `+ 0` keeps a bare `missing` literal out of comparisons (that is a type error, tested elsewhere).
            case 2: return "(\(number(depth - 1)) + 0) \(pick(["==", "!=", "<", "<=", ">", ">="])) (\(number(depth - 1)) + 0)"
            case 3: return "\(pick(["g", "coalesce(g, \"E\")"])) \(pick(["==", "<", ">="])) \(grade())"
            case 4: return "t \(pick(["==", "!="])) \(pick(["\"x\"", "\"Z\"", "lower(t)", "\"q\""]))"
            case 5: return "(\(number(depth - 1)) + 0) between (\(number(0)) + 0) and (\(number(0)) + 0)"
            case 6: return "\(pick(["t in [\"x\", \"y\"]", "a in [1, -3]", "g in [\"A\", \"F\"]", "starts_with(t, \"x\")", "contains(lower(t), \"z\")", "is_missing(g)"]))"
            default: return "\(number(depth - 1)) is not missing"
            }
        }
    }

    @Test func vectorisedAgreesWithRowAtATime() throws {
        var rng = SplitMix64(seed: 20_261_129)
        var gen = Gen(rng: SplitMix64(seed: 7))
        for round in 0..<300 {
            let table = Self.randomTable(&rng, rows: 1 + Int(rng.next() % 90))
            let text = round % 2 == 0 ? gen.number(3) : gen.boolean(3)
            // Every third round runs over a view (a random subset of rows).
            let selection: [Int32]? = round % 3 == 2 ? (0..<Int32(table.rowCount)).filter { _ in rng.next() % 2 == 0 } : nil
            let d = ResolvedDataset(name: "t", table: table, selection: selection)
            let col = try Expressions.evaluate(text, offset: 0, line: text, in: d)
            #expect(col.count == d.rowCount)
            let (e, _) = Parser.parse(text)
            for i in 0..<d.rowCount {
                let r = d.baseRow(i)
                let want = Reference.eval(e, table, r)
                let got = col.value(at: i)
                #expect(Reference.same(got, want), "\(text) row \(r): got \(got), want \(want)")
            }
        }
    }

    @Test func randomBytesNeverCrashTheLexerOrParser() {
        var rng = SplitMix64(seed: 99)
        let alphabet = Array("ab_9.,()[]\"'`=<>!+-*/% \tåä€😀\\#;&|") + ["1️⃣"]
        let schema = Checker.Schema(randomTableSchema())
        let data = ResolvedDataset(name: "r", table: randomTableSchema(), selection: [0, 2])
        for _ in 0..<2000 {
            let n = Int(rng.next() % 24)
            var s = ""
            if rng.next() % 3 == 0 {
                let bytes = (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                s = String(decoding: bytes, as: UTF8.self)
            } else {
                for _ in 0..<n { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            }
            let toks = Lexer.tokenize(s, offset: 3)
            #expect(toks.last?.kind == .end)
            let (e, _) = Parser.parse(s, offset: 0, line: s)
            _ = Checker.check(e, schema: schema, line: s)
            // Whatever compiles must also evaluate without trapping.
            if let c = try? Expressions.evaluate(s, offset: 0, line: s, in: data) { #expect(c.count == data.rowCount) }
        }
        // Token soup built from the language's own words reaches the evaluator more often.
        let words = ["a", "b", "t", "g", "s", "1", "0", "\"C\"", "\"x\"", "+", "-", "*", "/", "%", "==", "<", ">=", "!=", "and", "or", "not",
                     "(", ")", "[", "]", ",", "in", "between", "is", "missing", "true", "mean(", "z(", "rank(", "if(", "coalesce(", "points(", "band(", "q(", "pct("]
        var compiled = 0
        for _ in 0..<3000 {
            let s = (0..<(1 + Int(rng.next() % 9))).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
            if let c = try? Expressions.evaluate(s, offset: 0, line: s, in: data) {
                compiled += 1
                #expect(c.count == data.rowCount)
            }
            _ = try? Expressions.aggregate(s, offset: 0, line: s, in: data, groups: [[0, 1], [2], []])
        }
        #expect(compiled > 50)
    }

    @Test func randomCommandLinesNeverCrashTheCommands() {
        var rng = SplitMix64(seed: 5)
        let s = Session(environment: .plain)
        s.run("load demo")
        let heads = ["filter", "let x =", "let", "count where", "count by", "sort", "list student_id where", "describe where",
                     "select", "drop", "rename", "count where year == 5 by"]
        let words = ["year", "reading_c1", "writing_c1", "class", "sen", "5", "3,5", "\"C\"", "C", "=", "==", "<", "and", "or", "not",
                     "in", "[", "]", "(", ")", ",", "mean(", "z(", "points(", "as", "v", "desc", "to", "by", "-", "/", "0", "`", "\"", "missing"]
        for _ in 0..<400 {
            let n = Int(rng.next() % 7)
            let line = heads[Int(rng.next() % UInt64(heads.count))] + " "
                + (0..<n).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
            let out = s.run(line)
            #expect(out.status != .failed(.internal), "\(line)")
            if s.currentName != "demo", rng.next() % 4 == 0 { s.run("use demo") }
        }
    }

    func randomTableSchema() -> Table {
        var rng = SplitMix64(seed: 1)
        return Self.randomTable(&rng, rows: 3)
    }
}
