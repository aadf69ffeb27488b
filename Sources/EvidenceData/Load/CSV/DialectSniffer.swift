import Foundation

/// Looks at the start of a file and decides how to read it: delimiter, title lines, header,
/// decimal comma, column names and kinds (with the shared `KindGuess`). Options replace any of
/// these guesses. The id column is settled later, as for every reader.
struct DialectSniffer {
    let bytes: FileBytes
    let start: Int
    let options: LoadOptions
    static let sampleSize = 512 << 10
    static let candidates: [UInt8] = [UInt8(ascii: ";"), 0x09, UInt8(ascii: ","), UInt8(ascii: "|")]

    enum Failure: Error {
        case noData
        case headerNotUTF8
        /// The header line has a stray quote at this offset: no line below may take its place.
        case strayQuoteInHeader(at: Int, delimiter: UInt8)
        /// A quote in the first line never closes: there is no line to read.
        case unclosedQuoteAtStart(at: Int, delimiter: UInt8)
    }

    /// The sample's records, each as field refs, with the byte offset where each starts. A line
    /// with a stray quote is kept in its place (split at every delimiter, for its width) and
    /// marked, so the header and the data start are never taken from the wrong line.
    struct Sample {
        var records: [[FieldRef]] = []
        var offsets: [Int] = []
        /// Record index → offset of the stray quote.
        var stray: [Int: Int] = [:]
        var reachedEnd = false
        /// A quote that opens here and never closes ended the sample.
        var unclosed: Int?
        /// The scan read no byte at or after this offset.
        var scanned = 0
    }

    /// Records of the sample (up to 4000); stops at a cut-off quote. The first few records are
    /// always read whole, however long (a header or first row over the sample size).
    func records(delimiter: UInt8, limit: Int = 4000) -> Sample {
        let sampleEnd = min(bytes.count, start + DialectSniffer.sampleSize)
        let scanner = RecordScanner(base: bytes.base, end: sampleEnd, delimiter: delimiter)
        let whole = RecordScanner(base: bytes.base, end: bytes.count, delimiter: delimiter)
        let minimum = 3
        var s = Sample()
        s.scanned = start
        var fields: [FieldRef] = []
        var pos = start
        // The scanner looks at most one byte past a record's end, and to its bound for a quote
        // that does not close.
        func read(_ o: ScanOutcome, bound: Int) {
            switch o {
            case .record(let next), .strayQuote(_, let next): s.scanned = max(s.scanned, min(next + 1, bound))
            case .unclosedQuote: s.scanned = max(s.scanned, bound)
            }
        }
        while pos < bytes.count, s.records.count < limit {
            if pos >= sampleEnd, s.records.count >= minimum { break }
            var outcome = (pos >= sampleEnd ? whole : scanner).scan(at: pos, into: &fields)
            read(outcome, bound: pos >= sampleEnd ? bytes.count : sampleEnd)
            if sampleEnd < bytes.count, pos < sampleEnd {
                let cut: Bool
                switch outcome {
                case .record(let next), .strayQuote(_, let next): cut = next >= sampleEnd
                case .unclosedQuote: cut = true
                }
                if cut {
                    guard s.records.count < minimum else { return s }
                    outcome = whole.scan(at: pos, into: &fields)
                    read(outcome, bound: bytes.count)
                }
            }
            switch outcome {
            case .record(let next):
                s.records.append(fields); s.offsets.append(pos); pos = next
            case .strayQuote(let at, let next):
                s.stray[s.records.count] = at
                s.records.append(split(pos..<next, delimiter: delimiter)); s.offsets.append(pos); pos = next
            case .unclosedQuote(let at): s.unclosed = at; return s
            }
        }
        s.reachedEnd = pos >= bytes.count
        return s
    }

    /// A line cut at every delimiter, quotes or not (for a stray-quote line's width only).
    private func split(_ r: Range<Int>, delimiter: UInt8) -> [FieldRef] {
        var out: [FieldRef] = []
        var end = r.upperBound
        while end > r.lowerBound, bytes.base[end - 1] == 0x0A || bytes.base[end - 1] == 0x0D { end -= 1 }
        var a = r.lowerBound
        for i in r.lowerBound..<end where bytes.base[i] == delimiter {
            out.append(FieldRef(start: a, end: i, quoted: false, escaped: false)); a = i + 1
        }
        out.append(FieldRef(start: a, end: end, quoted: false, escaped: false))
        return out
    }

