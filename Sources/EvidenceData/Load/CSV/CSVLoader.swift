/// The CSV reader in one call (tests, benchmarks); `load` goes through `TableReaders`.
/// Failures are `Diagnostic`s of category `.data` with `file:line:column`.
public enum CSVLoader {
    public static func load(path: String, name: String, displayPath: String, options: LoadOptions,
                            cancellation: Cancellation? = nil) throws -> LoadResult {
        try CSVReader(path: path, displayPath: displayPath, options: options).load(name: name, cancellation: cancellation)
    }

    static func openError(_ e: FileBytes.OpenError, _ path: String) -> Diagnostic {
        typealias M = ReaderMessage
        return switch e {
        case .notFound:
            Diagnostic.data(M.noFile(.text(path)), kind: M.fileNotFound(), hint: M.spellingHint())
        case .isDirectory:
            Diagnostic.data(M.isFolder(.text(path)), kind: M.notAFile(), hint: M.folderHint())
        case .empty:
            Diagnostic.data(M.isEmpty(.text(path)), kind: M.emptyKind(), hint: M.exportAgain())
        case .special(let kind):
            Diagnostic.data(M.special(.text(path), .message(kind)), kind: M.notAFile(), hint: M.specialHint())
        case .notReadable(let why):
            Diagnostic.data(M.cannotRead(.text(path), .text(why)), kind: M.unreadable(), hint: M.permissionsHint())
        }
    }
}
