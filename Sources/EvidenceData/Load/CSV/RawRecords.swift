/// The records of a file as plain strings, read with the same decoding, sniffing and scanner as
/// `load` but without typing: for conformance tests against corpora whose oracle is strings.
enum RawRecords {
    static func read(path: String, options: LoadOptions = LoadOptions()) throws -> (header: [String], rows: [[String]]) {
        let file: FileBytes
        do { file = try FileBytes(mapping: path) } catch { throw CSVLoader.openError(error, path) }
        let source = try FileDecoder.decode(file, forced: options.encoding?.encoding, displayPath: path)
        let plan: CSVPlan
        do { plan = try DialectSniffer(bytes: source.bytes, start: source.start, options: options).sniff() } catch {
            throw Diagnostic.data("cannot read '\(path)': \(error)", kind: "sniff")
        }
        let b = source.bytes
        let scanner = RecordScanner(base: b.base, end: b.count, delimiter: plan.delimiter)
        var fields: [FieldRef] = []
        var rows: [[String]] = []
        var pos = plan.dataStart
        var scratch: [UInt8] = []
        func text(_ f: FieldRef) -> String {
            if f.escaped { RecordScanner.unescape(b.base, f, into: &scratch); return String(decoding: scratch, as: UTF8.self) }
            return String(decoding: UnsafeBufferPointer(start: b.base + f.start, count: f.end - f.start), as: UTF8.self)
        }
        while pos < b.count {
            switch scanner.scan(at: pos, into: &fields) {
            case .record(let next):
                if !RecordScanner.isBlank(fields) { rows.append(fields.map(text)) }
                pos = next
            case .strayQuote(let at, _), .unclosedQuote(let at):
                let l = b.location(of: at)
                throw Diagnostic.data("bad quote", location: FileLocation(file: path, line: l.line, column: l.column), kind: "quote")
            }
        }
        return (plan.layout.names, rows)
    }
}
