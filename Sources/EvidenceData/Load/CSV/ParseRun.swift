import Foundation

/// One full parse of a decoded file with a plan: splits large files over two threads, joins
/// the parts, and turns what went wrong into diagnostics (or, lenient, into skipped rows).
struct ParseRun {
    let source: DecodedSource
    let plan: LoadPlan
    let lenient: Bool
    let displayPath: String
    let parallelBytes: Int
    var cancellation: Cancellation? = nil

    enum Outcome { case done(LoadResult), demote(Set<Int>), notUTF8 }

    func execute() throws -> Outcome {
        let bytes = source.bytes
        let numbers = NumberParser(decimalComma: plan.decimalComma)
        defer { numbers.release() }
        let (parts, footers) = parse(bytes, numbers: numbers)
        if parts.contains(where: \.interrupted) { try cancellation?.check() }
        let problems = parts.flatMap(\.problems).sorted { $0.offset < $1.offset }
        if let first = problems.first, !lenient { throw diagnostic(first, more: problems.count - 1) }
        var skipped = parts.flatMap(\.skipped).sorted { $0.offset < $1.offset }

        // Values that do not fit their column: a few are a type error, many mean text.
        var dropRows = Set<Int32>()
        var demote = Set<Int>()
        var rowBase: [Int] = [0]
        for p in parts { rowBase.append(rowBase.last! + p.rows) }
        for j in 0..<plan.columnCount where plan.kinds[j] != .text {
            let misfits = parts.reduce(0) { $0 + $1.builders[j].misfits }
            guard misfits > 0 else { continue }
            let good = parts.reduce(0) { $0 + $1.builders[j].validity.popcount }
            if good >= 20, misfits <= max(1, good / 100) {
                if !lenient { throw typeError(column: j, parts: parts, good: good) }
                for (k, p) in parts.enumerated() {
                    for (r, off) in zip(p.builders[j].misfitRows, p.builders[j].misfitOffsets) {
                        dropRows.insert(Int32(rowBase[k]) + r)
                        skipped.append(ParseProblem(kind: .type, offset: off))
                    }
                }
            } else {
                demote.insert(j)
            }
        }
        if !demote.isEmpty { return .demote(demote) }

        let thousands = parts.contains { p in (0..<plan.columnCount).contains { p.builders[$0].usedThousands } }
        // Assemble the columns on two threads; each column frees its parts as it is built.
        let slots = ColumnSlots(count: plan.columnCount)
        for j in 0..<plan.columnCount { slots.builders[j] = parts.map { $0.takeBuilder(j) } }
        let names = plan.names, idColumn = plan.idColumn
        DispatchQueue.concurrentPerform(iterations: 2) { t in
            for j in stride(from: t, to: names.count, by: 2) {
                slots.set(j, ColumnAssembly.column(name: names[j], isID: j == idColumn, parts: slots.takeBuilders(j)))
            }
        }
        guard let columns = slots.all() else { return .notUTF8 }
        var table = Table(rowCount: rowBase.last!, columns: columns)
        if !dropRows.isEmpty {
            table = table.gather((0..<Int32(table.rowCount)).filter { !dropRows.contains($0) })
        }
        skipped.sort { $0.offset < $1.offset }
        var markers: [MissingKind: Int] = [:]
        for c in table.columns { for m in c.markers.values { markers[m, default: 0] += 1 } }
        var kinds: [ValueType: Int] = [:]
        for c in table.columns { kinds[c.type, default: 0] += 1 }
        var report = LoadReport(
            name: "", rows: table.rowCount, columns: table.columns.count, delimiter: plan.delimiter,
            decimalComma: plan.decimalComma, encoding: source.encoding.rawValue, titleLines: plan.titleLines,
            footerLines: footers, hasHeader: plan.hasHeader,
            thousands: thousands, markers: markers,
            skippedRows: skipped.count, skippedLines: skipped.prefix(5).map { bytes.location(of: $0.offset).line },
            skippedKinds: Array(Set(skipped.map(\.kind.rawValue))).sorted(), kinds: kinds,
            idColumn: plan.idColumn.map { plan.names[$0] }, threads: parts.count)
        report.trailingDelimiters = parts.reduce(0) { $0 + $1.trailingDelimiters }
        return .done(LoadResult(table: table, report: report))
    }

    /// Parse the data records, on two threads when the file is large. Returns the parts in
    /// file order and the number of footer lines.
    private func parse(_ bytes: FileBytes, numbers: NumberParser) -> ([PartParser], Int) {
        let end = bytes.count
        let dataLen = end - plan.dataStart
        func part(_ r: Range<Int>) -> PartParser {
            let p = PartParser(plan: plan, base: bytes.base, range: r, fileEnd: end, lenient: lenient, numbers: numbers)
            if source.bytes === source.original { p.pages = bytes }
            p.cancellation = cancellation
            return p
        }
        var cut = plan.dataStart + dataLen / 2
        while cut < end, bytes.base[cut] != 0x0A { cut += 1 }
        cut += 1
        let cutAt = cut
        guard dataLen >= parallelBytes, cut < end else {
            let p = part(plan.dataStart..<end)
            p.run(until: end)
            return ([p], p.pending.count)
        }
        // The cut is a guess: right after a newline that may sit inside a quoted field. The
        // first part checks it by ending exactly there; if not, it just carries on alone.
        let first = part(plan.dataStart..<cut), second = part(cut..<end)
        let both = [first, second]
        DispatchQueue.concurrentPerform(iterations: 2) { i in both[i].run(until: i == 0 ? cutAt : end) }
        if first.interrupted || second.interrupted { return (both, 0) }
        if first.stoppedAt != cut, first.problems.isEmpty || first.stoppedAt > cut {
            if first.stoppedAt < end, first.problems.isEmpty { first.run(until: end) }
            return ([first], first.pending.count)
        }
        if second.rows > 0 || !second.problems.isEmpty || !second.skipped.isEmpty {
            first.resolvePending()
            return (both, second.pending.count)
        }
        return (both, first.pending.count + second.pending.count)
    }
}

/// Results written by the two assembly threads, each to its own slots.
final class ColumnSlots: @unchecked Sendable {
    private let columns: UnsafeMutableBufferPointer<Column?>
    /// Each column's part builders, moved out by the thread that assembles it (so nothing
    /// else keeps their dictionaries alive).
    let builders: UnsafeMutableBufferPointer<[ColumnBuilder]>
    init(count: Int) {
        columns = .allocate(capacity: count)
        columns.initialize(repeating: nil)
        builders = .allocate(capacity: count)
        builders.initialize(repeating: [])
    }
    deinit {
        columns.deinitialize()
        columns.deallocate()
        builders.deinitialize()
        builders.deallocate()
    }
    func takeBuilders(_ j: Int) -> [ColumnBuilder] {
        let b = builders[j]
        builders[j] = []
        return b
    }
    func set(_ j: Int, _ c: Column?) { columns[j] = c }
    /// Nil when a column could not be built (text that is not UTF-8).
    func all() -> [Column]? {
        var out: [Column] = []
        for c in columns { guard let c else { return nil }; out.append(c) }
        return out
    }
}

/// Builders own raw buffers and are moved between threads, never shared.
extension ColumnBuilder: @unchecked Sendable {}
