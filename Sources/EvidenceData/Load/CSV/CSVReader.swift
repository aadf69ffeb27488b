import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The CSV/TSV reader: decodes the file (BOM, UTF-8 or Windows-1252, UTF-16), sniffs the
/// dialect and parses the records on one or two threads into the shared typing. What it
/// decides and finds is said in its notes: delimiter, encoding, trailing delimiters.
struct CSVReader: TextFieldReader {
    let path: String
    let displayPath: String
    let options: LoadOptions
    private let file: FileBytes
    private var decoded: DecodedSource

    /// Maps and decodes the file; fails with `file not found`, `not text`, `invalid encoding`, ….
    init(path: String, displayPath: String, options: LoadOptions) throws {
        self.path = path
        self.displayPath = displayPath
        self.options = options
        do { file = try FileBytes(mapping: path) } catch { throw CSVLoader.openError(error, displayPath) }
        let file = file
        decoded = try Self.unlessShrunk(file, path, displayPath) {
            try FileDecoder.decode(file, forced: options.encoding?.encoding, displayPath: displayPath)
        }
    }

    /// What `body` read, unless the file shrank under its map meanwhile (then the bytes past its
    /// new end were zeros, and whatever was found or thrown is not the file's).
    private static func unlessShrunk<T>(_ file: FileBytes, _ path: String, _ displayPath: String, _ body: () throws -> T) throws -> T {
        let result = Result(catching: body)
        // Past the new end within its last page the map reads zeros without a fault, so the
        // size is asked too: a file cut to 100 bytes must not be called binary data.
        var st = stat()
        let sized = file.isMapped && stat(path, &st) == 0
        guard !file.shrank, !sized || Int(st.st_size) >= file.count else {
            let now: MessageArgument = sized ? .message(ReaderMessage.sizes(.quantity(Int(st.st_size)), .quantity(file.count))) : .text("")
            throw Diagnostic.data(ReaderMessage.becameShorter(.text(displayPath), now), kind: ReaderMessage.fileChanged(),
                                  hint: ReaderMessage.waitHint())
        }
        return try result.get()
    }

    var displayName: String { displayPath }

    var source: DataSource {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        return DataSource(path: path, words: ReaderMessage.loadedFrom(.text(displayPath)), byteCount: size)
    }

    mutating func plan() throws -> CSVPlan {
        let file = file, path = path, displayPath = displayPath
        return try Self.unlessShrunk(file, path, displayPath) { try sniff() }
    }

    private mutating func sniff() throws -> CSVPlan {
        do {
            return try DialectSniffer(bytes: decoded.bytes, start: decoded.start, options: options).sniff()
        } catch {
            switch error {
            case .noData:
                throw Diagnostic.data(ReaderMessage.noRows(.text(displayPath)), kind: ReaderMessage.emptyFile(), hint: ReaderMessage.meantHint())
            case .strayQuoteInHeader(let at, let delimiter):
                // Even lenient: skipping the header would make the first pupil the header.
                throw quoteProblem(.strayQuote, at: at, delimiter: delimiter)
            case .unclosedQuoteAtStart(let at, let delimiter):
                throw quoteProblem(.unclosedQuote, at: at, delimiter: delimiter)
            case .headerNotUTF8:
                guard options.encoding == nil, decoded.encoding == .utf8 else {
                    throw FileDecoder.invalidEncoding(decoded.bytes, displayPath: displayPath)
                }
                decoded = FileDecoder.notUTF8(decoded.original)
                return try sniff()
            }
        }
    }

    private func quoteProblem(_ kind: ParseProblem.Kind, at: Int, delimiter: UInt8) -> Diagnostic {
        let plan = CSVPlan(layout: FieldLayout(names: [], kinds: [], decimalComma: false), delimiter: delimiter, dataStart: 0, bytesPerRecord: 1)
        return ParseRun(source: decoded, plan: plan, lenient: false, displayPath: displayPath, parallelBytes: 0)
            .diagnostic(ParseProblem(kind: kind, offset: at), more: 0)
    }

    mutating func readFields(_ plan: CSVPlan, cancellation: Cancellation?) throws -> FieldParts {
        var run = ParseRun(source: decoded, plan: plan, lenient: options.lenient, displayPath: displayPath,
                           parallelBytes: options.parallelBytes)
        run.cancellation = cancellation
        return try Self.unlessShrunk(file, path, displayPath) { try run.execute() }
    }

    func location(of position: Int, in plan: CSVPlan) -> FileLocation { decoded.location(of: position, file: displayPath) }

    func fieldText(at position: Int, in plan: CSVPlan) -> String { decoded.fieldText(at: position, delimiter: plan.delimiter) }

    /// A large file looked like UTF-8 at its start only: read it again as Windows-1252, unless
    /// the encoding was given or already tried.
    mutating func textIsNotUTF8() throws {
        guard options.encoding == nil, decoded.encoding == .utf8 else {
            throw FileDecoder.invalidEncoding(decoded.bytes, displayPath: displayPath)
        }
        decoded = FileDecoder.notUTF8(file)
    }
}
