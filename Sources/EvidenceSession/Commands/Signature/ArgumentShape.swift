import EvidenceData

/// What one place in a command line takes. Declared on each command's `CommandSignature`;
/// Tab completion offers candidates from it, and help and docs/commands.md describe it.
package indirect enum ArgumentShape: Sendable, Equatable {
    /// A file path (Tab: files and folders).
    case path
    /// A loaded dataset or view (Tab: their names).
    case dataset
    /// A name to give something new: nothing to complete.
    case name
    /// Any one word (a title, a list of cut points).
    case value
    case number
    /// One column of the current dataset.
    case column
    /// Columns, separated by spaces or commas.
    case columns
    /// An expression, up to the next keyword (Tab: columns, functions).
    case expression
    /// Expressions separated by commas.
    case expressions
    /// A measure and its cycles: `reading c1 -> c2`, `reading_c1 -> reading_c2`, `reading at c1`.
    case cycleReference
    /// Cycle labels, in order.
    case cycles
    /// A loaded norms table (`norms list`).
    case norms
    /// Free text to the end of the line.
    case text
    /// A command's name.
    case command
    /// A function of the expression language.
    case function
    /// One of these words.
    case choice([String])
    /// A `set` option's name, then (`settingValue`) its value: see `SettingSpec`.
    case setting
    case settingValue
    /// `KEY=VALUE` words with these keys (after `with`).
    case options([String])
    /// Any of these.
    case either([ArgumentShape])

    /// True for shapes that run over several words, up to the next keyword.
    package var takesSeveralWords: Bool {
        switch self {
        case .columns, .expression, .expressions, .cycleReference, .cycles, .text, .options: true
        case .either(let shapes): shapes.contains { $0.takesSeveralWords }
        default: false
        }
    }

    /// True when a file path fits here.
    package var allowsPath: Bool {
        switch self {
        case .path: true
        case .either(let shapes): shapes.contains { $0.allowsPath }
        default: false
        }
    }

    /// What it takes, in words, for help and the docs.
    package var help: String {
        switch self {
        case .path: "a file path"
        case .dataset: "a loaded dataset or view"
        case .name: "a new name"
        case .value: "a value"
        case .number: "a number"
        case .column: "a column"
        case .columns: "columns, separated by spaces or commas"
        case .expression: "an expression ('help functions')"
        case .expressions: "expressions, separated by commas"
        case .cycleReference: "a measure and its cycles"
        case .cycles: "cycle labels, in order"
        case .norms: "a loaded norms table"
        case .text: "text to the end of the line"
        case .command: "a command"
        case .function: "a function"
        case .choice(let words): words.map { "'\($0)'" }.joined(separator: " or ")
        case .setting: "a setting (below)"
        case .settingValue: "its value"
        case .options(let keys): "options: " + keys.joined(separator: ", ")
        case .either(let shapes): shapes.map(\.help).joined(separator: ", or ")
        }
    }
}
