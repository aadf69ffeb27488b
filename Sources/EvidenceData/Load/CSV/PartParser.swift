/// Parses one byte range of the file (whole records) into typed column builders. Two of these
/// run at once on the two halves of a large file. Trailing notes lines are held back as
/// "pending" until a later data row shows they were data after all.
final class PartParser: @unchecked Sendable {
    let plan: CSVPlan
    let base: UnsafePointer<UInt8>
    let start: Int
    let fileEnd: Int
    let lenient: Bool
    let numbers: NumberParser
    /// One builder per column, in stable memory so the hot loop mutates them in place without
    /// the copy-on-write and exclusivity checks an array property of a class would cost.
    let builders: UnsafeMutableBufferPointer<ColumnBuilder>
    /// The mapped file, whose pages behind the parser are handed back as it goes.
    var pages: FileBytes?
    /// Ctrl-C: checked every 2 MB.
    var cancellation: Cancellation?
    private(set) var interrupted = false
    private var released = 0

    private(set) var problems: [ParseProblem] = []
    private(set) var skipped: [ParseProblem] = []
    /// Offsets of records that look like footer/notes lines, not yet known to be data.
    private(set) var pending: [Int] = []
    /// Where parsing stopped: `end`, or past it when the last record crossed the cut.
    private(set) var stoppedAt = 0
    private(set) var rows = 0
    /// Records read with their empty last field dropped (`1;Anna;12;`).
    private(set) var trailingDelimiters = 0
    /// Records of delimiters only (`;;;;;;`, Excel's empty rows below a sheet's data): not
    /// students, not ragged, not loaded (docs/loading.md, "What the shell detects").
    private(set) var delimiterOnlyRows = 0

    init(plan: CSVPlan, base: UnsafePointer<UInt8>, range: Range<Int>, fileEnd: Int, lenient: Bool, numbers: NumberParser) {
        self.fileEnd = fileEnd
        self.plan = plan
        self.base = base
        self.start = range.lowerBound
        self.stoppedAt = range.lowerBound
        self.lenient = lenient
        self.numbers = numbers
        let estimate = Int(Double(range.count) / max(plan.bytesPerRecord, 1) * 1.02) + 16
        builders = .allocate(capacity: plan.columnCount)
        let layout = plan.layout
        _ = builders.initialize(from: layout.kinds.indices.map { ColumnBuilder(kind: layout.kinds[$0], capacity: estimate, isID: $0 == layout.idColumn) })
    }

    /// The builders were moved out (`takeBuilders`): their new owner frees them.
    private var handedOver = false

    deinit {
        if !handedOver { for j in builders.indices { builders[j].free() } }
        builders.deinitialize()
        builders.deallocate()
    }

    /// Move every builder out, to join them with the other part's.
    func takeBuilders() -> [ColumnBuilder] {
        precondition(!handedOver, "builders taken twice")
        handedOver = true
        return Array(builders)
    }

    /// Parse records from where the last call stopped until one ends at or after `end`.
    /// `fileEnd` bounds the scan: a record may run past a cut, which the caller sees in
    /// `stoppedAt` (then it simply continues this part to the end of the file).
    func run(until end: Int) {
        let scanner = RecordScanner(base: base, end: fileEnd, delimiter: plan.delimiter)
        var fields = RawVec<FieldRef>(capacity: plan.columnCount + 4)
        defer { fields.free() }
        var pos = stoppedAt
        var nextRelease = pos + (2 << 20)
        while pos < end {
            let outcome = scanner.scan(at: pos, into: &fields)
            switch outcome {
            case .unclosedQuote(let at):
                let p = ParseProblem(kind: .unclosedQuote, offset: at)
                guard lenient else { problems.append(p); stoppedAt = fileEnd; return }
                // No quote closes it anywhere after, so only its own line is lost: skip to the
                // end of the line where the quote opens and read on.
                resolvePending()
                skipped.append(p)
                pos = scanner.skipToLineEnd(from: at)
                continue
            case .strayQuote(let at, let next):
                let p = ParseProblem(kind: .strayQuote, offset: at)
                if lenient { resolvePending(); skipped.append(p) } else { problems.append(p); if problems.count >= 5 { stoppedAt = next; return } }
                pos = next
                continue
            case .record(let next):
                handle(fields.buffer, at: pos)
                pos = next
            }
            if pos >= nextRelease {
                pages?.releasePages(max(released, start)..<pos)
                released = pos
                nextRelease = pos + (2 << 20)
                if cancellation?.isCancelled == true { interrupted = true; stoppedAt = pos; return }
            }
            if !lenient, problems.count >= 5 { break }
        }
        stoppedAt = pos
        // The last stretch too: otherwise up to 2 MB per part stay in memory through assembly.
        pages?.releasePages(max(released, start)..<pos)
        released = max(released, pos)
    }

