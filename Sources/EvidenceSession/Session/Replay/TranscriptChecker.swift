import Foundation
import EvidenceData
import EvidenceAnalysis

/// `evsh check PATH.md`: re-runs the commands of a transcript in a fresh session (in safe mode:
/// checking never writes files) and reports every output that changed as a unified diff.
public enum TranscriptChecker {
    /// One ```evsh block and the ```text block after it (empty when the command printed nothing).
    public struct Step: Sendable, Equatable {
        public var command: String
        /// 1-based line of the command in the Markdown file.
        public var line: Int
        public var expected: [String]
    }

    public struct Parsed: Sendable {
        /// True when the `<!-- evsh-transcript … -->` header was found.
        public var hasHeader = false
        /// The header's `width=` as written (checked by `problem`).
        public var widthText: String?
        public var width: Int?
        public var ascii = false
        /// The header's `language=` (absent: English, as every transcript before it).
        public var languageText: String?
        /// The header's `root=`: the folder the session ran in, from the transcript's folder
        /// (`..` when it was exported into a subfolder), so its relative paths resolve as they did.
        public var root: String?
        public var fingerprints: [DataFingerprint] = []
        public var steps: [Step] = []
    }

    public struct Report: Sendable {
        public var steps = 0
        /// (line, command, diff lines) for each changed output.
        public var changes: [(line: Int, command: String, diff: [String])] = []
        public var warnings: [String] = []
        /// Why the file could not be checked at all (not a transcript, a bad header); nothing ran.
        public var problem: String?
        public var passed: Bool { changes.isEmpty && problem == nil }
        /// The transcript's language: the report is written in it (`language=` in the header).
        public var language = Language.en

        /// The report as text lines: each change as a unified diff, then a summary line.
        public func lines(file: String) -> [String] {
            if let problem { return ["\(file): \(problem)"] }
            let L = language
            var out = warnings.map { CommonMessage.warningPrefix.text(L) + $0 }
            for c in changes {
                out.append(SessionMessage.checkExpected.text(L, .text(file), .text(String(c.line)), .text(c.command)))
                out.append(SessionMessage.checkActual.text(L))
                out += c.diff
            }
            out.append(passed
                ? SessionMessage.checkPassed.text(L, .text(file), .quantity(steps))
                : SessionMessage.checkChanged.text(L, .text(file), .quantity(changes.count), .quantity(steps)))
            return out
        }
    }

    public static func parse(_ markdown: String) -> Parsed {
        var p = Parsed()
        let text = (markdown.hasPrefix("\u{FEFF}") ? String(markdown.dropFirst()) : markdown)
            .replacingOccurrences(of: "\r\n", with: "\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { l in
            l.hasSuffix("\r") ? String(l.dropLast()) : String(l)
        }
        var i = 0
        while i < lines.count {
            let l = lines[i]
            if l.hasPrefix("<!-- evsh-transcript") {
                p.hasHeader = true
                for w in CommandLexer.words(in: l) {
                    if w.text.hasPrefix("width=") { p.widthText = String(w.text.dropFirst(6)); p.width = Int(w.text.dropFirst(6)) }
                    if w.text == "ascii=on" { p.ascii = true }
                    if w.text.hasPrefix("language=") { p.languageText = String(w.text.dropFirst(9)) }
                    if w.text.hasPrefix("root=") { p.root = String(w.text.dropFirst(5)) }
                }
            } else if l.hasPrefix("<!-- data:"), l.hasSuffix("-->"),
                      let f = DataFingerprint.parse(headerLine: "# " + l.dropFirst(5).dropLast(3)) {
                p.fingerprints.append(f)
            }
            guard let (fence, info) = openingFence(l) else { i += 1; continue }
            var body: [String] = []
            var j = i + 1
            while j < lines.count, lines[j] != fence { body.append(lines[j]); j += 1 }
            if info == "evsh" {
                p.steps.append(Step(command: body.joined(separator: "\n"), line: i + 2, expected: []))
            } else if info == "text", !p.steps.isEmpty, p.steps[p.steps.count - 1].expected.isEmpty {
                p.steps[p.steps.count - 1].expected = body
            }
            i = j + 1
        }
        return p
    }

    /// "```evsh" → ("```", "evsh").
    static func openingFence(_ l: String) -> (String, String)? {
        let ticks = l.prefix { $0 == "`" }
        guard ticks.count >= 3 else { return nil }
        return (String(ticks), String(l.dropFirst(ticks.count)).trimmed())
    }

