import Foundation
import EvidenceData
import EvidenceAnalysis

/// What a saved script remembers about a dataset it used: where it came from, how big it was
/// and a SHA-256 of its bytes, so a replay can say clearly when the data are not the same.
/// Written in the script header as `# data: NAME path=PATH size=N rows=N sha256=HEX`.
public struct DataFingerprint: Sendable, Equatable {
    public var name: String
    /// The file the data came from; nil for built-in data (`load demo`).
    public var path: String?
    public var byteCount: Int?
    public var rowCount: Int
    public var sha256: String

    public init(name: String, path: String?, byteCount: Int?, rowCount: Int, sha256: String) {
        self.name = name
        self.path = path
        self.byteCount = byteCount
        self.rowCount = rowCount
        self.sha256 = sha256
    }

    /// The fingerprint of a loaded table: the file's bytes when it came from a file that is still
    /// there, otherwise the table's contents (built-in data).
    public static func of(name: String, loaded: LoadedTable, workingDirectory: String? = nil) -> DataFingerprint {
        let src = loaded.source
        if let given = src.path {
            // Inside the working folder the path is written relative, so a script and its data
            // can move together.
            var path = given
            if let wd = workingDirectory, given.hasPrefix(wd.hasSuffix("/") ? wd : wd + "/") {
                path = String(given.dropFirst(wd.hasSuffix("/") ? wd.count : wd.count + 1))
            }
            if let sha = src.sha256 {
                return DataFingerprint(name: name, path: path, byteCount: src.byteCount, rowCount: loaded.table.rowCount, sha256: sha)
            }
            // The file as it is now, unless it has visibly changed since it was loaded: then the
            // loaded contents are what the script used.
            let full = resolve(path, in: workingDirectory)
            if let (size, hash) = try? fileDigest(full), src.byteCount == nil || src.byteCount == size {
                return DataFingerprint(name: name, path: path, byteCount: size, rowCount: loaded.table.rowCount, sha256: hash)
            }
            return DataFingerprint(name: name, path: path, byteCount: src.byteCount, rowCount: loaded.table.rowCount,
                                   sha256: tableDigest(loaded.table))
        }
        // The demo's digest was taken as it was loaded: a `let` since then is the script's own
        // work, not other data (docs/sessions.md).
        return DataFingerprint(name: name, path: nil, byteCount: nil, rowCount: loaded.table.rowCount,
                               sha256: src.sha256 ?? tableDigest(loaded.table))
    }

    /// SHA-256 and size of a file, read in 1 MiB chunks.
    public static func fileDigest(_ path: String) throws -> (Int, String) {
        guard let fh = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic(.error, category: .data, kind: SessionCommandMessage.unreadableFile(), message: SessionCommandMessage.cannotRead(.text(path)))
        }
        defer { try? fh.close() }
        var d = SHA256Hasher()
        var size = 0
        while let chunk = try fh.read(upToCount: 1 << 20), !chunk.isEmpty {
            size += chunk.count
            chunk.withUnsafeBytes { d.update($0) }
        }
        return (size, d.finish())
    }

    /// A digest of a table's column names and values (for data that has no file). Per-cell
    /// boxing is fine here: it runs once per save, on built-in data.
    static func tableDigest(_ t: Table) -> String { t.contentDigest }

    static func resolve(_ path: String, in dir: String?) -> String {
        guard let dir, !path.hasPrefix("/") else { return path }
        return (dir as NSString).appendingPathComponent(path)
    }

    // MARK: header line

    public var headerLine: String {
        var parts = ["# data:", name]
        if let path { parts.append("path=" + (path.contains(where: \.isWhitespace) ? "\"\(path)\"" : path)) }
        else { parts.append("builtin=yes") }
        if let byteCount { parts.append("size=\(byteCount)") }
        parts.append("rows=\(rowCount)")
        parts.append("sha256=\(sha256)")
        return parts.joined(separator: " ")
    }

    /// Reads a `# data: …` header line; nil for any other line.
    public static func parse(headerLine line: String) -> DataFingerprint? {
        let t = line.trimmed()
        guard t.hasPrefix("# data:") else { return nil }
        let words = CommandLexer.words(in: String(t.dropFirst("# data:".count)))
        guard let name = words.first?.text, !name.isEmpty else { return nil }
        var f = DataFingerprint(name: name, path: nil, byteCount: nil, rowCount: 0, sha256: "")
        for w in words.dropFirst() {
            guard let eq = w.text.firstIndex(of: "=") else { continue }
            let k = w.text[..<eq], v = String(w.text[w.text.index(after: eq)...])
            switch k {
            case "path": f.path = v
            case "size": f.byteCount = Int(v)
            case "rows": f.rowCount = Int(v) ?? 0
            case "sha256": f.sha256 = v
            default: break
            }
        }
        return f.sha256.isEmpty ? nil : f
    }

    /// What differs between the data a script was saved with (`self`) and the data now, in words.
    public func differences(from now: DataFingerprint, language L: Language = .en) -> [String] {
        if sha256 == now.sha256 { return [] }
        var out: [String] = []
        if rowCount != now.rowCount { out.append(TranscriptCheckMessage.rowsChanged.text(L, .text("\(rowCount)"), .text("\(now.rowCount)"))) }
        if let a = byteCount, let b = now.byteCount, a != b { out.append(TranscriptCheckMessage.sizeChanged.text(L, .text("\(a)"), .text("\(b)"))) }
        if path != now.path {
            let builtIn = TranscriptCheckMessage.builtIn.text(L)
            out.append(TranscriptCheckMessage.fileChanged.text(L, .text(path ?? builtIn), .text(now.path ?? builtIn)))
        }
        out.append("sha256 \(sha256.prefix(12))… → \(now.sha256.prefix(12))…")
        return out
    }
}
