import ArgumentParser
import Foundation
import EvidenceData
import EvidenceAnalysis
import EvidenceSession
import EvidenceShell

/// `evsh check PATH.md …`: re-run transcripts and print every changed output as a unified diff;
/// exit `ExitStatus.changed` (1) when any changed. The work is `TranscriptChecker`'s.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "check",
        abstract: said(.checkAbstract)) }

    @Argument(help: ArgumentHelp(said(.checkTranscripts)))
    var transcripts: [String]

    func run() throws {
        var changed = false, unusable = false
        for path in transcripts {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                FileHandle.standardError.write(Data((CommandLineMessage.cannotRead.text(CommandLineLanguage.current, .text(path)) + "\n").utf8))
                throw ExitCode(ExitStatus.noInput.rawValue)
            }
            let dir = (path as NSString).deletingLastPathComponent
            // The state directory lends its pseudonym key only: a check makes no journal or key.
            let env = SessionEnvironment(stateDirectory: StateDirectory.path(),
                                         workingDirectory: dir.isEmpty ? FileManager.default.currentDirectoryPath : dir)
            let report = TranscriptChecker.check(text, environment: env)
            if report.problem != nil {
                for l in report.lines(file: path) { FileHandle.standardError.write(Data("evsh: \(l)\n".utf8)) }
                unusable = true
                continue
            }
            for l in report.lines(file: path) { print(l) }
            if !report.passed { changed = true }
        }
        if unusable { throw ExitCode(ExitStatus.data.rawValue) }
        if changed { throw ExitCode(ExitStatus.changed.rawValue) }
    }
}
