import Foundation

/// One full parse of a decoded file with a plan: splits large files over two threads, and
/// turns what went wrong into diagnostics (or, lenient, into skipped rows). The typed parts go
/// on to the shared path (`TextFieldReader.load`).
struct ParseRun {
    let source: DecodedSource
    let plan: CSVPlan
    let lenient: Bool
    let displayPath: String
    let parallelBytes: Int
    var cancellation: Cancellation? = nil

    func execute() throws -> FieldParts {
        let bytes = source.bytes
        let numbers = NumberParser(decimalComma: plan.layout.decimalComma)
        defer { numbers.release() }
        let (parts, footers) = parse(bytes, numbers: numbers)
        if parts.contains(where: \.interrupted) { try cancellation?.check() }
        let problems = parts.flatMap(\.problems).sorted { $0.offset < $1.offset }
        if let first = problems.first, !lenient { throw diagnostic(first, more: problems.count - 1) }
        let skipped = parts.flatMap(\.skipped).map { SkippedRow(position: $0.offset, kind: $0.kind.rawValue) }
        let trailing = parts.reduce(0) { $0 + $1.trailingDelimiters }
        let delimiter = CSVPlan.delimiterName(plan.delimiter)
        let named: LoadReport.Note = plan.delimiter == 0x09 ? .message(ReaderMessage.tab()) : .text(delimiter)
        var notes: [LoadReport.Note] = [named, .decimalComma, source.encodingNote,
                                        .noHeader, .titleLines, .footerLines, .thousands, .percent]
        if trailing > 0 { notes.append(.message(ReaderMessage.trailingDelimiters(CSVPlan.delimiterWords(plan.delimiter)))) }
        let result = FieldParts(builders: parts.map { $0.takeBuilders() }, skipped: skipped, footerLines: footers, notes: notes)
        result.warnings = [plan.delimiterWarning, source.repairWarning].compactMap { $0 }
        let onlyDelimiters = parts.reduce(0) { $0 + $1.delimiterOnlyRows }
        result.delimiterOnlyRows = (onlyDelimiters, onlyDelimiters > 0 ? delimiter : "")
        return result
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
            return ([p], p.settleFooters())
        }
        // The cut is a guess: right after a newline that may sit inside a quoted field. The
        // first part checks it by ending exactly there; if not, it just carries on alone.
        let first = part(plan.dataStart..<cut), second = part(cut..<end)
        let both = [first, second]
        DispatchQueue.concurrentPerform(iterations: 2) { i in both[i].run(until: i == 0 ? cutAt : end) }
        if first.interrupted || second.interrupted { return (both, 0) }
        if first.stoppedAt != cut, first.problems.isEmpty || first.stoppedAt > cut {
            if first.stoppedAt < end, first.problems.isEmpty { first.run(until: end) }
            return ([first], first.settleFooters())
        }
        let footers = second.settleFooters()
        if second.rows > 0 || !second.problems.isEmpty || !second.skipped.isEmpty {
            first.resolvePending()
            return (both, footers)
        }
        return (both, first.settleFooters() + footers)
    }
}
