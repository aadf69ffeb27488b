/// The CSV reader in one call (tests, benchmarks); `load` goes through `TableReaders`.
/// Failures are `Diagnostic`s of category `.data` with `file:line:column`.
public enum CSVLoader {
    public static func load(path: String, name: String, displayPath: String, options: LoadOptions,
                            cancellation: Cancellation? = nil) throws -> LoadResult {
        try CSVReader(path: path, displayPath: displayPath, options: options).load(name: name, cancellation: cancellation)
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
        case .special(let kind):
            Diagnostic.data("'\(path)' is \(kind), not a regular file: evsh loads only regular files", kind: "not a file",
                            hint: "save the data to a file first, then load that file")
        case .notReadable(let why):
            Diagnostic.data("cannot read '\(path)': \(why)", kind: "unreadable", hint: "check the file's permissions")
        }
    }
}
