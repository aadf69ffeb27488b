import Foundation
import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis
@testable import EvidenceSession
import EvidenceTestSupport

/// Timings at school-authority scale, off by default (they take minutes in a debug build). Run:
///   EVSH_SCALE=1 swift test -c release --filter ScaleTimingTests
struct ScaleTimingTests {
    func time(_ label: String, _ body: () throws -> Void) rethrows {
        let t0 = ContinuousClock.now
        try body()
        print("timing \(label): \(t0.duration(to: .now))")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["EVSH_SCALE"] != nil))
    func millionStudents() throws {
        let n = 1_000_000
        var rng = SplitMix64(seed: 1)
        let ids = (0..<n).map { "S\($0)" }
        let left = Table(columns: [.texts("student_id", ids, isID: true),
                                   .numbers("reading_c1", (0..<n).map { _ in Double(rng.next() % 500) }),
                                   .numbers("reading_c2", (0..<n).map { _ in Double(rng.next() % 500) })])
        let right = Table(columns: [.texts("student_id", ids.reversed()), .numbers("att_c1", (0..<n).map { Double($0 % 100) }),
                                    .numbers("att_c2", (0..<n).map { Double($0 % 97) })])
        let s = Session(environment: .plain)
        s.addTable(LoadedTable(table: right, source: DataSource(path: nil, description: "r")), name: "att")
        s.addTable(LoadedTable(table: left, source: DataSource(path: nil, description: "l")), name: "big")
        try time("join 1M × 1M") { #expect(!s.run("join att on student_id").failed) }
        try time("evidence 1M") { #expect(!s.run("evidence").failed) }
        try time("pivot longer 1M → 2M") { #expect(!s.run("pivot longer").failed) }
        try time("pivot wider 2M → 1M") { #expect(!s.run("pivot wider").failed) }
        let path = NSTemporaryDirectory() + "evsh-scale-\(UInt64.random(in: 0...UInt64.max)).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try time("export 1M × 3 to CSV") { #expect(!s.run("export big to \(path)").failed) }
        // 1M rows, 100k people, valid personnummer made with the Luhn digit.
        var pn: [String] = []
        for i in 0..<100_000 {
            let nine = String(format: "%02d%02d%02d%03d", 50 + i % 40, 1 + i % 12, 1 + i % 28, i % 1000)
            let digits = nine.compactMap { $0.wholeNumberValue }.map { UInt8($0) }
            pn.append(nine.prefix(6) + "-" + nine.suffix(3) + String(Personnummer.luhnCheckDigit(digits[...])))
        }
        let pt = Table(columns: [.texts("pnr", (0..<n).map { pn[$0 % pn.count] })])
        try time("pseudonymise 1M rows, 100k people") {
            let (_, notes) = Privacy.pseudonymise(pt, key: [UInt8](repeating: 1, count: 32))
            #expect(notes.count == 1)
        }
    }
}
