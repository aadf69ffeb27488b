import ArgumentParser
import EvidenceShell

/// `evsh`: the root command. Its default subcommand is the shell (`ShellCommand`), so `evsh`,
/// `evsh FILE…` and `evsh -c "…"` reach the shell while `evsh SUBCOMMAND …` (from
/// `extraSubcommands`) still works. (A root with its own positional FILE arguments would take
/// subcommand names as files.)
struct Evsh: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "evsh",
        abstract: said(.evshAbstract),
        usage: said(.evshUsage),
        discussion: said(.evshDiscussion),
        version: Shell.version,
        subcommands: [ShellCommand.self] + extraSubcommands,
        defaultSubcommand: ShellCommand.self) }
}
