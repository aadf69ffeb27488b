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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "run",
        abstract: said(.runAbstract),
        discussion: said(.runDiscussion)) }

    @Argument(help: ArgumentHelp(said(.runScript)))
    var script: String

    @Option(name: .customLong("data"), help: ArgumentHelp(said(.runData), valueName: "NAME=PATH"))
    var data: [String] = []

    @Option(name: .customLong("connect"), help: ArgumentHelp(said(.runConnect), valueName: "NAME=URL"))
    var connect: [String] = []

    @Flag(help: ArgumentHelp(said(.runKeepGoing)))
    var keepGoing = false

    @Flag(help: ArgumentHelp(said(.runStep)))
    var step = false

    @Option(help: ArgumentHelp(said(.languageOption), valueName: "sv|en"))
    var language: String?

    @Flag(help: ArgumentHelp(said(.runSafe)))
    var safe = false

    func run() throws {
        let overrides: [String: String]
        do { overrides = try DataRepointing.parse(data) } catch let d as Diagnostic {
            throw ValidationError(DiagnosticRenderer.render(d).joined(separator: "\n"))
        }
        guard let text = try? String(contentsOfFile: script, encoding: .utf8) else {
            FileHandle.standardError.write(Data((CommandLineMessage.cannotRead.text(CommandLineLanguage.current, .text(script)) + "\n").utf8))
            throw ExitCode(ExitStatus.noInput.rawValue)
        }
        // A safe replay leaves nothing behind: no state folder, no key file, no journal.
        let session = Shell.makeSession(stateless: safe, databases: PostgresConnector(), language: try LanguageOption.resolve(language))
        for pair in connect {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                throw ValidationError(said(.connectTakes))
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
