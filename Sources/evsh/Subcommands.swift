import ArgumentParser

/// Subcommands besides the shell itself (`evsh run`, `evsh check`, …): one line each here.
let extraSubcommands: [any ParsableCommand.Type] = [
    RunCommand.self,    // sessions: replay a script (Sources/evsh/RunCommand.swift)
    CheckCommand.self,  // sessions: check transcripts (Sources/evsh/CheckCommand.swift)
]
