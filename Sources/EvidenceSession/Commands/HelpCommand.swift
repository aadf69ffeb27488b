import EvidenceData
import EvidenceAnalysis

enum HelpCommand {
    static var usage: String { spec.usage }
    static let spec = CommandSpec(
        name: "help", aliases: ["?"], category: .shell,
        summary: "List the commands, or show one command's usage, help and examples.",
        examples: [
            CommandExample("help", "every command by category", setup: [], expect: ["Loading and inspecting", "load"]),
            CommandExample("help count", "one command in detail", setup: [], expect: ["usage: count", "Examples"]),
            CommandExample("help functions", "the functions of the expression language", setup: [], expect: ["points(g)", "pct(cond)"]),
            CommandExample("help points", "one function", setup: [], expect: ["points(g)", "C 15"]),
        ],
        recorded: false,
        signature: CommandSignature([ArgumentSpec("COMMAND | functions | FUNCTION", .either([.command, .choice(["functions"]), .function]),
                                            optional: true)])
    ) { ctx in
        let reg = ctx.session.registry
        let L = ctx.language
        guard let w = ctx.args.next() else { return Output([.text(overview(reg, language: L))]) }
        try ctx.args.expectEnd(usage: usage)
        if w.isKeyword("functions") { return .text(Functions.helpText(language: L)) }
        if reg.lookup(w.text) == nil, let f = Functions.named(w.text) {
            let kind = (f.isAggregate ? HelpMessage.aggregateKind : .rowKind).text(L)
            return .text("\(f.signature)  (\(kind))\n\n\(HelpPart.function(f.name, f.doc, L))\n\n\(HelpMessage.exampleLabel.text(L))\n  \(f.example)")
        }
        guard let spec = reg.lookup(w.text) else {
            throw ctx.error(HelpMessage.noCommand(.text(w.text)), at: w, hint: Suggestions.suggestion(w.text, in: reg.allNames) ?? HelpMessage.forTheList())
        }
        return Output([.text(detail(spec, language: L))])
    }

    static func overview(_ reg: CommandRegistry, language L: Language = .en) -> String {
        var lines = [HelpMessage.overviewTitle.text(L)]
        for cat in CommandSpec.Category.allCases {
            let cmds = reg.commands.filter { $0.category == cat }
            if cmds.isEmpty { continue }
            lines.append("")
            lines.append(cat.title(L))
            let w = cmds.map(\.name.count).max() ?? 0
            for c in cmds { lines.append("  " + c.name.padding(w) + "  " + (HelpMessage.part(c.name, "summary", L) ?? c.summary)) }
        }
        lines.append("")
        lines.append(HelpMessage.overviewLines.text(L))
        lines.append(HelpMessage.overviewExpressions.text(L))
        return lines.joined(separator: "\n")
    }

    /// The help page of one command, rendered from its declaration; in another language each
    /// part `HelpPart` has for the command is shown in it, the rest in English.
    public static func detail(_ spec: CommandSpec, language L: Language = .en) -> String {
        func part(_ key: String, _ english: String) -> String { HelpMessage.part(spec.name, key, L) ?? english }
        // An argument's part is keyed by its whole term (`arg.PATH …`).
        func argument(_ item: (term: String, help: String)) -> String { part("arg.\(item.term)", item.help) }
        var lines = [HelpMessage.usageLabel.text(L, .text(spec.usage)), "", part("summary", spec.summary)]
        if !spec.discussion.isEmpty { lines += ["", part("discussion", spec.discussion)] }
        let items = spec.signature.helpItems
        if !items.isEmpty {
            let w = min(24, items.map { DisplayWidth.of($0.term) }.max() ?? 0)
            lines += ["", HelpMessage.argumentsLabel.text(L)] + items.map { "  " + $0.term.padding(w) + "  " + argument($0) }
        }
        if !spec.aliases.isEmpty { lines += ["", HelpMessage.alsoLabel.text(L, .text(spec.aliases.joined(separator: ", ")))] }
        if !spec.examples.isEmpty {
            lines += ["", HelpMessage.examplesLabel.text(L)]
            for (i, e) in spec.examples.enumerated() { lines.append("  \(e.input)".padding(40) + "  # \(part("example.\(i + 1)", e.explanation))") }
        }
        return lines.joined(separator: "\n")
    }
}

extension CommandSpec.Category {
    /// The category's heading in `language` (`help`, docs/commands.md).
    func title(_ language: Language) -> String {
        let key: HelpMessage = switch self {
        case .loading: .loading
        case .shaping: .shaping
        case .cycles: .cycles
        case .charts: .charts
        case .sessions: .sessions
        case .shell: .shell
        }
        return key.text(language)
    }
}

extension String {
    func padding(_ width: Int) -> String { DisplayWidth.pad(self, to: width) }
}