    /// Why `parsed` cannot be checked: a file with neither the header nor an ```evsh block is
    /// not a transcript (checking it would report "0 commands, every output as recorded"); a
    /// header width outside 20–1000 would size every chart by it.
    public static func problem(_ parsed: Parsed) -> String? {
        // In the transcript's language when its header names one evsh knows.
        let L = parsed.languageText.flatMap(Language.init(rawValue:)) ?? .en
        if !parsed.hasHeader, parsed.steps.isEmpty {
            return TranscriptCheckMessage.notTranscript.text(L)
        }
        if let w = parsed.widthText, !(Int(w).map(Settings.widthRange.contains) ?? false) {
            return TranscriptCheckMessage.widthNotWhole.text(L, .text(w), .quantity(Settings.widthRange.lowerBound), .quantity(Settings.widthRange.upperBound))
        }
        if let l = parsed.languageText, Language(rawValue: l) == nil {
            return TranscriptCheckMessage.languageNotOne.text(L, .text(l), .text(Language.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if let r = parsed.root, !TranscriptWriter.roots.contains(r) {
            return TranscriptCheckMessage.rootNotOne.text(L, .text(r), .text(TranscriptWriter.roots.joined(separator: ", ")))
        }
        return nil
    }

    public static func check(_ markdown: String, environment given: SessionEnvironment = .plain) -> Report {
        let parsed = parse(markdown)
        if let problem = problem(parsed) {
            var r = Report()
            r.problem = problem
            return r
        }
        // Re-run from the folder the session ran in: the transcript's own, or up to three
        // folders above it (`root=../..`), never elsewhere (docs/sessions.md).
        var environment = given
        if let root = parsed.root {
            let base = given.workingDirectory ?? FileManager.default.currentDirectoryPath
            environment.workingDirectory = ((base as NSString).appendingPathComponent(root) as NSString).standardizingPath
        }
        // The transcript's width stands in for the terminal's, so `set width` reads as it did.
        let width = parsed.width ?? 100
        let s = Session(environment: SessionEnvironment(terminalWidth: { width }, stateDirectory: nil,
                                                        workingDirectory: environment.workingDirectory,
                                                        cancellation: environment.cancellation))
        s.beginJournal(.check)
        s.safeMode = true
        // A transcript reads only files in its own folder (the working directory here) or below.
        s.state.recording.safeReads = SafeMode.Reads(folders: [environment.workingDirectory ?? FileManager.default.currentDirectoryPath])
        s.settings.ascii = parsed.ascii
        // A transcript replays in the language it was recorded in (no header word: English).
        s.settings.language = parsed.languageText.flatMap(Language.init(rawValue:)) ?? .en
        // The user's pseudonym key, read and never made: the transcript's pseudonyms came from it.
        if let dir = environment.stateDirectory,
           let key = PseudonymKey.existing(inStateDirectory: dir) {
            s.state.pseudonymKey = key
        }
        // Exports and `session save|export` run, into a scratch folder: their messages are
        // checked like any output, and what an export wrote is compared with the file it names.
        let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("evsh-check-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let haveScratch = (try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true,
                                                                    attributes: [.posixPermissions: 0o700])) != nil
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        if haveScratch { s.state.recording.writesInto = scratch }
        var report = Report()
        report.language = s.settings.language
        for step in parsed.steps {
            var out = Output()
            let writesBefore = s.state.recording.redirectedWrites.count
            for cmd in ScriptText.commands(in: step.command) {
                if let refusal = SafeMode.refusal(cmd.text, writesRedirected: haveScratch) {
                    out.append(.diagnostic(refusal))
                    continue
                }
                let o = s.run(cmd.text)
                // Notes are prose in a transcript: their text is not output.
                if NoteCommand.text(of: cmd.text) == nil { out.append(contentsOf: o) }
            }
            // Drawn with the options in effect after the command, as the export did.
            let actual = Self.withoutEvents(TranscriptWriter.normalise(TextRenderer.render(out, options: s.renderOptions)))
            report.steps += 1
            if actual != Self.withoutEvents(step.expected) {
                report.changes.append((step.line, step.command, LineDiff.unified(step.expected, actual)))
            }
            for w in s.state.recording.redirectedWrites[writesBefore...] where w.compared {
                compareExport(w, step: step, into: &report)
            }
        }
        for saved in parsed.fingerprints {
            guard let t = s.tables[saved.name] else { continue }
            let diff = saved.differences(from: DataFingerprint.of(name: saved.name, loaded: t, workingDirectory: environment.workingDirectory), language: report.language)
            if !diff.isEmpty { report.warnings.append(TranscriptCheckMessage.dataDiffers.text(report.language, .text(saved.name), .text(diff.joined(separator: ", ")))) }
        }
        return report
    }

    /// Lines that tell of a moment, not of the data: the pseudonym key made on the first load
    /// ever, or kept in memory for lack of a state folder. A re-run cannot repeat them.
    /// The first words of those lines in every language, from the catalogue (`PrivacyMessage.newKey`,
    /// `.noStateDirectory`), so a change of wording cannot leave the check behind.
    static let eventPrefixes: [String] = [PrivacyMessage.newKey, .noStateDirectory].flatMap { key in
        key.entries.values.map { String($0.prefix { $0 != "{" }.prefix(24)) }
    }

    /// The lines without key events, each with the lines it wrapped onto (indented "  ").
    static func withoutEvents(_ lines: [String]) -> [String] {
        var out: [String] = []
        var inEvent = false
        for l in lines {
            if eventPrefixes.contains(where: { l.hasPrefix($0) }) { inEvent = true; continue }
            if inEvent, l.hasPrefix("  ") { continue }
            inEvent = false
            out.append(l)
        }
        return out
    }

    /// What the re-run export wrote against the file the transcript's export wrote, when that
    /// file is there: a difference is a change like a changed output.
    private static func compareExport(_ w: (asked: String, written: String, compared: Bool), step: Step, into report: inout Report) {
        let name = (w.asked as NSString).lastPathComponent
        guard let recorded = FileManager.default.contents(atPath: w.asked) else {
            report.warnings.append(TranscriptCheckMessage.notThere.text(report.language, .text(name), .quantity(step.line)))
            return
        }
        guard let now = FileManager.default.contents(atPath: w.written), now != recorded else { return }
        let lines = { (d: Data) in
            // CSV exports end lines in CRLF, which is one Character.
            String(decoding: d, as: UTF8.self).split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        }
        report.changes.append((step.line, TranscriptCheckMessage.theFile.text(report.language, .text(step.command), .text(name)), LineDiff.unified(lines(recorded), lines(now))))
    }
}
