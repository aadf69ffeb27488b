import Testing
@testable import EvidenceData
@testable import EvidenceAnalysis

/// Ctrl-C reaches the long loops of join and pivot (issue 13 item 7): with the session's flag
/// set they stop with the "interrupted" diagnostic instead of running to the end.
struct CancellationTests {
    static let wide = Table(columns: [
        .texts("id", ["a", "b", "c"], isID: true),
        .numbers("läsning_ht24", [1, 2, 3]), .numbers("läsning_vt25", [2, 3, 4]),
    ])

    static func cancelled() -> Cancellation {
        let c = Cancellation()
        c.cancel()
        return c
    }

    static func isInterrupted(_ e: any Error) -> Bool { (e as? Diagnostic)?.kind == "interrupted" }

    @Test func joinStops() throws {
        let d = ResolvedDataset(name: "a", table: Self.wide, selection: nil)
        let key = try #require(Self.wide.column(named: "id"))
        do { _ = try Join.left(d, leftKey: key, d, rightKey: key, rightName: "b", cancellation: Self.cancelled()) } catch {
            #expect(Self.isInterrupted(error))
        }
        // Not cancelled: the same join runs.
        #expect(try Join.left(d, leftKey: key, d, rightKey: key, rightName: "b", cancellation: Cancellation()).matchedLeft == 3)
    }

    @Test func pivotStops() throws {
        let d = ResolvedDataset(name: "a", table: Self.wide, selection: nil)
        let f = MeasureFamilies(columnNames: Self.wide.columnNames)
        do { _ = try Pivot.longer(d, families: f, cycleColumn: "cycle", cancellation: Self.cancelled()); Issue.record("not stopped") } catch {
            #expect(Self.isInterrupted(error))
        }
        let long = try Pivot.longer(d, families: f, cycleColumn: "cycle", cancellation: Cancellation())
        #expect(long.rowCount == 6)
        let l = ResolvedDataset(name: "l", table: long, selection: nil)
        let id = try #require(long.column(named: "id")), cycle = try #require(long.column(named: "cycle"))
        do { _ = try Pivot.wider(l, id: id, cycle: cycle, cancellation: Self.cancelled()); Issue.record("not stopped") } catch {
            #expect(Self.isInterrupted(error))
        }
    }
}