    /// The most common field count above one, and how many records have it.
    static func consistency(_ recs: [[FieldRef]]) -> (count: Int, score: Int) {
        var freq: [Int: Int] = [:]
        for r in recs where r.count > 1 { freq[r.count, default: 0] += 1 }
        guard let best = freq.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }) else { return (1, 0) }
        return (best.key, best.value)
    }

    func sniff() throws(Failure) -> CSVPlan {
        var delimiter = options.delimiter ?? UInt8(ascii: ",")
        var sample = options.delimiter == nil ? Sample() : records(delimiter: delimiter)
        var width = DialectSniffer.consistency(sample.records).count
        var delimiterWarning: Message?
        if options.delimiter == nil {
            let choice = chooseDelimiter()
            delimiter = choice.delimiter; sample = choice.sample; width = choice.width
            delimiterWarning = choice.warning
        }
        var recs = sample.records
        // A delimiter at the end of every line of the common width (`1;Anna;12;`) is an export
        // artefact, not a column: read those lines one field shorter, then look again.
        let full = recs.filter { $0.count == width }
        if width > 2, !full.isEmpty, full.allSatisfy({ $0.endsWithEmptyExtraField(width: width - 1) }) {
            recs = recs.map { $0.endsWithEmptyExtraField(width: width - 1) ? Array($0.dropLast()) : $0 }
            width = options.skip == nil ? DialectSniffer.consistency(recs).count : width - 1
        }
        let stray = sample.stray
        let nonBlank = recs.indices.filter { !RecordScanner.isBlank(recs[$0]) }
        guard let firstNonBlank = nonBlank.first else {
            if let at = sample.unclosed { throw .unclosedQuoteAtStart(at: at, delimiter: delimiter) }
            throw .noData
        }
        var h: Int
        if let skip = options.skip {
            h = skip
            while h < recs.count, RecordScanner.isBlank(recs[h]) { h += 1 }
            guard h < recs.count else { throw .noData }
            width = recs[h].count
        } else {
            h = recs.indices.first { recs[$0].count == width && nonEmpty(recs[$0]) >= min(2, width) } ?? firstNonBlank
            // The line above with one more, empty, field is the header (`id,name,`).
            if h > 0, width > 1, recs[h - 1].count == width + 1, nonEmpty(recs[h - 1]) == width,
               let last = recs[h - 1].last, last.start == last.end { h -= 1 }
            width = recs[h].count
        }
        if let at = stray[h] { throw .strayQuoteInHeader(at: at, delimiter: delimiter) }
        // A header ending in a delimiter (`id,name,`) whose rows have nothing in that place
        // (no field there, or an empty one on every row) is an artefact too.
        if let last = recs[h].last, width > 1, !last.quoted, last.start == last.end {
            let rest = recs[(h + 1)...].filter { !RecordScanner.isBlank($0) }
            if !rest.isEmpty, rest.allSatisfy({ $0.count == width - 1 || $0.endsWithEmptyExtraField(width: width - 1) }) { width -= 1 }
        }
        // Data rows of the sample: the right width (a trailing empty field dropped); trailing
        // notes are left out when the whole file was sampled.
        var dataRows = recs.indices.dropFirst(h + 1).compactMap { i -> [FieldRef]? in
            let r = recs[i]
            guard stray[i] == nil else { return nil }
            return r.count == width ? r : r.endsWithEmptyExtraField(width: width) ? Array(r.dropLast()) : nil
        }
        if sample.reachedEnd { while let last = dataRows.last, nonEmpty(last) <= 1, width > 1 { dataRows.removeLast() } }
        let guess = KindGuess(base: bytes.base)
        let decimalComma = options.decimalComma ?? (delimiter != UInt8(ascii: ",") && guess.decimalComma(dataRows + [recs[h]]))
        let parser = NumberParser(decimalComma: decimalComma)
        defer { parser.release() }
        var kinds = (0..<width).map { j in guess.kind(of: dataRows.map { $0[j] }, parser: parser) }
        let hasHeader = options.header ?? (!guess.looksLikeData(recs[h], kinds: kinds, parser: parser)
                                           || guess.looksLikeYears(recs[h], kinds: kinds, data: dataRows, parser: parser))
        if !hasHeader { kinds = (0..<width).map { j in guess.kind(of: ([recs[h]] + dataRows).map { $0[j] }, parser: parser) } }
        var names: [String] = []
        for (j, f) in recs[h].prefix(width).enumerated() {
            guard hasHeader else { names.append("column_\(j + 1)"); continue }
            guard let s = text(f) else { throw .headerNotUTF8 }
            names.append(s)
        }
        names = ColumnNames.cleaned(names)
        let dataStart = hasHeader ? (h + 1 < sample.offsets.count ? sample.offsets[h + 1] : endOfRecord(at: sample.offsets[h], delimiter: delimiter)) : sample.offsets[h]
        let sampled = (sample.offsets.last ?? start) - dataStart
        let perRecord = dataRows.count > 1 ? Double(max(sampled, 1)) / Double(dataRows.count - 1) : 64
        var layout = FieldLayout(names: names, kinds: kinds, decimalComma: decimalComma, hasHeader: hasHeader, titleLines: h)
        layout.decimalCommaPossible = options.decimalComma == nil && delimiter != UInt8(ascii: ",")
        var plan = CSVPlan(layout: layout, delimiter: delimiter, dataStart: dataStart, bytesPerRecord: perRecord)
        plan.delimiterWarning = delimiterWarning
        return plan
    }

    private func endOfRecord(at offset: Int, delimiter: UInt8) -> Int {
        var f: [FieldRef] = []
        if case .record(let next) = RecordScanner(base: bytes.base, end: bytes.count, delimiter: delimiter).scan(at: offset, into: &f) { return next }
        return bytes.count
    }

    func nonEmpty(_ r: [FieldRef]) -> Int { r.reduce(0) { $0 + ($1.end > $1.start ? 1 : 0) } }

    /// The value of a field as a String (nil when not UTF-8).
    func text(_ f: FieldRef) -> String? {
        var buf: [UInt8] = []
        if f.escaped { RecordScanner.unescape(bytes.base, f, into: &buf) } else { buf = Array(UnsafeBufferPointer(start: bytes.base + f.start, count: f.end - f.start)) }
        return buf.withUnsafeBufferPointer { b in b.baseAddress.flatMap { ByteDictionary.string($0, b.count) } ?? "" }
    }
}
