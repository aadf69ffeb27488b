import Foundation

/// A loaded table and what was detected on the way.
public struct LoadResult: Sendable {
    public var table: Table
    public var report: LoadReport
}

/// Loads a CSV/TSV file: decode, sniff, parse (two threads on large files), type, report.
/// Failures are `Diagnostic`s of category `.data` with `file:line:column`.
public enum CSVLoader {
    public static func load(path: String, name: String, displayPath: String, options: LoadOptions,
                            cancellation: Cancellation? = nil) throws -> LoadResult {
        let file: FileBytes
        do { file = try FileBytes(mapping: path) } catch {
            throw openError(error, displayPath)
        }
        var source = try FileDecoder.decode(file, forced: options.encoding?.encoding, displayPath: displayPath)
        var textColumns = Set<Int>()
        for _ in 0..<6 {
            let plan = try sniff(source, options: options, displayPath: displayPath, textColumns: textColumns)
            switch plan {
            case .retry(let s): source = s; continue
            case .plan(let plan):
                var run = ParseRun(source: source, plan: plan, lenient: options.lenient, displayPath: displayPath, parallelBytes: options.parallelBytes)
                run.cancellation = cancellation
                switch try run.execute() {
                case .done(var result):
                    result.report.name = name
                    return result
                case .demote(let columns): textColumns.formUnion(columns)
                case .notUTF8:
                    guard options.encoding == nil, source.encoding == .utf8 else {
                        throw FileDecoder.invalidEncoding(source.bytes, displayPath: displayPath)
                    }
                    source = FileDecoder.windows1252(file)
                }
            }
        }
        throw Diagnostic(.error, category: .internal, message: "could not settle the column types of '\(displayPath)'")
    }

    private enum Sniffed { case plan(LoadPlan), retry(DecodedSource) }

    private static func sniff(_ source: DecodedSource, options: LoadOptions, displayPath: String, textColumns: Set<Int>) throws -> Sniffed {
        do {
            var plan = try DialectSniffer(bytes: source.bytes, start: source.start, options: options).sniff()
            for j in textColumns where j < plan.kinds.count { plan.kinds[j] = .text }
            return .plan(plan)
        } catch {
            switch error {
            case .noData:
            throw Diagnostic.data("'\(displayPath)' has no rows: every line is blank", kind: "empty file",
                                  hint: "check that this is the export you meant")
            case .headerNotUTF8:
            if options.encoding == nil, source.encoding == .utf8 { return .retry(FileDecoder.windows1252(source.original)) }
            throw FileDecoder.invalidEncoding(source.bytes, displayPath: displayPath)
            case .unknownID(let id, let names):
            throw Diagnostic.usage("no column named '\(id)' for id=", hint: Suggestions.didYouMean(id, in: names)
                                   ?? "the columns are: \(names.prefix(12).joined(separator: ", "))")
            }
        }
    }

    static func openError(_ e: FileBytes.OpenError, _ path: String) -> Diagnostic {
        switch e {
        case .notFound:
            Diagnostic.data("no file '\(path)'", kind: "file not found",
                            hint: "check the spelling; relative paths start in the folder evsh was started from")
        case .isDirectory:
            Diagnostic.data("'\(path)' is a folder, not a file", kind: "not a file", hint: "give the path of a .csv or .tsv file inside it")
        case .empty:
            Diagnostic.data("'\(path)' is empty (0 bytes)", kind: "empty file", hint: "export the data again; the file has nothing in it")
        case .notReadable(let why):
            Diagnostic.data("cannot read '\(path)': \(why)", kind: "unreadable", hint: "check the file's permissions")
        }
    }
}
