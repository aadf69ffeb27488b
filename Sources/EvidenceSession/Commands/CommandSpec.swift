import EvidenceData
import EvidenceAnalysis

/// One command, declared in one file: its name, usage, help, examples and what it does.
/// `help` renders from this declaration, and a test runs every example, so help and
/// behaviour cannot drift apart.
public struct CommandSpec: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case loading = "Loading and inspecting"
        case shaping = "Shaping"
        case cycles = "Cycles and evidence"
        case charts = "Charts"
        case sessions = "Sessions"
        case shell = "Shell"
    }

    public let name: String
    public let aliases: [String]
    public let category: Category
    /// One line: `load PATH [as NAME] [with OPTION=VALUE …]`. Derived from `signature` unless
    /// the command says it better itself.
    public let usage: String
    /// One sentence for the command list.
    public let summary: String
    /// Paragraphs for `help NAME`.
    public let discussion: String
    public let examples: [CommandExample]
    /// False for commands that are about the session itself (`session`, `history`, `rerun`,
    /// `quit`, `help`): they are not written into saved scripts.
    public let recorded: Bool
    /// What each place after the name takes: completion, the usage line and the argument list
    /// of `help` and docs/commands.md come from it.
    package let signature: CommandSignature
    public let run: @Sendable (inout CommandContext) throws -> Output

    package init(name: String, aliases: [String] = [], category: Category, usage: String? = nil, summary: String,
                 discussion: String = "", examples: [CommandExample] = [], recorded: Bool = true,
                 signature: CommandSignature = .none,
                 run: @escaping @Sendable (inout CommandContext) throws -> Output) {
        self.name = name
        self.aliases = aliases
        self.category = category
        self.usage = usage ?? signature.usage(name)
        self.summary = summary
        self.discussion = discussion
        self.examples = examples
        self.recorded = recorded
        self.signature = signature
        self.run = run
    }
}

/// An example in a command's help. Tests run `setup`, then `input`, and check that the
/// output contains every `expect` line (and fails only when `fails` says so).
public struct CommandExample: Sendable {
    public var input: String
    public var explanation: String
    public var setup: [String]
    public var expect: [String]
    public var fails: Bool

    public init(_ input: String, _ explanation: String, setup: [String] = ["load demo"],
                expect: [String] = [], fails: Bool = false) {
        self.input = input
        self.explanation = explanation
        self.setup = setup
        self.expect = expect
        self.fails = fails
    }
}
