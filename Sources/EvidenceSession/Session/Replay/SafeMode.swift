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
        let what: Message?
        if first.isKeyword("export") {
            what = writesRedirected ? nil : SafeModeMessage.exportWrites()
        } else if first.isKeyword("session"), let sub = words.dropFirst().first,
                  sub.isKeyword("save") || sub.isKeyword("export") {
            guard !writesRedirected else { return nil }
            what = SafeModeMessage.sessionWrites(.text(sub.text.lowercased()))
        } else if first.isKeyword("session"), let sub = words.dropFirst().first, sub.isKeyword("recover") {
            what = SafeModeMessage.recoverReads()
        } else {
            what = nil
        }
        guard let what else { return nil }
        return Diagnostic(.error, category: .usage, kind: SafeModeMessage.kind(), message: what,
                          span: Span(line: command, range: first.range), hint: SafeModeMessage.withoutSafe())
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
        Diagnostic(.error, category: .usage, kind: SafeModeMessage.kind(), message: SafeModeMessage.outsideFolder(.text(shown)),
                   span: span, hint: SafeModeMessage.safeReads())
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
