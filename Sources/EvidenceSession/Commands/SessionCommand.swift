import Foundation
import EvidenceData
import EvidenceAnalysis

enum SessionCommand {
    static let usage = "session [save PATH.evsh | export PATH.md | recover] [with failed=true title=\"…\"]"
    static let spec = CommandSpec(
        name: "session", category: .sessions,
        usage: usage,
        summary: "Save the session as a replayable script, export a checkable Markdown transcript, or recover an unsaved one.",
        discussion: """
        `session save PATH.evsh` writes one command per line (comments and notes kept) under a header \
        with the evsh version, the date and a fingerprint of each dataset (path, size, rows, SHA-256); \
        `evsh run PATH.evsh` replays it. `session export PATH.md` writes each command and its output \
        as Markdown; `evsh check PATH.md` re-runs it and shows what changed. Failed commands are left \
        out unless `with failed=true`; `with title="…"` heads a transcript. Files are written atomically with mode 0600. \
        `session recover` replays the newest unsaved session left by an evsh that ended without saving. \
        `session` alone says what is unsaved and where the journal is.
        """,
        examples: [
            CommandExample("session", "what this session holds", expect: ["1 command", "unsaved"]),
            CommandExample("session save", "a path is needed", expect: ["expected a file path"], fails: true),
        ],
        recorded: false,
        signature: CommandSignature(subcommands: [
            Subcommand("save", CommandSignature([ArgumentSpec("PATH.evsh", .path)],
                                                clauses: [.options(["failed"], label: "failed=true", help: "keep the failed commands too")]),
                       help: "write a replayable script"),
            Subcommand("export", CommandSignature([ArgumentSpec("PATH.md", .path)],
                                                  clauses: [.options(["failed", "title"], label: "failed=true title=\"…\"",
                                                                     help: "keep the failed commands too; head the transcript with a title")]),
                       help: "write a Markdown transcript that 'evsh check' re-runs"),
            Subcommand("recover", help: "replay the newest unsaved session of an evsh that ended without saving"),
        ])
    ) { ctx in
        guard let sub = ctx.args.next() else { return status(ctx.session) }
        if sub.isKeyword("recover") {
            try ctx.args.expectEnd(usage: usage)
            return recover(ctx.session)
        }
        guard sub.isKeyword("save") || sub.isKeyword("export") else {
            throw ctx.error(SessionCommandMessage.unknownAction(.text(sub.text)), at: sub,
                            hint: Suggestions.suggestion(sub.text, in: ["save", "export", "recover"]) ?? CommonMessage.usage(.text(usage)))
        }
        let pathWord = try ctx.args.expect(SessionCommandMessage.expectedPathAfter(.text(sub.text)), usage: usage)
        var failed = false
        var title: String?
        for o in try ctx.args.options(usage: usage) {
            if o.key == "title", sub.isKeyword("export") { title = o.value; continue }
            guard o.key == "failed" else {
                throw ctx.error(SessionCommandMessage.unknownOption(.text(o.key)), at: o.word,
                                hint: sub.isKeyword("export") ? SessionCommandMessage.exportOptions() : SessionCommandMessage.failedOption())
            }
            guard let b = ["true": true, "false": false][o.value.lowercased()] else {
                throw ctx.error(SessionCommandMessage.failedTakes(.text(o.value)), at: o.word)
            }
            failed = b
        }
        try ctx.args.expectEnd(usage: usage)
        let s = ctx.session
        if s.safeMode, s.state.recording.writesInto == nil, let r = SafeMode.refusal("session \(sub.text)") { throw r }
        let path = s.resolvePath(pathWord.text)
        let kept = s.entries.filter { $0.recorded && (failed || !$0.failed) }.count
        let dropped = s.entries.filter { $0.recorded && $0.failed }.count - (failed ? 0 : 0)
        if sub.isKeyword("save") {
            try AtomicFile.save(SessionScript.render(s, includeFailed: failed), to: s.placeForWrite(path), kind: "session")
            s.savedEntryCount = s.entries.count
            Journal.markSaved(s, to: path)
        } else {
            let root = TranscriptWriter.root(forTranscriptAt: path, sessionFolder: s.environment.workingDirectory ?? FileManager.default.currentDirectoryPath)
            try AtomicFile.save(TranscriptWriter.render(s, includeFailed: failed, title: title, root: root), to: s.placeForWrite(path), kind: "session")
        }
        let lang = ctx.language
        var msg = (sub.isKeyword("save") ? SessionCommandMessage.saved : .exported).text(lang, .quantity(kept), .text(pathWord.text))
        let pnr = s.entries.filter { $0.recorded }.reduce(0) { n, e in
            n + e.personnummerReplaced + PersonnummerScrubber.scrub(e.input + " " + (e.comment ?? "")).count
        }
        if !failed && dropped > 0 { msg += SessionCommandMessage.failedLeftOut.text(lang, .quantity(dropped)) }
        if pnr > 0 {
            msg += s.state.pseudonymKey == nil ? SessionCommandMessage.personnummerReplaced.text(lang, .quantity(pnr), .text(PersonnummerScrubber.replacement))
                : SessionCommandMessage.personnummerPseudonyms.text(lang, .quantity(pnr))
        }
        msg += (sub.isKeyword("save") ? SessionCommandMessage.replayWith : .checkWith).text(lang, .text(pathWord.text))
        return .message(Prose(msg))
    }

    static func status(_ s: Session) -> Output {
        let n = s.entries.filter(\.recorded).count
        let unsaved = s.unsavedCommands.count
        let lang = s.settings.language
        var lines = [SessionCommandMessage.status.text(lang, .quantity(n), .quantity(unsaved))]
        if let j = s.journal { lines.append(SessionCommandMessage.journal.text(lang, .text(j.path))) }
        else if s.environment.stateDirectory == nil { lines.append(SessionCommandMessage.noJournal.text(lang)) }
        if s.safeMode { lines.append(SessionCommandMessage.safeMode.text(lang)) }
        return .text(lines.joined(separator: "\n"))
    }

    static func recover(_ s: Session) -> Output {
        let lang = s.settings.language
        guard let left = Journal.leftovers(in: s.environment.stateDirectory).first else {
            return .message(SessionCommandMessage.nothingToRecover.prose(lang))
        }
        var out = Output()
        // Relative paths in the journal start in the folder the session worked in.
        var moved: String?
        if let folder = left.folder, folder != (s.environment.workingDirectory ?? FileManager.default.currentDirectoryPath) {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue {
                s.environment.workingDirectory = folder
                moved = folder
            } else {
                out.append(.warning(SessionCommandMessage.folderGone.prose(lang, .text(folder))))
            }
        }
        let runner = ScriptRunner(session: s, options: .init(keepGoing: true))
        let result = runner.run(text: left.commands.joined(separator: "\n"), file: left.path) { ev in
            if case .warning(let w) = ev { out.append(.warning(Prose(w))) }
        }
        var msg = SessionCommandMessage.recovered.text(lang, .quantity(result.commandsRun), .text(left.path))
        if let moved { msg += SessionCommandMessage.recoveredIn.text(lang, .text(moved)) }
        if result.failures.isEmpty {
            try? FileManager.default.removeItem(atPath: left.path)
        } else {
            // Never delete what could not be replayed.
            msg += SessionCommandMessage.failedAgain.text(lang, .quantity(result.failures.count))
        }
        if let t = left.torn.last {
            out.append(.warning(SessionCommandMessage.tornCommand.prose(lang, .text(t))))
        }
        out.blocks.insert(.message(Prose(msg + SessionCommandMessage.saveKeeps.text(lang))), at: 0)
        return out
    }
}