    private func handle(_ fields: UnsafeBufferPointer<FieldRef>, at offset: Int) {
        if RecordScanner.isBlank(fields) { return }
        // The first field decides cheaply: a data row almost always has its first field filled.
        if fields[0].start == fields[0].end, isOnlyDelimiters(fields) { delimiterOnlyRows += 1; return }
        if fields.count == plan.columnCount {
            if looksLikeNote(fields) { pending.append(offset); return }
            resolvePending()
            dispatch(fields)
            return
        }
        if fields.endsWithEmptyExtraField(width: plan.columnCount) {
            trailingDelimiters += 1
            resolvePending()
            dispatch(UnsafeBufferPointer(rebasing: fields.dropLast()))
            return
        }
        if nonEmptyCount(fields) <= 1 { pending.append(offset); return }
        resolvePending()
        ragged(fields.count, at: offset)
    }

    private func ragged(_ count: Int, at offset: Int) {
        let p = ParseProblem(kind: .raggedRow, offset: offset, fields: count)
        if lenient { skipped.append(p) } else { problems.append(p) }
    }

    /// Held-back records turned out to be inside the data: load or report them now.
    func resolvePending() {
        guard !pending.isEmpty else { return }
        let held = pending
        pending = []
        let scanner = RecordScanner(base: base, end: fileEnd, delimiter: plan.delimiter)
        var fields = RawVec<FieldRef>(capacity: plan.columnCount + 4)
        defer { fields.free() }
        for off in held {
            _ = scanner.scan(at: off, into: &fields)
            if fields.count == plan.columnCount { dispatch(fields.buffer) }
            else if fields.buffer.endsWithEmptyExtraField(width: plan.columnCount) { trailingDelimiters += 1; dispatch(UnsafeBufferPointer(rebasing: fields.buffer.dropLast())) }
            else { ragged(fields.count, at: off) }
        }
    }

    /// At the end of the input: the held-back lines after the last one that reads like a row
    /// (`Bo Ek;;;`, a pupil with only a name) are footers; that one and those before it are
    /// rows. Returns the number of footer lines.
    func settleFooters() -> Int {
        guard let k = pending.lastIndex(where: { isRowWithOnlyAName(at: $0) }) else { return pending.count }
        let rest = Array(pending[(k + 1)...])
        pending = Array(pending[...k])
        resolvePending()
        pending = rest
        return rest.count
    }

    /// A held-back record of the full width whose one filled field is its first and looks like
    /// a value of the first column, not prose: no `:`, no closing `.`, at most three words, at
    /// most 40 bytes, and a number when the first column holds numbers.
    private func isRowWithOnlyAName(at offset: Int) -> Bool {
        let scanner = RecordScanner(base: base, end: fileEnd, delimiter: plan.delimiter)
        var fields: [FieldRef] = []
        guard case .record(_) = scanner.scan(at: offset, into: &fields) else { return false }
        guard fields.count == plan.columnCount || fields.endsWithEmptyExtraField(width: plan.columnCount) else { return false }
        let f = fields[0]
        guard fields.dropFirst().allSatisfy({ $0.end == $0.start }) else { return false }
        return FooterRule.looksLikeOnlyAName(base + f.start, f.end - f.start, firstKind: plan.layout.kinds[0], numbers: numbers)
    }

    /// A padded notes line: only the first field has text, and it reads like a sentence.
    private func looksLikeNote(_ fields: UnsafeBufferPointer<FieldRef>) -> Bool {
        guard plan.columnCount > 1, fields[1].end == fields[1].start, nonEmptyCount(fields) == 1 else { return false }
        let f = fields[0]
        guard f.end > f.start else { return false }
        return FooterRule.looksLikeNote(base + f.start, f.end - f.start)
    }

    /// Two or more fields, every one empty and unquoted.
    private func isOnlyDelimiters(_ fields: UnsafeBufferPointer<FieldRef>) -> Bool {
        guard fields.count > 1 else { return false }
        for f in fields where f.end > f.start || f.quoted { return false }
        return true
    }

    private func nonEmptyCount(_ fields: UnsafeBufferPointer<FieldRef>) -> Int {
        var n = 0
        for f in fields where f.end > f.start { n += 1 }
        return n
    }

    private var scratch: [UInt8] = []

    @inline(__always)
    private func dispatch(_ fields: UnsafeBufferPointer<FieldRef>) {
        // Held in locals: the stores into the builders would otherwise make the loop read the
        // properties again for every field.
        let base = self.base, builders = self.builders
        for j in 0..<fields.count {
            let f = fields[j]
            if f.escaped {
                RecordScanner.unescape(base, f, into: &scratch)
                let n = scratch.count
                scratch.withUnsafeBufferPointer { b in
                    builders[j].append(b.baseAddress ?? base, n, quoted: true, offset: f.start, parser: numbers)
                }
            } else {
                builders[j].append(base + f.start, f.end &- f.start, quoted: f.quoted, offset: f.start, parser: numbers)
            }
        }
        rows += 1
    }
}
