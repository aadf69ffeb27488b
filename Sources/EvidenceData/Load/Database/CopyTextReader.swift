import Foundation
/// A database result read straight from COPY's text rows (a `CopyStream`) into the shared
/// typing, while the rows still arrive: the first rows guess the kinds as a CSV's sample does
/// (`TextRowsReader.layout`), then every field goes to its `ColumnBuilder` from the chunk it
/// came in, with no table of fields in between (docs/databases.md, "Loading"). COPY's text
/// format: fields split by tabs, `\N` for NULL, backslash escapes (undone only in the fields
/// that have one), booleans as `t`/`f`.
struct CopyTextReader: TextFieldReader {
    let options: LoadOptions
    let displayName: String
    let source: DataSource
    let names: [String]
    let declared: [TextRowsReader.DeclaredKind]
    let booleans: [Bool]
    let feed: CopyFeed
    private var stream: CopyStream { feed.stream }
    /// The server's guess of the rows to come (`DatabaseConnection.estimatedRows`).
    let expectedRows: Int?
    /// Rows received so far, now and then while the rows arrive.
    let progress: (Int) -> Void

    private var width: Int { names.count }
    private var stride: Int { max(width, 1) }

    mutating func plan() throws -> FieldLayout {
        guard width > 0 else { throw Diagnostic.data(ReaderMessage.noColumns(.text(displayName)), kind: ReaderMessage.emptyFile()) }
        // A second read (a column read again as text): all the rows, asked for again.
        feed.rewind()
        var bytes: [UInt8] = [], fields: [FieldRef] = [], sample: [[FieldRef]] = []
        var rows = 0, k = 0
        sampling: while let chunk = try stream.chunk(k, waiting: waiting) {
            for i in 0..<chunk.rowCount {
                if rows == TextRowsReader.sampleRows { break sampling }
                fields.removeAll(keepingCapacity: true)
                split(chunk, i) { p, n, j in DatabaseRows.append(p, n, boolean: j < width && booleans[j], into: &bytes, fields: &fields) }
                if fields.count == width { sample.append(fields) }
                rows += 1
            }
            k += 1
        }
        bytes.append(0) // an address even when every field is empty
        let (names, declared, options) = (names, declared, options)
        return bytes.withUnsafeBufferPointer { b in
            TextRowsReader.layout(names: names, declared: declared, sample: sample, base: b.baseAddress!, options: options)
        }
    }

    private func waiting() { progress(stream.rowsReceived) }

    /// Row i of a chunk's fields, escaped as COPY wrote them: `body(start, count, field number)`.
    @inline(__always)
    private func split(_ chunk: CopyStream.Chunk, _ i: Int, _ body: (UnsafePointer<UInt8>, Int, Int) -> Void) {
        let p = UnsafePointer(chunk.bytes), e = chunk.ends[i]
        var s = chunk.start(i), j = 0
        while true {
            var f = s
            while f < e, p[f] != 0x09 { f += 1 }
            body(p + s, f - s, j)
            j += 1
            if f >= e { return }
            s = f + 1
        }
    }

