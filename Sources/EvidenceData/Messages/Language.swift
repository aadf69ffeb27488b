/// The language evsh talks in: messages, headers, footnotes and how numbers are written
/// (docs/shell.md, "Language"). Command words, keywords, function and column names are the
/// same in every language, so a script replays alike in either.
public enum Language: String, Sendable, CaseIterable, Equatable {
    case en, sv

    /// `en`, `sv`, and the names a user may type for them.
    public init?(word: String) {
        switch word.lowercased() {
        case "en", "english", "engelska": self = .en
        case "sv", "swedish", "svenska": self = .sv
        default: return nil
        }
    }

    /// The default from the environment, as POSIX orders it: LC_ALL, then LC_MESSAGES, then
    /// LANG; the first one set and non-empty decides. `sv`, `sv_SE.UTF-8`, `sv_FI`… give
    /// Swedish; anything else (C, POSIX, en_GB.UTF-8) English. The executable passes its
    /// environment in; the engine reads no globals.
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = environment[name], !v.isEmpty else { continue }
            let code = v.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }.lowercased()
            return code == "sv" ? .sv : .en
        }
        return .en
    }

    /// How numbers are written in this language.
    public var numbers: NumberStyle { self == .sv ? .swedish : .english }

    /// The language's name in itself, for `set language`.
    public var name: String { self == .sv ? "svenska" : "English" }
}
