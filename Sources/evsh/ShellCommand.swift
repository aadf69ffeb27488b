import ArgumentParser
import EvidenceShell
import EvidencePostgres
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// The shell: interactive on a terminal; `-c` or piped stdin run without a prompt.
struct ShellCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shell",
        abstract: "Start the shell (the default): interactive, or run -c text or piped input.")

    @Option(name: .customShort("c"), help: ArgumentHelp("Run these commands (separated by ';') and exit.", valueName: "commands"))
    var command: String?

    @Flag(help: "With -c or piped input, stop at the first failing command.")
    var bail = false

    @Flag(help: "Start with the synthetic demo school loaded ('load demo').")
    var demo = false

    @Option(help: ArgumentHelp("The language of messages and numbers: sv or en (default: from LC_ALL, LC_MESSAGES, LANG).", valueName: "sv|en"))
    var language: String?

    @Argument(help: ArgumentHelp("Files to load at start.", valueName: "file"))
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
