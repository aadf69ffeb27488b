import Foundation
import EvidenceData
import EvidenceAnalysis

enum RunScriptCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "run", category: .sessions,
        summary: "Replay a saved script (.evsh) in this session: it stops at the first failing command.",
        discussion: "The script's commands are recorded as if typed, so 'session save' afterwards writes them out. A failure is reported as `script:line`. From the command line, `evsh run SCRIPT` does the same and adds `--data NAME=PATH`, `--step` and `--safe`.",
        examples: [
            CommandExample("run no-such-script.evsh", "a missing file", setup: [], expect: ["cannot read 'no-such-script.evsh'"], fails: true),
        ],
        recorded: false,
        signature: CommandSignature(
            [ArgumentSpec("PATH", .path, help: "a saved script (.evsh)")],
            clauses: [.options(["keep-going"], label: "keep-going=true", help: "run on past failures")])
    ) { ctx in
        let w = try ctx.args.expect(SessionCommandMessage.expectedScript(), usage: usage)
        var keepGoing = false
        for o in try ctx.args.options(usage: usage) {
            guard o.key == "keep-going" else { throw ctx.error(SessionCommandMessage.unknownOption(.text(o.key)), at: o.word, hint: SessionCommandMessage.keepGoingOption()) }
            keepGoing = o.value.lowercased() == "true"
        }
        try ctx.args.expectEnd(usage: usage)
        let s = ctx.session
        let path = s.resolvePath(w.text)
        try ctx.checkSafeRead(path, word: w)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ctx.error(SessionCommandMessage.cannotRead(.text(w.text)), at: w,
                            hint: FileManager.default.fileExists(atPath: path) ? SessionCommandMessage.notUTF8() : SessionCommandMessage.noSuchFile())
        }
        var out = Output()
        var firstFailure: Output.Status?
        let runner = ScriptRunner(session: s, options: .init(keepGoing: keepGoing))
        let result = runner.run(text: text, file: w.text) { ev in
            switch ev {
            case .narration(let t): out.append(.text(t))
            case .command(let c, _): out.append(.message(Prose("> " + c)))
            case .output(let o):
                out.append(contentsOf: o)
                if o.failed, firstFailure == nil { firstFailure = o.status }
            case .warning(let t): out.append(.warning(Prose(t)))
            case .stopped(let t): out.append(.message(Prose(t)))
            }
        }
        if let f = firstFailure { out.status = f }
        if result.quit { out.append(.message(SessionCommandMessage.endedWithQuit.prose(ctx.language, .text(w.text)))) }
        return out
    }
}
