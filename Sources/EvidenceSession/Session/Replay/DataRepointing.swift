import Foundation
import EvidenceData
import EvidenceAnalysis

/// `--data NAME=PATH`: points a saved script at other data by rewriting the `load` that makes
/// dataset NAME. The name is kept (an explicit `as NAME` is added), so every later command that
/// says `use NAME` or relies on it being current still works; columns are found by name.
public struct DataRepointing: Sendable {
    /// Dataset name → new path.
    public var overrides: [String: String]
    /// Header fingerprints: they tie a saved path to the dataset name it was loaded as.
    public var fingerprints: [DataFingerprint]
    /// Names that some `load` was rewritten for.
    public private(set) var used: Set<String> = []
    /// The names the script's `load`s make, in order, each once.
    public private(set) var loadedNames: [String] = []

    public init(overrides: [String: String], fingerprints: [DataFingerprint] = []) {
        self.overrides = overrides
        self.fingerprints = fingerprints
    }

    /// The command to run instead of `command` (the same text when nothing applies).
    public mutating func rewrite(_ command: String) -> String {
        let words = Arguments.split(command)
        guard words.count >= 2, words[0].isKeyword("load") else { return command }
        let source = words[1]
        // `load A B … [as NAME]` (a stack): the paths run to `as` or `with`, and all of them
        // are replaced by the one new path (a file, a folder or a pattern).
        var end = 2
        while end < words.count, !words[end].isKeyword("as"), !words[end].isKeyword("with") { end += 1 }
        var name: String
        var restStart = end
        let named = end + 1 < words.count && words[end].isKeyword("as")
        if named {
            name = words[end + 1].text
            restStart = end + 2
        } else if end > 2 {
            let stem = StackedLoad.sharedStem(words[1..<end].map { ($0.text as NSString).lastPathComponent })
            name = LoadCommand.datasetName(forPath: (stem ?? Self.defaultName(source)) + ".csv")
        } else {
            name = Self.defaultName(source)
        }
        if end == 2, !words[1].isKeyword("demo"), let f = fingerprints.first(where: { $0.path == source.text }), !named {
            name = f.name
        }
        if !loadedNames.contains(name) { loadedNames.append(name) }
        guard let path = overrides[name] else { return command }
        used.insert(name)
        let chars = Array(command)
        let rest = restStart < words.count ? " " + String(chars[words[restStart].range.lowerBound...]) : ""
        return "load \(Self.quote(path)) as \(name)\(rest)"
    }

    /// The dataset name `load PATH` gives when there is no `as`: the file name without its
    /// extension (`load demo` → demo).
    public static func defaultName(_ w: Word) -> String {
        if w.isKeyword("demo") { return "demo" }
        var base = Substring(w.text)
        if let slash = base.lastIndex(of: "/") { base = base[base.index(after: slash)...] }
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        return String(base)
    }

    static func quote(_ path: String) -> String {
        path.contains(where: { $0.isWhitespace || $0 == "#" || $0 == ";" }) ? "\"\(path)\"" : path
    }

    /// Overrides that matched no `load` in the script.
    public var unused: [String] { overrides.keys.filter { !used.contains($0) }.sorted() }
}

extension DataRepointing {
    /// `--data NAME=PATH` values as a dictionary; a clear error for anything else.
    public static func parse(_ values: [String]) throws -> [String: String] {
        var out: [String: String] = [:]
        for v in values {
            guard let eq = v.firstIndex(of: "="), eq != v.startIndex, v.index(after: eq) != v.endIndex else {
                throw Diagnostic.usage(ReplayMessage.dataTakes(.text(v)), hint: ReplayMessage.dataExample())
            }
            let name = String(v[..<eq])
            if out[name] != nil { throw Diagnostic.usage(ReplayMessage.dataTwice(.text(name))) }
            out[name] = String(v[v.index(after: eq)...])
        }
        return out
    }
}
