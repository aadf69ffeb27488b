import ArgumentParser
import EvidenceShell
import EvidencePostgres
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// The shell: interactive on a terminal; `-c` or piped stdin run without a prompt.
struct ShellCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "shell",
        abstract: said(.shellAbstract)) }

    @Option(name: .customShort("c"), help: ArgumentHelp(said(.shellCommand), valueName: said(.valueCommands)))
    var command: String?

    @Flag(help: ArgumentHelp(said(.shellBail)))
    var bail = false

    @Flag(help: ArgumentHelp(said(.shellDemo)))
    var demo = false

    @Option(help: ArgumentHelp(said(.languageOption), valueName: "sv|en"))
    var language: String?

    @Argument(help: ArgumentHelp(said(.shellFiles), valueName: said(.valueFile)))
    var files: [String] = []

    func run() throws {
        let status = Self.start(files: files, command: command, bail: bail, demo: demo,
                                language: try LanguageOption.resolve(language))
        if status != .ok { throw ExitCode(status.rawValue) }
    }

    static func start(files: [String], command: String?, bail: Bool, demo: Bool, language: Language) -> ExitStatus {
        // The journal policy is the session's (SessionMode): a hint at start when a session
        // was left unsaved, and where unsaved work was kept at the end.
        let hooks = ShellHooks(
            started: { session, interactive in session.beginJournal(interactive ? .interactive : .batch) },
            finished: { session, _ in session.endJournal() })
        return Shell.run(ShellOptions(files: files, command: command, bail: bail, demo: demo, databases: PostgresConnector(),
                                      language: language), hooks: hooks)
    }
}
