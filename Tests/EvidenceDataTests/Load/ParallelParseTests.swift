import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// The two-thread parse must give exactly what one thread gives, wherever the cut falls —
/// also inside a quoted field that holds line breaks.
struct ParallelParseTests {
    static func load(_ path: String, parallel: Bool, lenient: Bool = false) throws -> LoadResult {
        var o = LoadOptions()
        o.parallelBytes = parallel ? 0 : Int.max
        o.lenient = lenient
        return try CSVLoader.load(path: path, name: "p", displayPath: "p.csv", options: o)
    }

    static func sameTables(_ a: Table, _ b: Table) -> Bool {
        guard a.rowCount == b.rowCount, a.columnNames == b.columnNames else { return false }
        for (x, y) in zip(a.columns, b.columns) {
            guard x.type == y.type else { return false }
            for r in 0..<a.rowCount where x.value(at: r) != y.value(at: r) { return false }
        }
        return true
    }

    @Test(arguments: [0, 1, 2, 3, 5, 8]) func twoThreadsEqualOne(shift: Int) throws {
        let f = LoadFixtures()
        var text = "student_id,school,year,note,reading,writing,sen\n"
        for i in 0..<40 {
            // Multi-line quoted notes everywhere, so some cut lands inside one; `shift` moves
            // the middle of the file.
            let note = i % 3 == 0 ? "\"line one\nline, two\n\"\"three\"\"\"" : "plain"
            text += "S\(i),\"Ekbacken, Umeå\",\(i % 9 + 1),\(note),\(400 + i),\(["A", "C", "", "F"][i % 4]),\(i % 2 == 0 ? "ja" : "nej")\n"
        }
        text += String(repeating: "x", count: shift).isEmpty ? "" : "S99,Lärkan,5,\(String(repeating: "x", count: shift)),410,B,ja\n"
        let path = f.write("p.csv", text)
        let one = try Self.load(path, parallel: false)
        let two = try Self.load(path, parallel: true)
        #expect(one.table.rowCount == (shift == 0 ? 40 : 41))
        #expect(Self.sameTables(one.table, two.table))
        #expect(two.table.columns[3].value(at: 0) == .text("line one\nline, two\n\"three\""))
    }

    @Test func errorsAndFootersAcrossTheCut() throws {
        let f = LoadFixtures()
        var text = "a,b\n"
        for i in 0..<30 { text += "\(i),\(i * 2)\n" }
        text += "31\n"
        for i in 32..<60 { text += "\(i),\(i * 2)\n" }
        text += "Källa: exempel\n"
        let path = f.write("p.csv", text)
        #expect(throws: Diagnostic.self) { try Self.load(path, parallel: true) }
        let lenient = try Self.load(path, parallel: true, lenient: true)
        #expect(lenient.table.rowCount == 58)
        #expect(lenient.report.skippedLines == [32])
        #expect(lenient.report.footerLines == 1)
    }
}

/// The id column's dictionary appends while ids ascend and switches to hashing when not.
struct ByteDictionaryTests {
    func codes(_ values: [String], ascending: Bool) -> ([UInt32], [String]) {
        var d = ByteDictionary(capacity: 4, expectAscending: ascending)
        let c = values.map { v in Array(v.utf8).withUnsafeBufferPointer { d.code($0.baseAddress!, $0.count) } }
        return (c, d.strings() ?? [])
    }

    @Test func ascendingThenRepeatsStillDeduplicate() {
        let values = ["S01", "S02", "S10", "S02", "S03", "S01", "S10", "T"]
        let hashed = codes(values, ascending: false)
        let appended = codes(values, ascending: true)
        #expect(hashed.0 == [0, 1, 2, 1, 3, 0, 2, 4])
        #expect(appended.0 == hashed.0 && appended.1 == hashed.1)
        #expect(codes(["S1", "S1"], ascending: true).0 == [0, 0], "equal is not after")
        #expect(codes(["S10", "S1"], ascending: true).0 == [0, 1], "a prefix sorts before")
    }

