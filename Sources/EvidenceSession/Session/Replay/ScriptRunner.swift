import Foundation
import EvidenceData
import EvidenceAnalysis

/// Replays a script through `Session.run`: `evsh run`, `run PATH` in the shell, step mode and
/// `session recover` all go through here. It stops at the first failing command (unless
/// `keepGoing`), names the failure `script:line`, re-points `load`s (`--data`), warns when
/// the data differ from the header fingerprints, and refuses file writes in safe mode.
public struct ScriptRunner {
    public struct Options: Sendable {
        public var keepGoing = false
        public var safe = false
        /// `--data NAME=PATH`.
        public var data: [String: String] = [:]
        /// Where the script's relative paths start (`evsh run dir/x.evsh`: dir); nil keeps the
        /// session's folder (`run` at the prompt, whose commands are recorded as typed).
        public var folder: String? = nil
        public init(keepGoing: Bool = false, safe: Bool = false, data: [String: String] = [:], folder: String? = nil) {
            self.keepGoing = keepGoing
            self.safe = safe
            self.data = data
            self.folder = folder
        }
    }

    /// What the runner reports, in order, for the front end to show.
    public enum Event {
        case narration(String)
        /// A command about to run (shown as if typed in step mode, echoed by `run` in the shell).
        case command(String, line: Int)
        case output(Output)
        case warning(String)
        /// The script stopped, or went on, after a failure: a `script:line` message.
        case stopped(String)
    }

    /// In step mode, what to do with the command shown.
    public enum StepAction: Sendable { case run, skip, explore, quit }

    public struct Result: Sendable, Equatable {
        /// ok, or the exit status of the first failure (usage, data, internal).
        public var exitStatus = ExitStatus.ok
        public var failures: [Int] = []
        public var commandsRun = 0
        /// The script or the user ended it early (`quit`, `q`).
        public var quit = false
    }

    public let session: Session
    public var options: Options
    /// Step mode: asked before each command; nil runs straight through.
    public var step: ((String, Int) -> StepAction)?
    /// Step mode `e`: the front end's prompt, until `continue` (true) or `quit` (false).
    public var explore: (() -> Bool)?

    public init(session: Session, options: Options = Options()) {
        self.session = session
        self.options = options
    }

    public static let maxDepth = 8

    public func run(text: String, file: String, emit: (Event) -> Void) -> Result {
        var result = Result()
        let doc = ScriptDocument(text: text)
        var repoint = DataRepointing(overrides: options.data, fingerprints: doc.fingerprints)
        var unchecked = doc.fingerprints
        guard session.scriptDepth < Self.maxDepth else {
            emit(.output(Output([.diagnostic(.usage(ReplayMessage.nestedTooDeep(.quantity(Self.maxDepth), .text(file)), hint: ReplayMessage.runsItself()))],
                               status: .failed(.usage))))
            result.exitStatus = .usage
            return result
        }
        if let d = notAScript(doc, file: file) ?? unknownDataName(doc, repoint, file: file) {
            emit(.output(Output([.diagnostic(d)], status: .failed(.usage))))
            result.exitStatus = .usage
            return result
        }
        let folderBefore = session.environment.workingDirectory
        if let folder = options.folder { session.environment.workingDirectory = folder }
        defer { if options.folder != nil { session.environment.workingDirectory = folderBefore } }
        let wasSafe = session.safeMode
        let reads = session.state.recording.safeReads
        session.scriptDepth += 1
        if options.safe, !wasSafe {
            // The outermost safe script reads only its own folder and the --data files.
            session.safeMode = true
            let folder = (session.resolvePath(file) as NSString).deletingLastPathComponent
            session.state.recording.safeReads = SafeMode.Reads(folders: [folder], files: options.data.values.map(session.resolvePath))
        }
        defer {
            session.scriptDepth -= 1
            session.safeMode = wasSafe
            session.state.recording.safeReads = reads
        }
        items: for (index, item) in doc.items.enumerated() {
            switch item {
            case .narration(let t, _):
                emit(.narration(t))
                _ = session.run("note " + t)
            case .command(let raw, let line):
                let cmd = repoint.rewrite(raw)
                let isNote = NoteCommand.text(of: cmd) != nil
                if !isNote { emit(.command(cmd, line: line)) }
                if let step, !isNote {
                    asking: while true {
                        switch step(cmd, line) {
                        case .run: break asking
                        case .skip: continue items
                        case .quit: result.quit = true; break items
                        case .explore:
                            if !(explore?() ?? true) { result.quit = true; break items }
                            emit(.command(cmd, line: line))
                        }
                    }
                }
                if let t = NoteCommand.text(of: cmd) { emit(.narration(t)) }
                var out: Output
                if session.safeMode, let refusal = SafeMode.refusal(cmd, writesRedirected: session.state.recording.writesInto != nil) {
                    out = Output([.diagnostic(refusal)], status: .failed(.usage))
                } else {
                    out = session.run(doc.comments[index].map { cmd + "  # " + $0 } ?? cmd)
                    result.commandsRun += 1
                }
                if out.status == .quit { result.quit = true; break items }
                if out.failed { out = located(out, file: file, line: line) }
                if NoteCommand.text(of: cmd) == nil { emit(.output(out)) }
                for w in fingerprintWarnings(&unchecked, repointed: repoint.used) { emit(.warning(w)) }
                if out.failed {
                    result.failures.append(line)
                    if result.exitStatus == .ok { result.exitStatus = ExitStatus(out.status) }
                    if !options.keepGoing {
                        emit(.stopped(SessionMessage.stoppedAtFirst.text(session.settings.language, .text(file), .text(String(line)))))
                        break items
                    }
                    emit(.stopped(SessionMessage.failedGoingOn.text(session.settings.language, .text(file), .text(String(line)))))
                }
            }
        }
        return result
    }

