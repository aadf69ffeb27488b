/// One translated part of a help page: a command's `summary`, `discussion`, `example.N` (from
/// 1) or `arg.TERM` (the argument list's whole term: `load.arg.PATH …`), or a function's doc
/// (`function.NAME`). Help is the largest text evsh has (some 300 parts), so its keys are rows
/// of tables, one file per category, rather than enum cases; the English column is the
/// declaration's text, and `HelpTranslationTests` fails when it is not, when a command or
/// function has no Swedish page, or when a Swedish part holds a common English word. Words
/// the user types (command words, options, column and function names) stay untranslated,
/// quoted: 'count by class'. The page's own words are `HelpMessage`.
public struct HelpPart: MessageKey {
    typealias Row = (key: String, en: String, sv: String)

    public let rawValue: String
    public let entries: [Language: String]

    public init?(rawValue: String) {
        guard let part = Self.byKey[rawValue] else { return nil }
        self = part
    }

    init(_ row: Row) {
        rawValue = row.key
        entries = [.en: row.en, .sv: row.sv]
    }

    public static let allCases: [HelpPart] = (loading + shaping + cycles + charts + sessions + shell + functions).map(HelpPart.init)

    static let byKey: [String: HelpPart] = Dictionary(allCases.map { ($0.rawValue, $0) }, uniquingKeysWith: { a, _ in a })

    /// A function's doc in `language`, or `english` when there is no translation.
    public static func function(_ name: String, _ english: String, _ language: Language) -> String {
        guard language != .en, let part = byKey["function.\(name)"] else { return english }
        return part.text(language)
    }
}
