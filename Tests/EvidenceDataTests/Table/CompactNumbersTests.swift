import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Number columns loaded as scaled integers read back as exactly the Doubles the text parses
/// to, and every kernel gives the same answers on them as on Doubles.
struct CompactNumbersTests {
    /// Swift's own `Double(String)` is the reference: correctly rounded, written by others.
    @Test func scaledValuesAreTheDoublesTheTextParsesTo() {
        var rng = SplitMix64(seed: 7)
        for decimals in 0...Numbers.maxDecimals {
            var ints: [Int32] = []
            var texts: [String] = []
            for _ in 0..<2000 {
                let x = Int32(truncatingIfNeeded: Int64(rng.next() % 4_000_000_000) - 2_000_000_000)
                guard x != Numbers.missingSlot else { continue }
                ints.append(x)
                let digits = String(x.magnitude)
                let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
                let cut = padded.index(padded.endIndex, offsetBy: -decimals)
                let text = (x < 0 ? "-" : "") + padded[..<cut] + (decimals > 0 ? "." + padded[cut...] : "")
                texts.append(text)
            }
            let numbers = Numbers(scaled: ints, decimals: decimals)
            for (i, t) in texts.enumerated() {
                #expect(numbers[i].bitPattern == Double(t)!.bitPattern, "\(t) at \(decimals) decimals")
            }
            #expect(numbers.doubles == texts.map { Double($0)! })
        }
        #expect(Numbers(scaled: [Numbers.missingSlot, 5], decimals: 1)[0].isNaN)
    }

    func load(_ text: String, parallel: Bool = false) throws -> Table {
        let f = LoadFixtures()
        let path = f.write("n.csv", text)
        var o = LoadOptions()
        o.parallelBytes = parallel ? 0 : Int.max
        return try CSVLoader.load(path: path, name: "n", displayPath: "n.csv", options: o).table
    }

    func storage(_ c: Column) -> (compact: Bool, decimals: Int)? {
        guard case .number(let n) = c.data else { return nil }
        if case .scaled(_, let k) = n.storage { return (true, k) }
        return (false, 0)
    }

    @Test func theLoaderKeepsShortDecimalsCompact() throws {
        let t = try load("""
            id,score,attendance,mixed,big,tiny,grouped
            1,602,95.7,600,3000000000,0.0000001,"12 345"
            2,,88.25,95.75,1,2,"1 000"
            3,..,100,-4.5,2,3,7
            """)
        #expect(storage(t.columns[1])! == (true, 0))
        #expect(storage(t.columns[2])! == (true, 2))
        #expect(storage(t.columns[3])! == (true, 2))
        #expect(storage(t.columns[4])! == (false, 0), "3e9 does not fit 32 bits")
        #expect(storage(t.columns[5])! == (false, 0), "seven decimals")
        #expect(storage(t.columns[6])! == (true, 0))
        #expect(t.columns[1].value(at: 0) == .number(602))
        #expect(t.columns[1].value(at: 1) == .missing(.empty))
        #expect(t.columns[1].value(at: 2) == .missing(.suppressed) || t.columns[1].value(at: 2).isMissing)
        #expect(t.columns[2].value(at: 0) == .number(95.7))
        #expect(t.columns[2].value(at: 1) == .number(88.25))
        #expect(t.columns[3].value(at: 0) == .number(600))
        #expect(t.columns[3].value(at: 2) == .number(-4.5))
        #expect(t.columns[4].value(at: 0) == .number(3_000_000_000))
        #expect(t.columns[5].value(at: 0) == .number(0.0000001))
        #expect(t.columns[6].value(at: 0) == .number(12345))
    }

    /// Halves parsed on two threads may settle on different decimals (or one on Doubles).
    @Test(arguments: ["1.5", "2.25", "1e300", "x"]) func twoThreadsAgreeOnTheStorage(late: String) throws {
        var text = "id,v\n"
        for i in 0..<200 { text += "\(i),\(i % 7)\n" }
        text += "200,\(late == "x" ? "3" : late)\n"
        for i in 201..<400 { text += "\(i),\(i % 5)\n" }
        let one = try load(text)
        let two = try load(text, parallel: true)
        #expect(ParallelParseTests.sameTables(one, two))
        #expect(storage(one.columns[1])! == storage(two.columns[1])!)
        let want: (Bool, Int) = switch late { case "1.5": (true, 1); case "2.25": (true, 2); case "1e300": (false, 0); default: (true, 0) }
        #expect(storage(two.columns[1])! == want)
    }

