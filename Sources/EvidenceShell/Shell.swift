#if canImport(Glibc)
import Glibc
#endif
@preconcurrency import CEditLine
import Foundation
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// What the command line asked for.
public struct ShellOptions: Sendable {
    /// Files to `load` before anything else.
    public var files: [String] = []
    /// `-c`: commands to run instead of reading input.
    public var command: String?
    /// Stop at the first failing command (with `-c` or piped input).
    public var bail = false
    /// Start with `load demo`.
    public var demo = false
    /// The database driver the executable links (docs/databases.md).
    public var databases: (any DatabaseConnector)?
    /// The language to start in (`--language`, else the environment's; docs/shell.md).
    public var language: Language

    public init(files: [String] = [], command: String? = nil, bail: Bool = false, demo: Bool = false,
                databases: (any DatabaseConnector)? = nil, language: Language = .en) {
        self.language = language
        self.files = files
        self.command = command
        self.bail = bail
        self.demo = demo
        self.databases = databases
    }
}

/// Things to do around a run, for features outside the front end (the session journal's
/// start hint and closing message, …). Each gets the session and whether the run is
/// interactive; what they return is printed to stderr.
public struct ShellHooks {
    public var started: (Session, Bool) -> String?
    public var finished: (Session, Bool) -> String?

    public init(started: @escaping (Session, Bool) -> String? = { _, _ in nil },
                finished: @escaping (Session, Bool) -> String? = { _, _ in nil }) {
        self.started = started
        self.finished = finished
    }
}

/// Starts evsh: the interactive shell on a terminal, otherwise a plain run of `-c` text or
/// of stdin. Returns the exit status for the process.
public enum Shell {
    public static var version: String { Session.evshVersion }

    public static func run(_ options: ShellOptions, hooks: ShellHooks = ShellHooks()) -> ExitStatus {
        let interactive = options.command == nil && Terminal.isInteractive
        let utf8 = interactive ? Terminal.setUpLocale() : true
        let session = makeSession(cancellation: interactive ? Interrupts.cancellation : Cancellation(), databases: options.databases,
                                  language: options.language)
        if let m = hooks.started(session, interactive) { note(m) }
        let status = run(options, session: session, interactive: interactive, utf8: utf8)
        if let m = hooks.finished(session, interactive) { note(m) }
        return status
    }

    static func note(_ message: String) {
        fflush(shim_stdout())
        fputs("evsh: \(message)\n", shim_stderr())
    }

    static func run(_ options: ShellOptions, session: Session, interactive: Bool, utf8: Bool) -> ExitStatus {
        let printer = OutputPrinter(diagnosticsToStderr: !interactive)
        let runner = BatchRunner(session: session, printer: printer, bail: options.bail && !interactive)
        let startup = startupCommands(options)
        guard interactive else {
            runner.run(startup)
            if let c = options.command { runner.run(c) } else { runner.runStandardInput() }
            return runner.status
        }
        Interrupts.install()
        let language = session.settings.language
        print(SessionCommandMessage.banner.text(language, .text(version)))
        let (_, interrupted) = Interrupts.whileRunning { runner.run(startup) }
        if interrupted { print(SessionCommandMessage.startupInterrupted.text(language)) }
        if runner.stopped { return .ok }
        var historyPath: String?
        if let dir = session.environment.stateDirectory, StateDirectory.create(dir) {
            historyPath = dir + "/history"
        }
        let shell = InteractiveShell(session: session, history: HistoryStore(path: historyPath), utf8: utf8)
        return shell.run()
    }

    /// A session wired to this process: terminal width, state directory, working directory.
    /// `stateless` (a safe replay) gives it no state directory: an in-memory key, no journal.
    /// A stateless session still reads the user's pseudonym key when there is one (never makes
    /// it), so a safe replay shows the pseudonyms the session it replays showed.
    public static func makeSession(cancellation: Cancellation = Cancellation(), stateless: Bool = false,
                                   databases: (any DatabaseConnector)? = nil, language: Language = .en) -> Session {
        let s = Session(environment: SessionEnvironment(
            terminalWidth: Terminal.width, stateDirectory: stateless ? nil : StateDirectory.path(),
            workingDirectory: FileManager.default.currentDirectoryPath, cancellation: cancellation,
            databases: databases, progress: Terminal.progressLine))
        s.settings.language = language
        if stateless, let dir = StateDirectory.path() {
            s.state.pseudonymKey = PseudonymKey.existing(inStateDirectory: dir)
        }
        return s
    }

    /// `load demo` and `load "FILE"` lines for the start-up options.
    static func startupCommands(_ o: ShellOptions) -> String {
        var lines: [String] = o.demo ? ["load demo"] : []
        for f in o.files {
            lines.append("load " + (f.contains("\"") ? "'\(f)'" : "\"\(f)\""))
        }
        return lines.joined(separator: "\n")
    }
}
