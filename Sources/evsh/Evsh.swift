import ArgumentParser
import EvidenceShell

/// `evsh`: the root command. Its default subcommand is the shell (`ShellCommand`), so `evsh`,
/// `evsh FILE…` and `evsh -c "…"` reach the shell while `evsh SUBCOMMAND …` (from
/// `extraSubcommands`) still works. (A root with its own positional FILE arguments would take
/// subcommand names as files.)
struct Evsh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evsh",
        abstract: "The evidence shell: explore student evidence, compare inquiry cycles, draw charts.",
        usage: """
        evsh [--demo] [<file> ...]              start the interactive shell
        evsh [--bail] -c "<command>; <command>"  run commands and exit
        evsh [--bail] < script.evsh             run piped commands, no prompt
        evsh <subcommand> ...
        """,
        discussion: """
        Shell options (see 'evsh shell --help'):
          <file> ...      load these files at start
          --demo          start with the synthetic demo school loaded
          -c <commands>   run the commands (separated by ';') and exit
          --bail          with -c or piped input, stop at the first failing command

        Exit codes: 0 ok, 64 usage error, 65 data error, 70 internal error; 1 when 'evsh check' \
        finds a changed output, 66 when 'evsh run' or 'evsh check' cannot read its file, 130 \
        after Ctrl-C three times. With -c or piped input the first failing command decides the \
        code. Docs: docs/shell.md.
        """,
        version: Shell.version,
        subcommands: [ShellCommand.self] + extraSubcommands,
        defaultSubcommand: ShellCommand.self)
}
