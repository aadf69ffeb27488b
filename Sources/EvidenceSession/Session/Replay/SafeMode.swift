import Foundation
import EvidenceData
import EvidenceAnalysis

/// What a script may do. Every script can do only what the shell can (there are no shell
/// escapes and no network commands); files are written only by `export` and `session
/// save|export`. With `--safe` those are refused too, so a script from someone else is data,
/// never a way to change files.
public enum SafeMode {
    /// A diagnostic when `command` is refused in safe mode, nil when it may run. With
    /// `writesRedirected` (`evsh check`, which writes into a scratch folder) only what would
    /// read or remove a journal is refused.
    public static func refusal(_ command: String, writesRedirected: Bool = false) -> Diagnostic? {
        let words = Arguments.split(command)
        guard let first = words.first else { return nil }
        let what: String?
        if first.isKeyword("export") {
            what = writesRedirected ? nil : "'export' writes a file"
        } else if first.isKeyword("session"), let sub = words.dropFirst().first,
                  sub.isKeyword("save") || sub.isKeyword("export") {
            guard !writesRedirected else { return nil }
            what = "'session \(sub.text.lowercased())' writes a file"
        } else if first.isKeyword("session"), let sub = words.dropFirst().first, sub.isKeyword("recover") {
            what = "'session recover' reads and removes a journal in the state folder"
        } else {
            what = nil
        }
        guard let what else { return nil }
        return Diagnostic(.error, category: .usage, kind: "safe mode", message: "\(what) and is refused",
                          span: Span(line: command, range: first.range),
                          hint: "run the script without --safe if you trust it to write files")
    }
}

// MARK: reading

extension SafeMode {
    /// What a safe script may read: files in its own folder or below it, and the `--data` files.
    /// Paths are compared after resolving `..` and symlinks, so neither leads out.
    public struct Reads: Sendable, Equatable {
        public var folders: [String] = []
        public var files: [String] = []
        public init(folders: [String] = [], files: [String] = []) {
            self.folders = folders.compactMap(SafeMode.realPath)
            self.files = files.compactMap(SafeMode.realPath)
        }
        public var isEmpty: Bool { folders.isEmpty && files.isEmpty }

        /// True when `path` (absolute) may be read.
        public func allows(_ path: String) -> Bool {
            // A file that does not exist is judged by its folder (then the load says it is missing).
            let real = SafeMode.realPath(path) ?? SafeMode.realPath((path as NSString).deletingLastPathComponent)
                .map { ($0 as NSString).appendingPathComponent((path as NSString).lastPathComponent) }
                ?? (path as NSString).standardizingPath
            if files.contains(real) { return true }
            return folders.contains { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }
    }

    /// The path with `..`, `.` and symlinks resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// The refusal of a read outside what a safe script may read.
    static func readRefusal(_ shown: String, span: Span?) -> Diagnostic {
        Diagnostic(.error, category: .usage, kind: "safe mode",
                   message: "'\(shown)' is outside the script's folder and is not read",
                   span: span,
                   hint: "a safe script reads only files in its own folder (or below it) and the --data files; run it without --safe if you trust it")
    }
}

extension CommandContext {
    /// In safe mode, refuses a read of `path` (absolute) outside the script's folder and the
    /// `--data` files; does nothing otherwise.
    func checkSafeRead(_ path: String, word: Word) throws {
        let s = session
        guard s.safeMode, !s.state.recording.safeReads.allows(path) else { return }
        throw SafeMode.readRefusal(word.text, span: args.span(word))
    }
}
