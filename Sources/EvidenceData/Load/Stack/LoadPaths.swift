import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files one `load` argument names: a file, a folder (its exports) or a glob in the file
/// name (`exports/*.csv`), matched here with `fnmatch` rather than by a shell
/// (docs/loading.md, "Several files at once").
package enum LoadPaths {
    /// One file to load: how messages name it (the path as typed, or the folder as typed and the
    /// file's name) and where it is.
    package struct File: Sendable, Equatable {
        package var display: String
        package var path: String
        /// The file's name, without its folder: what the `source` column holds.
        package var name: String { (path as NSString).lastPathComponent }
    }

    /// What a folder contributes: the exports a reader in `TableReaders` reads. Not `.txt`: a
    /// folder's read-me would stop the whole stack (`exports/*.txt` names them). A workbook
    /// reader adds its extensions here.
    package static let folderExtensions: Set<String> = ["csv", "tsv", "tab", "xlsx", "xlsm"]

    /// True when `typed` is a folder or a pattern, not one file.
    package static func isSeveral(_ resolved: String) -> Bool {
        var dir: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &dir) { return dir.boolValue }
        return isPattern(resolved)
    }

    static func isPattern(_ s: String) -> Bool { isPatternText(s) }
    package static func isPatternText(_ s: String) -> Bool { s.contains { $0 == "*" || $0 == "?" || $0 == "[" } }

    /// The files of one argument, sorted by name. A file that exists is itself (even with `[`
    /// in its name); a folder gives its exports; a pattern the files whose names match it.
    package static func expand(typed: String, resolved: String) throws -> [File] {
        var dir: ObjCBool = false
        let fm = FileManager.default
        if fm.fileExists(atPath: resolved, isDirectory: &dir) {
            guard dir.boolValue else { return [File(display: typed, path: resolved)] }
            let files = try entries(of: resolved, typed: typed).filter { folderExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            guard !files.isEmpty else {
                throw Diagnostic(.error, category: .data, kind: StackMessage.noFiles(), message: StackMessage.folderNoExport(.text(typed)),
                                 hint: StackMessage.folderHint(.text("." + folderExtensions.sorted().joined(separator: ", .")), .text(join(typed, "*.csv"))))
            }
            return files.map { File(display: join(typed, $0), path: join(resolved, $0)) }
        }
        guard isPattern(resolved) else {
            throw Diagnostic(.error, category: .data, kind: ReaderMessage.fileNotFound(), message: ReaderMessage.noFile(.text(typed)),
                             hint: StackMessage.checkPathRelative())
        }
        let folder = (resolved as NSString).deletingLastPathComponent, pattern = (resolved as NSString).lastPathComponent
        let typedFolder = (typed as NSString).deletingLastPathComponent
        guard !isPattern(folder) else {
            throw Diagnostic(.error, category: .usage, kind: StackMessage.pattern(), message: StackMessage.patternInFolder(.text(typed)),
                             hint: StackMessage.nameFolderHint())
        }
        guard fm.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &dir), dir.boolValue else {
            throw Diagnostic(.error, category: .data, kind: ReaderMessage.fileNotFound(),
                             message: StackMessage.noFolderForPattern(.text(typedFolder.isEmpty ? "." : typedFolder), .text(pattern)), hint: StackMessage.checkPath())
        }
        let all = try entries(of: folder.isEmpty ? "." : folder, typed: typedFolder)
        let matched = all.filter { name in fnmatch(pattern, name, FNM_PERIOD) == 0 }
        guard !matched.isEmpty else {
            let shown = all.prefix(6).joined(separator: ", ")
            throw Diagnostic(.error, category: .data, kind: StackMessage.noMatchKind(), message: StackMessage.noMatch(.text(typed)),
                             hint: all.isEmpty ? StackMessage.folderEmpty() : StackMessage.folderHolds(.text(shown + (all.count > 6 ? ", …" : ""))))
        }
        return matched.map { File(display: typedFolder.isEmpty ? $0 : join(typedFolder, $0), path: join(folder, $0)) }
    }

    /// The regular files of a folder by name, without hidden files and Excel's lock files (`~$…`).
    static func entries(of folder: String, typed: String) throws -> [String] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else {
            throw Diagnostic(.error, category: .data, kind: ReaderMessage.unreadable(), message: StackMessage.cannotList(.text(typed)),
                             hint: StackMessage.permissionsHint())
        }
        return names.filter { name in
            var dir: ObjCBool = false
            return !name.hasPrefix(".") && !name.hasPrefix("~$") && fm.fileExists(atPath: join(folder, name), isDirectory: &dir) && !dir.boolValue
        }.sorted()
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