    mutating func readFields(_ layout: FieldLayout, cancellation: Cancellation?) throws -> FieldParts {
        // Sized for the rows the server expects (within reason: a stale guess must not reserve
        // gigabytes; pages not written cost nothing), so the columns seldom grow by copying.
        let capacity = max(stream.rowsReceived, min(expectedRows ?? 0, 1 << 22), 1 << 12)
        var builders = layout.kinds.indices.map {
            ColumnBuilder(kind: layout.kinds[$0], capacity: capacity, isID: $0 == layout.idColumn)
        }
        let parser = NumberParser(decimalComma: layout.decimalComma)
        defer { parser.release() }
        var ragged: [Int] = [], failure: (any Error)?
        let width = width, stride = stride, booleans = booleans
        var scratch = [UInt8](repeating: 0, count: 256)
        // A boolean's `t`/`f` is typed as the words the shared typing knows.
        let yes = UnsafeMutablePointer<UInt8>.allocate(capacity: 5), no = UnsafeMutablePointer<UInt8>.allocate(capacity: 5)
        yes.initialize(from: Array("true".utf8), count: 4)
        no.initialize(from: Array("false".utf8), count: 5)
        defer { yes.deallocate(); no.deallocate() }
        var r = 0, k = 0
        var lastProgress = ContinuousClock.now
        builders.withUnsafeMutableBufferPointer { out in
            while true {
                let next: CopyStream.Chunk?
                do {
                    try cancellation?.check()
                    next = try stream.chunk(k, waiting: waiting)
                } catch { failure = error; return }
                guard let chunk = next else { return }
                k += 1
                let misfitsBefore = Self.misfits(out), raggedBefore = ragged.count
                let p = UnsafePointer(chunk.bytes)
                var s = 0
                for e in chunk.ends {
                    // One row: fields up to the next tab; a backslash means an escape to undo.
                    var j = 0
                    while true {
                        var f = s, escaped = false
                        while f < e {
                            let c = p[f]
                            if c == 0x09 { break }
                            if c == 0x5C { escaped = true }
                            f += 1
                        }
                        if j < width {
                            let n = f - s, at = r * stride + j
                            if n == 2, escaped, p[s + 1] == 0x4E {
                                out[j].append(p + s, 0, quoted: false, offset: at, parser: parser) // \N: NULL
                            } else if n == 1, booleans[j] {
                                let t = p[s] == 0x74
                                out[j].append(t ? yes : no, t ? 4 : 5, quoted: false, offset: at, parser: parser)
                            } else if escaped {
                                let m = Self.unescape(p + s, n, into: &scratch)
                                scratch.withUnsafeBufferPointer { out[j].append($0.baseAddress!, m, quoted: m == 0, offset: at, parser: parser) }
                            } else {
                                out[j].append(p + s, n, quoted: n == 0, offset: at, parser: parser)
                            }
                        }
                        j += 1
                        if f >= e { break }
                        s = f + 1
                    }
                    if j != width {
                        // Not one field per column (a server never sends that): the row is left out whole.
                        for c in 0..<min(j, width) { out[c].removeLast(1) }
                        ragged.append(r)
                    }
                    r += 1
                    s = e
                }
                // Nothing here for a message to quote: the chunk's text can go.
                if Self.misfits(out) == misfitsBefore, ragged.count == raggedBefore { stream.drop(k - 1) }
                if ContinuousClock.now - lastProgress > .milliseconds(100) {
                    lastProgress = .now
                    waiting()
                }
            }
        }
        // The parts own the builders from here, and free them if this throws.
        let parts = FieldParts(builders: [builders], notes: LoadReport.sharedNotes)
        if let failure { throw failure }
        waiting() // every load says its final count once (shown when it took long enough)
        if let first = ragged.first, !options.lenient { throw raggedRow(first, more: ragged.count - 1) }
        parts.skipped = ragged.map { SkippedRow(position: $0 * stride, kind: "ragged row") }
        return parts
    }

    @inline(__always)
    private static func misfits(_ builders: UnsafeMutableBufferPointer<ColumnBuilder>) -> Int {
        var n = 0
        for b in builders { n &+= b.misfits }
        return n
    }

    /// A field's escapes undone into `out` (grown when needed), as `DatabaseRows.append` does; its length.
    static func unescape(_ p: UnsafePointer<UInt8>, _ n: Int, into out: inout [UInt8]) -> Int {
        var bytes: [UInt8] = [], fields: [FieldRef] = []
        bytes.reserveCapacity(n)
        DatabaseRows.append(p, n, boolean: false, into: &bytes, fields: &fields)
        if out.count < bytes.count { out = [UInt8](repeating: 0, count: bytes.count) }
        out.withUnsafeMutableBufferPointer { o in bytes.withUnsafeBufferPointer { b in o.baseAddress!.update(from: b.baseAddress!, count: b.count) } }
        return bytes.count
    }

    func location(of position: Int, in layout: FieldLayout) -> FileLocation {
        FileLocation(file: displayName, line: position / stride + 2, column: position % stride + 1)
    }

    func fieldText(at position: Int, in layout: FieldLayout) -> String {
        guard let (chunk, i) = stream.locate(row: position / stride) else { return "" }
        var bytes: [UInt8] = [], fields: [FieldRef] = []
        let want = position % stride
        split(chunk, i) { p, n, j in
            if j == want { DatabaseRows.append(p, n, boolean: j < width && booleans[j], into: &bytes, fields: &fields) }
        }
        let s = String(decoding: bytes, as: UTF8.self)
        return s.count > 30 ? s.prefix(30) + "…" : s
    }

    private func raggedRow(_ r: Int, more: Int) -> Diagnostic {
        let n = stream.locate(row: r).map { chunk, i in
            var count = 0
            split(chunk, i) { _, _, _ in count += 1 }
            return count
        } ?? 0
        return Diagnostic(.error, category: .data, kind: ReaderMessage.kindRagged(), message: ReaderMessage.raggedNames(.quantity(n), .quantity(width)),
                          location: location(of: r * stride, in: FieldLayout(names: [], kinds: [], decimalComma: false)),
                          hint: ReaderMessage.raggedNamesHint())
            .noting(more > 0 ? [ReaderMessage.moreRagged(.quantity(more))] : [])
    }
}
