import ArgumentParser
import EvidenceShell
import EvidencePostgres
import Foundation
import EvidenceData
import EvidenceAnalysis
import EvidenceSession

/// `evsh run SCRIPT [--data NAME=PATH] [--keep-going] [--step] [--safe]`: the work is done by
/// `ScriptRunner` (EvidenceSession) and `StepMode` (EvidenceShell); this is only the glue.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Replay a saved session script (.evsh).",
        discussion: "Stops at the first failing command with script:line and a non-zero exit status (64 usage, 65 data, 70 internal; 66 when the script cannot be read).")

    @Argument(help: "The script to replay.")
    var script: String

    @Option(name: .customLong("data"), help: ArgumentHelp("Load PATH where the script loads dataset NAME.", valueName: "NAME=PATH"))
    var data: [String] = []

    @Option(name: .customLong("connect"), help: ArgumentHelp("Connect to URL where the script connects NAME (the password from ~/.pgpass or PGPASSWORD).", valueName: "NAME=URL"))
    var connect: [String] = []

    @Flag(help: "Go on past failing commands (the exit status still reports the first).")
    var keepGoing = false

    @Flag(help: "Workshop step mode: wait for a key before each command (a failure does not end the tour).")
    var step = false

    @Option(help: ArgumentHelp("The language of messages and numbers: sv or en (default: from LC_ALL, LC_MESSAGES, LANG).", valueName: "sv|en"))
    var language: String?

    @Flag(help: "Refuse commands that write files (export, session save/export) and reads outside the script's folder and the --data files; leave nothing in the state folder.")
    var safe = false

    func run() throws {
        let overrides: [String: String]
        do { overrides = try DataRepointing.parse(data) } catch let d as Diagnostic {
            throw ValidationError(DiagnosticRenderer.render(d).joined(separator: "\n"))
        }
        guard let text = try? String(contentsOfFile: script, encoding: .utf8) else {
            FileHandle.standardError.write(Data("evsh: cannot read '\(script)'\n".utf8))
            throw ExitCode(ExitStatus.noInput.rawValue)
        }
        // A safe replay leaves nothing behind: no state folder, no key file, no journal.
        let session = Shell.makeSession(stateless: safe, databases: PostgresConnector(), language: try LanguageOption.resolve(language))
        for pair in connect {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw ValidationError("--connect takes NAME=URL, such as --connect school=postgres://evsh@db/results")
            }
            session.state.connectOverrides[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
        }
        session.beginJournal(step && !safe ? .step : .replay)
        // The script's relative paths start in its folder; --data paths, typed here, in the
        // current one (docs/sessions.md, "Replaying a script").
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = { (p: String) in p.hasPrefix("/") || p.hasPrefix("~") ? p : (cwd as NSString).appendingPathComponent(p) }
        let folder = (absolute(script) as NSString).deletingLastPathComponent
        let status = StepMode.replay(text, file: script, session: session,
                                     options: .init(keepGoing: keepGoing || step, safe: safe, data: overrides.mapValues(absolute),
                                                    folder: folder), step: step)
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}
