import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see the old file or the whole new one, never half, and nobody
/// else can read it: a temporary file in the same folder (mode 0600), fsync, rename over the
/// target, fsync the folder. Used by `export`, `session save|export` and the journal.
public enum AtomicFile {
    /// `kind` names the failure in diagnostics ("export", "session save", …).
    public static func save(_ text: String, to path: String, kind: String = "write failed") throws {
        try save(bytes: Array(text.utf8), to: path, kind: kind)
    }

    /// The same for bytes (a workbook).
    public static func save(bytes: [UInt8], to path: String, kind: String = "write failed") throws {
        typealias M = WriterMessage
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw Diagnostic.data(M.isFolder(.text(path)), kind: kindWords(kind), hint: M.fileNameHint(.text(path)))
        }
        // Replacing a device or a pipe (e.g. /dev/null) by renaming over it would break the
        // system for everyone: only regular files are replaced.
        if let type = (try? fm.attributesOfItem(atPath: path))?[.type] as? FileAttributeType,
           type != .typeRegular, type != .typeSymbolicLink {
            throw Diagnostic.data(M.notRegular(.text(path)), kind: kindWords(kind), hint: M.ordinaryHint())
        }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        if !fm.fileExists(atPath: folder, isDirectory: &isDir) {
            throw Diagnostic.data(M.noFolder(.text(folder)), kind: kindWords(kind), hint: M.createHint())
        }
        if !isDir.boolValue { throw Diagnostic.data(M.folderIsFile(.text(folder)), kind: kindWords(kind)) }
        let name = (path as NSString).lastPathComponent
        let temp = (folder as NSString).appendingPathComponent(".\(name).\(SHA256Hasher.hex((0..<6).map { _ in UInt8.random(in: 0...255) })).tmp")
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(M.cannotWriteIn(.text(folder)), kind) }
        var ok = false
        defer { if !ok { unlink(temp) } }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buf in buf.baseAddress.map { write(fd, $0 + done, bytes.count - done) } ?? 0 }
            if n < 0 {
                if errno == EINTR { continue }
                let err = failure(M.cannotWrite(.text(path)), kind)
                close(fd)
                throw err
            }
            done += n
        }
        guard fchmod(fd, 0o600) == 0, fsync(fd) == 0 else {
            let err = failure(M.cannotWrite(.text(path)), kind)
            close(fd)
            throw err
        }
        close(fd)
        guard rename(temp, path) == 0 else { throw failure(M.cannotReplace(.text(path)), kind) }
        ok = true
        let dfd = open(folder, O_RDONLY)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }

    /// The system's reason (`permission denied`) stays as the system says it.
    package static func failure(_ what: Message, _ kind: String) -> Diagnostic {
        let reason = String(cString: strerror(errno))
        return Diagnostic.data(WriterMessage.failure(.message(what), .text(reason.lowercased())), kind: kindWords(kind),
                               hint: WriterMessage.writableHint())
    }

    /// The kind's words: `write failed` is the catalogue's; the commands' kinds (`export`,
    /// `session`) are the same in both languages.
    static func kindWords(_ kind: String) -> Message {
        kind == "write failed" ? WriterMessage.writeFailed() : WriterMessage.verbatim(.text(kind))
    }
}
