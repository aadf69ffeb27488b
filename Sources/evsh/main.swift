import EvidenceCore
import Foundation

// Minimal front end until the terminal front end lands: `run`, `check`, -c and piped lines.
// Piped lines run one at a time as they arrive, journaled like the interactive shell.
var args = Array(CommandLine.arguments.dropFirst())
if args.first == "run" { RunCommand.main(Array(args.dropFirst())); exit(0) }
if args.first == "check" { CheckCommand.main(Array(args.dropFirst())); exit(0) }

let session = Session(environment: SessionEnvironment(terminalWidth: { 100 }, stateDirectory: ScriptStateDirectory.path(),
                                                      workingDirectory: FileManager.default.currentDirectoryPath))
if let hint = Journal.startHint(stateDirectory: session.environment.stateDirectory) {
    FileHandle.standardError.write(Data("evsh: \(hint)\n".utf8))
}
var status: Int32 = 0
@MainActor func runText(_ text: String) -> Bool {
    for o in session.runScript(text) {
        let rendered = TextRenderer.render(o, options: session.renderOptions).map { $0 + "\n" }.joined()
        FileHandle.standardOutput.write(Data(rendered.utf8))
        if o.failed { status = 65 }
        if o.status == .quit { return false }
    }
    return true
}
if args.first == "-c", args.count >= 2 { _ = runText(args[1]) } else {
    while let l = readLine(), runText(l) {}
}
if let m = Journal.closeMessage(session) { FileHandle.standardError.write(Data("evsh: \(m)\n".utf8)) }
exit(status)
