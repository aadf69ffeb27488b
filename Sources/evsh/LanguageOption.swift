import ArgumentParser
import Foundation
import EvidenceData

/// `--language sv|en`, else the process environment's (LC_ALL, LC_MESSAGES, LANG): read here,
/// in the executable, and passed in; the engine reads no globals (docs/shell.md, "Language").
enum LanguageOption {
    static func resolve(_ typed: String?) throws -> Language {
        guard let typed else { return Language.from(environment: ProcessInfo.processInfo.environment) }
        guard let l = Language(word: typed) else {
            throw ValidationError(CommandLineMessage.languageTakes.text(CommandLineLanguage.current, .text(typed)))
        }
        return l
    }
}

/// The language of the command line's own words: the help the argument parser prints and the
/// errors of `evsh run` and `evsh check` before a session exists. The help is built before any
/// option is parsed, so `--language` is looked for in the raw arguments; a word the parser
/// will refuse leaves the environment's language.
enum CommandLineLanguage {
    static let current = detect(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    static func detect(_ args: [String], environment: [String: String]) -> Language {
        for (i, a) in args.enumerated() {
            let typed: String?
            if a == "--language" { typed = i + 1 < args.count ? args[i + 1] : nil }
            else if a.hasPrefix("--language=") { typed = String(a.dropFirst("--language=".count)) }
            else { continue }
            if let typed, let l = Language(word: typed) { return l }
        }
        return Language.from(environment: environment)
    }
}

/// A word of the command line, in its language.
func said(_ key: CommandLineMessage) -> String { key.text(CommandLineLanguage.current) }
