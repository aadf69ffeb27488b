import Foundation
import EvidenceData

/// The entry point. The two commonest command lines, `evsh` and `evsh [--bail] -c "…"`, start
/// the shell at once; every other one goes to swift-argument-parser (`Evsh`). Its parse reads
/// the commands' properties by reflection and looks up conformances at run time, about a
/// third of the instructions of `evsh -c quit` (docs/shell.md, "Start-up").
@main
enum EvshMain {
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        guard let shell = QuickCommandLine(args) else { Evsh.main(); return }
        let status = ShellCommand.start(files: [], command: shell.command, bail: shell.bail, demo: false,
                                        language: Language.from(environment: ProcessInfo.processInfo.environment))
        exit(status.rawValue)
    }
}

/// `evsh`, `evsh -c TEXT`, `evsh --bail -c TEXT` and `evsh -c TEXT --bail`, read without the
/// argument parser; nil for anything else (which the parser reads, with its help and errors).
/// TEXT must not start with `-`: the parser would read it as an option.
struct QuickCommandLine: Equatable {
    var command: String?
    var bail = false

    init?(_ args: [String]) {
        var rest = args[...]
        if rest.first == "--bail" { bail = true; rest = rest.dropFirst() }
        if rest.isEmpty {
            guard !bail else { return nil }
            return
        }
        guard rest.count >= 2, rest.first == "-c", let text = rest.dropFirst().first, !text.hasPrefix("-") else { return nil }
        command = text
        rest = rest.dropFirst(2)
        if rest.first == "--bail", !bail { bail = true; rest = rest.dropFirst() }
        guard rest.isEmpty else { return nil }
    }
}