    /// The same expressions over the same values, stored both ways.
    @Test(arguments: ["a > 95.7", "a == 95.7", "a <= b", "a - b", "b / 10", "10 - a", "a % 3", "-a",
                      "sqrt(a)", "round(a * b, 1)", "a in [95.7, 1]", "mean(a) + sd(b)", "q(a, 0.25)", "a * 3 > b"])
    func kernelsAgreeOnBothStorages(expr: String) throws {
        let ints: [Int32] = [957, Numbers.missingSlot, -12, 0, 1000, 3, 957, 250]
        let others: [Int32] = [4, 7, Numbers.missingSlot, 2, 9, 1, 0, 5]
        func table(compact: Bool) -> ResolvedDataset {
            func col(_ name: String, _ v: [Int32], _ k: Int) -> Column {
                let n = Numbers(scaled: v, decimals: k)
                let valid = Bitmap(v.map { $0 != Numbers.missingSlot })
                return Column(name: name, data: .number(compact ? n : Numbers(n.doubles)), validity: valid)
            }
            let t = Table(columns: [col("a", ints, 1), col("b", others, 0)])
            return ResolvedDataset(name: "t", table: t, selection: nil)
        }
        let x = try Expressions.evaluate(expr, offset: 0, line: expr, in: table(compact: true))
        let y = try Expressions.evaluate(expr, offset: 0, line: expr, in: table(compact: false))
        #expect(x.count == y.count)
        for r in 0..<x.count { #expect(x.value(at: r) == y.value(at: r), "row \(r) of \(expr)") }
        // A view gathers its rows and keeps the storage.
        func view(compact: Bool) -> ResolvedDataset {
            ResolvedDataset(name: "v", table: table(compact: compact).table, selection: [6, 0, 2])
        }
        let z = try Expressions.evaluate(expr, offset: 0, line: expr, in: view(compact: true))
        let w = try Expressions.evaluate(expr, offset: 0, line: expr, in: view(compact: false))
        for r in 0..<z.count { #expect(z.value(at: r) == w.value(at: r), "view row \(r) of \(expr)") }
    }
}

/// Random columns of every number shape the loader meets, on one thread and two, against
/// Swift's `Double(String)` for each value: whatever storage a column settles on, every value
/// must be the Double its text names.
struct CompactNumbersRandomTests {
    static func text(_ rng: inout SplitMix64, shape: Int) -> String {
        let sign = rng.next() % 5 == 0 ? "-" : ""
        let whole = rng.next() % [1000, 100_000, 3_000_000_000, 10][shape % 4]
        switch shape {
        case 0: return sign + String(whole)
        case 1: return sign + String(whole) + "." + String(rng.next() % 10)
        case 2: return sign + String(whole % 1000) + "." + String(format: "%03d", Int(rng.next() % 1000))
        case 3: return sign + String(whole) + "." + String(format: "%08d", Int(rng.next() % 100_000_000))
        default: return sign + String(whole % 100) + "e" + String(rng.next() % 5)
        }
    }

    @Test(arguments: 0..<6) func everyValueIsTheDoubleItsTextNames(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) + 100)
        // Each column mostly one shape, with a few of another late in the file (a rescale or a
        // move to Doubles in one half only).
        var rows: [[String]] = []
        for i in 0..<1500 {
            rows.append((0..<5).map { c in
                let late = i > 1200 && rng.next() % 50 == 0
                let shape = late ? (c + seed) % 5 : c % 3
                return rng.next() % 40 == 0 ? "" : Self.text(&rng, shape: shape)
            })
        }
        let csv = "a,b,c,d,e\n" + rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        let f = LoadFixtures()
        let path = f.write("r.csv", csv)
        for parallel in [false, true] {
            var o = LoadOptions()
            o.parallelBytes = parallel ? 0 : Int.max
            let t = try CSVLoader.load(path: path, name: "r", displayPath: "r.csv", options: o).table
            #expect(t.rowCount == rows.count)
            for c in 0..<5 {
                for (r, row) in rows.enumerated() {
                    let want: Value = row[c].isEmpty ? .missing(.empty) : .number(Double(row[c])!)
                    if t.columns[c].value(at: r) != want {
                        Issue.record("column \(c) row \(r): '\(row[c])' read as \(t.columns[c].value(at: r)), parallel \(parallel)")
                        break
                    }
                }
            }
        }
    }
}

/// The cycle commands read compact columns in place (tail, quantiles) or widen them (compare,
/// bands): every table they draw must be the same as over the same values held as Doubles.
struct CompactCycleCommandTests {
    static func file() -> String {
        var rng = SplitMix64(seed: 11)
        var text = "student_id,school,reading_c1,reading_c2,reading_c3,attendance_c1,attendance_c2,attendance_c3\n"
        for i in 0..<600 {
            var row = ["S\(1000 + i)", ["Ekbacken", "Lärkan", "Tallen"][Int(rng.next() % 3)]]
            var score = 400 + Int(rng.next() % 250)
            for _ in 0..<3 {
                score += Int(rng.next() % 60) - 20
                row.append(rng.next() % 12 == 0 ? "" : String(score))
            }
            for _ in 0..<3 {
                let tenths = 700 + Int(rng.next() % 301)
                row.append(rng.next() % 15 == 0 ? "" : "\(tenths / 10).\(tenths % 10)")
            }
            text += row.joined(separator: ",") + "\n"
        }
        return text
    }

    @Test func cycleCommandsAgreeOnBothStorages() throws {
        let text = Self.file()
        let compact = LoadFixtures(), wide = LoadFixtures()
        compact.write("e.csv", text)
        wide.write("e.csv", text)
        #expect(!compact.run("load e.csv").output.failed)
        #expect(!wide.run("load e.csv").output.failed)
        let t = try #require(wide.table("e"))
        var compactColumns = 0
        let widened = Table(rowCount: t.rowCount, columns: t.columns.map { c in
            guard case .number(let n) = c.data else { return c }
            if n.isCompact { compactColumns += 1 }
            return Column(name: c.name, data: .number(Numbers(n.doubles)), validity: c.validity, markers: c.markers, isID: c.isID)
        })
        #expect(compactColumns == 6)
        wide.session.updateTable("e", widened)
        for cmd in ["tail reading at c1", "tail attendance at c1 pct 30", "compare reading c1 -> c3 by school",
                    "compare attendance c1 -> c2", "bands reading c1 -> c2", "bands attendance c1 -> c3 quintiles",
                    "summary reading_c2, attendance_c3 by school",
                    "filter school == \"Lärkan\"", "tail reading at c1 pct 25", "compare reading c2 -> c3"] {
            let a = compact.run(cmd), b = wide.run(cmd)
            #expect(!a.output.failed, "\(cmd): \(a.text)")
            #expect(a.text == b.text, "\(cmd)")
        }
    }
}