    /// `--data NAME=PATH` for a name no `load` of the script makes is an error before anything
    /// runs: going on would replay the analysis on the data the script was saved with.
    func unknownDataName(_ doc: ScriptDocument, _ repoint: DataRepointing, file: String) -> Diagnostic? {
        var probe = repoint
        for case .command(let raw, _) in doc.items { _ = probe.rewrite(raw) }
        guard let name = probe.unused.first else { return nil }
        let loads = probe.loadedNames
        let list = loads.joined(separator: ", ")
        let hint = loads.isEmpty ? ReplayMessage.noLoadToRepoint()
            : Suggestions.nearest(to: name, in: loads).map { ReplayMessage.nearAndLoads(.text($0), .text(list)) } ?? ReplayMessage.scriptLoads(.text(list))
        return Diagnostic(.error, category: .usage, kind: CommonMessage.unknownDataset(),
                          message: ReplayMessage.loadsNoDataset(.text(name), .text(file)), hint: hint)
    }

    /// A file whose first command starts with a word no command name could be (`root:x:0:0:…`,
    /// `id,name,score`) is not a script: it is refused without quoting its contents. A misspelt
    /// command (`cuont by class`) is replayed as usual and fails at its line, except in safe
    /// mode, where the first command must be one evsh knows.
    func notAScript(_ doc: ScriptDocument, file: String) -> Diagnostic? {
        let strict = options.safe || session.safeMode
        for item in doc.items {
            guard case .command(let raw, let line) = item else { continue }
            guard let word = CommandLexer.command(raw).words.first else { return nil }
            let nameLike = word.text.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" }
            if session.registry.lookup(word.text) != nil || (nameLike && !strict) { return nil }
            return Diagnostic(.error, category: .usage, kind: SessionMessage.notScriptKind(),
                              message: SessionMessage.notScript(.text(file), .text(String(line))),
                              location: FileLocation(file: file, line: line), hint: SessionMessage.notScriptHint())
        }
        return nil
    }

    /// Diagnostics without a place get `script:line`.
    func located(_ out: Output, file: String, line: Int) -> Output {
        var o = out
        o.blocks = out.blocks.map { b in
            guard case .diagnostic(var d) = b, d.location == nil else { return b }
            d.location = FileLocation(file: file, line: line)
            return .diagnostic(d)
        }
        return o
    }

    /// Compares each header fingerprint, once, with the data loaded under that name.
    func fingerprintWarnings(_ unchecked: inout [DataFingerprint], repointed: Set<String>) -> [String] {
        var out: [String] = []
        unchecked.removeAll { saved in
            guard let t = session.tables[saved.name] else { return false }
            let now = DataFingerprint.of(name: saved.name, loaded: t, workingDirectory: session.environment.workingDirectory)
            let diff = saved.differences(from: now, language: session.settings.language)
            if !diff.isEmpty {
                let L = session.settings.language
                let why = repointed.contains(saved.name) ? SessionMessage.repointed.text(L) : ""
                out.append(SessionMessage.dataDiffers.text(L, .text(saved.name), .text(why), .text(diff.joined(separator: ", "))))
            }
            return true
        }
        return out
    }
}
