import Foundation
import EvidenceData
import EvidenceAnalysis

/// The one entry point: the prompt, `-c`, piped input, replay, `check` and every test call
/// `Session.run(line)`. It finds the command, runs it, turns thrown diagnostics into output,
/// and hands the output to the one after-command step (Session+AfterCommand.swift).
public final class Session {
    public var settings = Settings()
    /// `var`: `session recover` moves to the recovered session's working folder.
    public var environment: SessionEnvironment
    /// Loaded base tables, by name.
    public private(set) var tables: [String: LoadedTable] = [:]
    /// Datasets (tables and views) in the order they were made.
    public private(set) var datasets: [Dataset] = []
    public var currentName: String?
    /// Every command run, in order.
    public internal(set) var entries: [Entry] = []
    /// The last output that had a table or chart (for `export last`).
    public var lastResult: Output?
    /// Recording, cycle orders, norms and the pseudonym key, typed.
    public var state = SessionState()

    public init(environment: SessionEnvironment = .plain) {
        self.environment = environment
    }

    public var registry: CommandRegistry { CommandRegistry.shared }

    /// Options for rendering this session's output as text.
    public var renderOptions: RenderOptions {
        RenderOptions(width: Settings.bounded(width: settings.width ?? environment.terminalWidth() ?? 100), ascii: settings.ascii,
                      language: settings.language)
    }

    // MARK: running

    /// Run one command line (comments and surrounding blanks allowed). Never throws: every
    /// failure comes back as output with a failed status.
    @discardableResult
    public func run(_ typed: String) -> Output {
        let (line, lookups) = pseudonymisingLookups(typed)
        let command = CommandLexer.command(line)
        let text = command.text
        if text.isEmpty { return .empty }
        let words = command.words
        guard let first = words.first else { return .empty }
        environment.cancellation.reset()
        let start = ContinuousClock.now
        var output: Output
        var recorded = true
        if let spec = registry.lookup(first.text) {
            recorded = spec.recorded
            var ctx = CommandContext(session: self, args: Arguments(line: text), spec: spec)
            do {
                output = try spec.run(&ctx)
            } catch let d as Diagnostic {
                output = Output([.diagnostic(d)], status: .failed(d.category))
            } catch let list as DiagnosticList {
                output = Output(list.diagnostics.map { .diagnostic($0) },
                                status: .failed(list.diagnostics.first?.category ?? .usage))
            } catch {
                output = Output([.diagnostic(Diagnostic(.error, category: .internal, message: "\(error)"))],
                                status: .failed(.internal))
            }
        } else {
            let names = registry.allNames
            let hint = Suggestions.suggestion(first.text, in: names) ?? CommonMessage.helpHint()
            output = Output([.diagnostic(.usage(CommonMessage.unknownCommand(.text(first.text)), span: Span(line: text, range: first.range), hint: hint))],
                            status: .failed(.usage))
        }
        if lookups > 0, !output.failed {
            output.append(.message((lookups == 1 ? PseudonymMessage.lookedUpOne : .lookedUpMany)
                .prose(settings.language, .quantity(lookups), .text(Privacy.pseudonymPrefix))))
        }
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let comment = command.comment ?? ""
        output = afterCommand(output, input: text, comment: comment.isEmpty ? nil : comment, recorded: recorded, seconds: seconds)
        return output
    }

    /// Run a whole script text (lines, `\` continuations, `;` separators). Returns each output.
    public func runScript(_ text: String, bail: Bool = false) -> [Output] {
        var outs: [Output] = []
        for cmd in ScriptText.commands(in: text) {
            let o = run(cmd.withComment)
            outs.append(o)
            if o.status == .quit { break }
            if bail, o.failed { break }
        }
        return outs
    }

    // MARK: datasets

    /// Register a loaded table under `name` and make it current. Replaces a dataset of the same
    /// name (returns true then).
    @discardableResult
    public func addTable(_ loaded: LoadedTable, name: String) -> Bool {
        let replaced = tables[name] != nil || datasets.contains { $0.name == name }
        tables[name] = loaded
        datasets.removeAll { $0.name == name }
        datasets.append(Dataset(name: name, baseName: name, origin: loaded.source.description))
        currentName = name
        return replaced
    }

    /// Register a view; it becomes current.
    public func addView(_ view: Dataset) {
        datasets.removeAll { $0.name == view.name }
        datasets.append(view)
        currentName = view.name
    }

    public func dataset(named name: String) -> Dataset? { datasets.first { $0.name == name } }

    /// Replace a base table's contents (after `let`, `rename`, …).
    public func updateTable(_ name: String, _ table: Table) {
        tables[name]?.table = table
    }

    public func removeDataset(_ name: String) {
        datasets.removeAll { $0.name == name }
        tables[name] = nil
        if currentName == name { currentName = datasets.last?.name }
    }

    /// A dataset (the current one when `name` is nil) with its base table.
    public func resolve(_ name: String?, span: Span? = nil) throws -> ResolvedDataset {
        guard let n = name ?? currentName else {
            throw Diagnostic(.error, category: .usage, message: CommonMessage.noDataset(), hint: CommonMessage.loadFirst())
        }
        guard let d = dataset(named: n) else {
            throw Diagnostic(.error, category: .usage, kind: CommonMessage.unknownDataset(), message: CommonMessage.noDatasetNamed(.text(n)),
                             span: span, hint: Suggestions.suggestion(n, in: datasets.map(\.name)) ?? CommonMessage.seeDatasets())
        }
        guard let base = tables[d.baseName] else {
            throw Diagnostic(.error, category: .internal, message: SessionCommandMessage.lostBaseTable(.text(n), .text(d.baseName)))
        }
        return ResolvedDataset(name: d.name, table: base.table, selection: d.selection)
    }

    /// A fresh name like `name_2` when `name` is taken.
    public func uniqueName(_ name: String) -> String {
        if dataset(named: name) == nil { return name }
        var i = 2
        while dataset(named: "\(name)_\(i)") != nil { i += 1 }
        return "\(name)_\(i)"
    }
}
