/// The process's exit codes, by name: every way evsh ends — the shell, `-c`, piped input,
/// `evsh run`, `evsh check` — reports one of these (the table is in docs/shell.md, "Exit codes").
/// 64–70 are the sysexits.h values.
public enum ExitStatus: Int32, Sendable {
    /// Every command succeeded (the interactive shell always ends with this).
    case ok = 0
    /// `evsh check`: at least one output differs from its transcript.
    case changed = 1
    /// A command was written wrongly (unknown command, bad arguments); also bad command-line
    /// options (swift-argument-parser's validation failure is this same 64).
    case usage = 64
    /// The data could not be read or is not what the command needs.
    case data = 65
    /// The script (`evsh run`) or transcript (`evsh check`) named on the command line cannot be read.
    case noInput = 66
    /// Something went wrong inside evsh (also: a command interrupted with Ctrl-C).
    case `internal` = 70
    /// Ctrl-C pressed three times while a command that does not listen to it runs (128 + SIGINT).
    case interrupted = 130

    /// The code for a command's outcome: the category of its diagnostic, or ok.
    public init(_ status: Output.Status) {
        switch status {
        case .ok, .quit: self = .ok
        case .failed(.usage): self = .usage
        case .failed(.data): self = .data
        case .failed(.internal): self = .internal
        }
    }
}
