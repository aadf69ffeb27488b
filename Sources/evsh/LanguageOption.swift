import ArgumentParser
import Foundation
import EvidenceData

/// `--language sv|en`, else the process environment's (LC_ALL, LC_MESSAGES, LANG): read here,
/// in the executable, and passed in; the engine reads no globals (docs/shell.md, "Language").
enum LanguageOption {
    static func resolve(_ typed: String?) throws -> Language {
        guard let typed else { return Language.from(environment: ProcessInfo.processInfo.environment) }
        guard let l = Language(word: typed) else {
            throw ValidationError("--language takes sv or en, not '\(typed)'")
        }
        return l
    }
}
