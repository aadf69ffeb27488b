import ArgumentParser

/// Subcommands besides the shell itself (`evsh run`, `evsh check`, …): one line each here.
let extraSubcommands: [any ParsableCommand.Type] = []