    /// The probe's byte comparison (overlapping loads for the last bytes) agrees with a plain
    /// comparison for every length up to 40 and a difference at every place.
    @Test func equalAgreesWithAPlainComparison() {
        for n in 0...40 {
            let a = (0..<n).map { UInt8(truncatingIfNeeded: 0x41 &+ $0 &* 7) }
            a.withUnsafeBufferPointer { pa in
                let p = pa.baseAddress ?? UnsafePointer(bitPattern: 1)!
                var same = a
                same.withUnsafeMutableBufferPointer { #expect(ByteDictionary.equal(p, UnsafePointer($0.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!), n), "\(n)") }
                for i in 0..<n {
                    var b = a
                    b[i] ^= 0x20
                    b.withUnsafeBufferPointer { pb in #expect(!ByteDictionary.equal(p, pb.baseAddress!, n), "\(n) at \(i)") }
                }
            }
        }
    }

    @Test func partsOfSortedIdsMergeInOrder() throws {
        let f = LoadFixtures()
        var text = "student_id,score\n"
        for i in 0..<200 { text += "S\(1000 + i),\(i)\n" }
        text += "S1005,7\n"  // a repeat in the second half
        let path = f.write("ids.csv", text)
        let one = try ParallelParseTests.load(path, parallel: false)
        let two = try ParallelParseTests.load(path, parallel: true)
        #expect(ParallelParseTests.sameTables(one.table, two.table))
        guard case .text(let t) = two.table.columns[0].data else { Issue.record("id is text"); return }
        #expect(t.dictionary.count == 200)
        #expect(t.codes[200] == t.codes[5])
    }

    /// Making the Strings releases the dictionary's bytes as it goes: over several stretches of
    /// 65,536 entries, with sorted ids of two lengths and a missing id in each half, every id is
    /// still itself, on two threads as on one.
    @Test func manySortedIdsMoveOutWhole() throws {
        let f = LoadFixtures()
        var text = "student_id,score\n"
        let n = 160_000
        func id(_ i: Int) -> String { "S\(100_000 + i)" + (i % 3 == 0 ? "" : "-b") }
        for i in 0..<n { text += (i == 7 || i == 120_000 ? "" : id(i)) + ",\(i % 50)\n" }
        let path = f.write("many.csv", text)
        let one = try ParallelParseTests.load(path, parallel: false)
        let two = try ParallelParseTests.load(path, parallel: true)
        #expect(ParallelParseTests.sameTables(one.table, two.table))
        let ids = two.table.columns[0]
        #expect(ids.count == n && !ids.isPresent(7) && !ids.isPresent(120_000))
        guard case .text(let t) = ids.data else { Issue.record("id is text"); return }
        #expect(t.dictionary.count == n - 2)
        for i in [0, 1, 2, 65_535, 65_536, 79_999, 80_000, 80_001, 131_072, 159_999] {
            #expect(ids.value(at: i).description == id(i))
        }
    }
}

struct RawVecTests {
    /// Growing across the 1 MB line moves the values from malloc to a mapping, and on.
    @Test func growsAcrossTheMappingThreshold() {
        var v = RawVec<Double>(capacity: 10)
        for i in 0..<400_000 { v.append(Double(i)) }
        #expect(v.count == 400_000)
        #expect(v[0] == 0 && v[131_071] == 131_071 && v[399_999] == 399_999)
        var sum = 0.0
        for x in v.buffer { sum += x }
        #expect(sum == 399_999 * 400_000 / 2)
        v.free()
        #expect(v.count == 0)
    }

    /// Moving out a stretch at a time (each released after its copy) keeps every value, over
    /// several stretches and an odd tail.
    @Test func movesOutEveryValueWhileReleasing() {
        var v = RawVec<Int32>()
        for i in 0..<700_001 { v.append(Int32(i) &* 7) }
        var out: [Int32] = [-1]
        out.reserveCapacity(700_002)
        v.move(to: &out)
        #expect(out.count == 700_002 && v.count == 0)
        #expect(out[0] == -1 && out[1] == 0 && out[262_145] == 262_144 * 7 && out[700_001] == 700_000 * 7)
        #expect(out.dropFirst().enumerated().allSatisfy { $0.element == Int32($0.offset) &* 7 })
    }
}

struct LoadCancellationTests {
    /// Ctrl-C during a long load stops it with "interrupted" and loads nothing.
    @Test func ctrlCStopsALongLoad() {
        let f = LoadFixtures()
        let row = "S0000001,123.5,456\n"
        let path = f.write("big.csv", "id,a,b\n" + String(repeating: row, count: 200_000))
        let c = Cancellation()
        c.cancel()
        #expect(throws: Diagnostic.self) {
            try CSVLoader.load(path: path, name: "big", displayPath: "big.csv", options: LoadOptions(), cancellation: c)
        }
        let ok = try? CSVLoader.load(path: path, name: "big", displayPath: "big.csv", options: LoadOptions(), cancellation: Cancellation())
        #expect(ok?.table.rowCount == 200_000)
    }
}
